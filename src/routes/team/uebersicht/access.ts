/**
 * The dashboard's accessibility picture, the parts that are plain computation: grid cells over
 * the quarters, statistics per quarter, the CSV. The counts themselves come from the reach
 * worker (ReachClient.reachableCounts); nothing here leaves the browser.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { pointInMultiPolygon, type Position } from '../../../lib/reach/bands';
import {
	localProjection,
	projectX,
	projectY,
	unprojectLat,
	unprojectLon
} from '../../../lib/reach/geo';

export const CELL_METRES = 250;
export const ACCESS_MINUTES = 30;
/** 07:30, seconds after midnight of the service day */
export const ACCESS_DEPARTURE = 7.5 * 3600;

export interface Cell {
	id: string;
	quarter: string;
	quarterName: string;
	/** centre: the origin of the cell's query */
	lon: number;
	lat: number;
	ring: [number, number][];
}

interface QuarterFeature {
	id?: string | number;
	properties: { id?: string; name?: string } | null;
	geometry: Geometry;
}

/**
 * Square cells of `size` metres on one grid over all quarters, kept where the cell's centre lies
 * inside a quarter (a cell counts for the quarter its centre is in).
 */
export function quarterCells(quarters: { features: QuarterFeature[] }, size = CELL_METRES): Cell[] {
	const polys = quarters.features.flatMap((f) => {
		const g = f.geometry;
		const coords =
			g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : null;
		if (!coords) return [];
		const id = String(f.properties?.id ?? f.id ?? '');
		return [{ id, name: String(f.properties?.name ?? id), coords }];
	});
	const all = polys.flatMap((p) => p.coords.flat(2));
	if (all.length === 0) return [];
	const lons = all.map((c) => c[0]);
	const lats = all.map((c) => c[1]);
	const minLon = Math.min(...lons);
	const minLat = Math.min(...lats);
	const proj = localProjection(minLon, minLat);
	const cells: Cell[] = [];
	for (const q of polys) {
		const ring = q.coords.flat(2);
		const xs = ring.map((c) => projectX(proj, c[0]));
		const ys = ring.map((c) => projectY(proj, c[1]));
		const i0 = Math.floor(Math.min(...xs) / size);
		const i1 = Math.floor(Math.max(...xs) / size);
		const j0 = Math.floor(Math.min(...ys) / size);
		const j1 = Math.floor(Math.max(...ys) / size);
		for (let j = j0; j <= j1; j++)
			for (let i = i0; i <= i1; i++) {
				const lon = unprojectLon(proj, (i + 0.5) * size);
				const lat = unprojectLat(proj, (j + 0.5) * size);
				if (!pointInMultiPolygon(lon, lat, q.coords as Position[][][])) continue;
				const x0 = unprojectLon(proj, i * size);
				const x1 = unprojectLon(proj, (i + 1) * size);
				const y0 = unprojectLat(proj, j * size);
				const y1 = unprojectLat(proj, (j + 1) * size);
				cells.push({
					id: `${q.id}:${i}:${j}`,
					quarter: q.id,
					quarterName: q.name,
					lon,
					lat,
					ring: [
						[x0, y0],
						[x1, y0],
						[x1, y1],
						[x0, y1],
						[x0, y0]
					]
				});
			}
	}
	return cells;
}

export interface QuarterStats {
	quarter: string;
	name: string;
	cells: number;
	median: number;
	mean: number;
	min: number;
	max: number;
}

export function median(xs: number[]): number {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const h = s.length >> 1;
	return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

export function quarterStats(cells: Cell[], counts: ArrayLike<number>): QuarterStats[] {
	const by = new Map<string, { name: string; values: number[] }>();
	cells.forEach((c, i) => {
		const entry = by.get(c.quarter) ?? { name: c.quarterName, values: [] };
		entry.values.push(counts[i]);
		by.set(c.quarter, entry);
	});
	return [...by].map(([quarter, { name, values }]) => ({
		quarter,
		name,
		cells: values.length,
		median: median(values),
		mean: values.reduce((s, v) => s + v, 0) / values.length,
		min: Math.min(...values),
		max: Math.max(...values)
	}));
}

export const ACCESS_CSV_COLUMNS = [
	'cell_id',
	'quarter',
	'lon',
	'lat',
	'vacancies_30min',
	'licence'
] as const;

/** One row per cell (`;`, BOM, CRLF as the server's exports), the provenance in the last column. */
export function accessCsv(cells: Cell[], counts: ArrayLike<number>, provenance: string): string {
	const cell = (v: string | number) => {
		const t = String(v);
		return /[;"\r\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
	};
	const lines = [ACCESS_CSV_COLUMNS.join(';')];
	cells.forEach((c, i) =>
		lines.push(
			[c.id, c.quarter, c.lon.toFixed(5), c.lat.toFixed(5), counts[i], provenance]
				.map(cell)
				.join(';')
		)
	);
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The cells as GeoJSON polygons for the map, each with its count and colour. */
export function heatGeoJson(
	cells: Cell[],
	counts: ArrayLike<number>,
	colour: (n: number) => string
): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: cells.map((c, i) => ({
			type: 'Feature',
			id: i,
			properties: { id: c.id, quarter: c.quarter, count: counts[i], colour: colour(counts[i]) },
			geometry: { type: 'Polygon', coordinates: [c.ring] }
		}))
	};
}
