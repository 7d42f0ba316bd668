/**
 * The address index from an OSM extract: every node or way with addr:housenumber and addr:street
 * (or addr:place), plus one entry per named street (highway=* with a name: its node nearest the
 * middle of all its nodes), so a street without house numbers is found too. Way addresses
 * (buildings) sit at the mean of their nodes. Each entry gets the quarter (area of region.json)
 * it lies in. Multipolygon relations and addr:interpolation lines are not read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
	encodeAddresses,
	readAddressHeader,
	type AddressEntry,
	type AddressHeader
} from '../../../src/lib/addresses/format';
import { assertOsmPbf, forEachNode, forEachWay } from './osm-pbf';

export interface AddressBuild {
	bytes: Uint8Array;
	header: AddressHeader;
	entries: AddressEntry[];
}

export interface QuarterShape {
	id: string;
	geometry: Polygon | MultiPolygon;
}

/** regions/<id>/static/data/quarters.geojson as shapes (ids = region.json's areas). */
export function regionQuarters(id = process.env.QK_REGION || 'bielefeld'): QuarterShape[] {
	const path = join('regions', id, 'static', 'data', 'quarters.geojson');
	const fc = JSON.parse(readFileSync(path, 'utf8')) as {
		features: Feature<Polygon | MultiPolygon, { id: string }>[];
	};
	return fc.features.map((f) => ({ id: f.properties.id, geometry: f.geometry }));
}

const NOT_A_STREET = new Set(['platform', 'bus_stop', 'elevator', 'proposed', 'construction']);

function addressesOf(tags: Record<string, string>): { street: string; numbers: string[] } | null {
	const hn = tags['addr:housenumber']?.trim();
	const street = (tags['addr:street'] ?? tags['addr:place'])?.trim();
	if (!hn || !street) return null;
	const numbers = hn
		.split(/\s*[;,]\s*/)
		.map((h) => h.trim())
		.filter(Boolean);
	return numbers.length ? { street, numbers } : null;
}

export function buildAddressIndex(
	osm: Uint8Array,
	options: {
		osmName?: string;
		quarters: QuarterShape[];
		/** [minLon, minLat, maxLon, maxLat]: entries outside are left out */
		bbox?: readonly [number, number, number, number];
		builtAt?: string;
		progress?: (msg: string) => void;
	}
): AddressBuild {
	const label = options.osmName ?? 'the OSM file';
	assertOsmPbf(osm, label);
	const wayAddresses: { refs: number[]; street: string; numbers: string[]; postcode?: string }[] =
		[];
	const streetWays = new Map<string, number[][]>();
	const needed = new Set<number>();
	forEachWay(osm, (w) => {
		const a = addressesOf(w.tags);
		if (a) {
			wayAddresses.push({ refs: w.refs, ...a, postcode: w.tags['addr:postcode'] });
			for (const r of w.refs) needed.add(r);
		}
		const name = w.tags.name?.trim();
		if (name && w.tags.highway && !NOT_A_STREET.has(w.tags.highway)) {
			const list = streetWays.get(name);
			if (list) list.push(w.refs);
			else streetWays.set(name, [w.refs]);
			for (const r of w.refs) needed.add(r);
		}
	});
	const entries: AddressEntry[] = [];
	const coords = new Map<number, [number, number]>();
	forEachNode(osm, (id, lon, lat, tags) => {
		if (needed.has(id)) coords.set(id, [lon, lat]);
		const a = tags && addressesOf(tags);
		if (a)
			for (const housenumber of a.numbers)
				entries.push({ street: a.street, housenumber, lon, lat, postcode: tags['addr:postcode'] });
	});
	for (const w of wayAddresses) {
		const refs =
			w.refs.length > 1 && w.refs[0] === w.refs[w.refs.length - 1] ? w.refs.slice(1) : w.refs;
		const pts = refs.map((r) => coords.get(r)).filter((c): c is [number, number] => !!c);
		if (!pts.length) continue;
		const lon = pts.reduce((s, p) => s + p[0], 0) / pts.length;
		const lat = pts.reduce((s, p) => s + p[1], 0) / pts.length;
		for (const housenumber of w.numbers)
			entries.push({ street: w.street, housenumber, lon, lat, postcode: w.postcode });
	}
	const addressCount = entries.length;
	// The most common postcode of a street's addresses goes to the street's own entry.
	const postcodes = new Map<string, Map<string, number>>();
	for (const e of entries)
		if (e.postcode) {
			const m = postcodes.get(e.street) ?? new Map<string, number>();
			m.set(e.postcode, (m.get(e.postcode) ?? 0) + 1);
			postcodes.set(e.street, m);
		}
	for (const [name, ways] of streetWays) {
		const pts = ways
			.flat()
			.map((r) => coords.get(r))
			.filter((c): c is [number, number] => !!c);
		if (!pts.length) continue;
		const mLon = pts.reduce((s, p) => s + p[0], 0) / pts.length;
		const mLat = pts.reduce((s, p) => s + p[1], 0) / pts.length;
		let best = pts[0];
		let bestD = Infinity;
		for (const p of pts) {
			const d = (p[0] - mLon) ** 2 * 0.4 + (p[1] - mLat) ** 2;
			if (d < bestD) [best, bestD] = [p, d];
		}
		const pcs = [...(postcodes.get(name) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
		entries.push({
			street: name,
			housenumber: '',
			lon: best[0],
			lat: best[1],
			postcode: pcs[0]?.[0]
		});
	}
	const bbox = options.bbox;
	const kept = bbox
		? entries.filter(
				(e) => e.lon >= bbox[0] && e.lat >= bbox[1] && e.lon <= bbox[2] && e.lat <= bbox[3]
			)
		: entries;
	for (const e of kept) {
		const q = options.quarters.find((q) => booleanPointInPolygon([e.lon, e.lat], q.geometry));
		if (q) e.quarter = q.id;
		if (e.postcode && !/^[\p{L}\p{N} -]{2,10}$/u.test(e.postcode)) e.postcode = undefined;
	}
	options.progress?.(
		`addresses: ${addressCount} from addr:* (${wayAddresses.length} on ways), ${streetWays.size} named streets` +
			(bbox ? `, ${entries.length - kept.length} entries outside the area left out` : '')
	);
	const bytes = encodeAddresses(kept, {
		quarters: options.quarters.map((q) => q.id),
		builtAt: options.builtAt ?? new Date().toISOString(),
		source: {
			name: 'OpenStreetMap',
			file: options.osmName,
			licence: 'ODbL-1.0',
			attribution: '© OpenStreetMap contributors',
			url: 'https://www.openstreetmap.org/copyright'
		}
	});
	return { bytes, header: readAddressHeader(bytes), entries: kept };
}
