/**
 * The route sheet's small map: the chain's legs drawn from coordinates into an SVG box, no tiles.
 * Only positions relative to the box come out (rounded to a tenth of a unit); no coordinate of
 * the home is printed.
 */
import type { ChainTrip, TripEnd } from '$lib/reach/coach-chains';
import type { Origin } from '$lib/reach/view/origin';

export interface SketchLine {
	kind: 'walk' | 'ride';
	points: string;
}

export interface SketchMark {
	kind: TripEnd | 'stop';
	x: number;
	y: number;
}

export interface Sketch {
	width: number;
	height: number;
	lines: SketchLine[];
	marks: SketchMark[];
}

export function sketchTrip(
	trip: ChainTrip,
	ends: Record<TripEnd, Origin | null>,
	width = 320,
	height = 200,
	pad = 14
): Sketch {
	const raw: { kind: 'walk' | 'ride'; pts: [number, number][] }[] = [];
	const stops = new Set<number>();
	const at = (p: { kind: string; stop?: number }, origin: TripEnd, target: TripEnd) => {
		if (p.kind === 'stop') {
			stops.add(p.stop!);
			return trip.stopPoints[p.stop!] ?? null;
		}
		const e = ends[p.kind === 'origin' ? origin : target];
		return e ? ([e.lon, e.lat] as [number, number]) : null;
	};
	for (const seg of [...trip.there, ...trip.back])
		for (const leg of seg.itinerary?.legs ?? []) {
			const a = at(leg.from, seg.from, seg.to);
			const b = at(leg.to, seg.from, seg.to);
			if (a && b) raw.push({ kind: leg.kind, pts: [a, b] });
		}
	const endPoints = (Object.entries(ends) as [TripEnd, Origin | null][]).filter(
		(e): e is [TripEnd, Origin] => !!e[1]
	);
	const all: [number, number][] = [
		...raw.flatMap((r) => r.pts),
		...endPoints.map(([, p]) => [p.lon, p.lat] as [number, number])
	];
	if (!all.length) return { width, height, lines: [], marks: [] };
	const lat0 = all.reduce((s, p) => s + p[1], 0) / all.length;
	const k = Math.cos((lat0 * Math.PI) / 180);
	const xs = all.map((p) => p[0] * k);
	const ys = all.map((p) => p[1]);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	const scale = Math.min(
		(width - 2 * pad) / Math.max(maxX - minX, 1e-6),
		(height - 2 * pad) / Math.max(maxY - minY, 1e-6)
	);
	const offX = (width - (maxX - minX) * scale) / 2;
	const offY = (height - (maxY - minY) * scale) / 2;
	const r1 = (v: number) => Math.round(v * 10) / 10;
	const x = (lon: number) => r1(offX + (lon * k - minX) * scale);
	const y = (lat: number) => r1(height - offY - (lat - minY) * scale);
	return {
		width,
		height,
		lines: raw.map((r) => ({
			kind: r.kind,
			points: r.pts.map(([lon, lat]) => `${x(lon)},${y(lat)}`).join(' ')
		})),
		marks: [
			...[...stops].flatMap((s) => {
				const p = trip.stopPoints[s];
				return p ? [{ kind: 'stop' as const, x: x(p[0]), y: y(p[1]) }] : [];
			}),
			...endPoints.map(([kind, p]) => ({ kind, x: x(p.lon), y: y(p.lat) }))
		]
	};
}
