/**
 * npx tsx scripts/data-build/testing/musterstadt.ts
 *
 * Writes the synthetic test region regions/musterstadt/ (everything but region.json, LICENCE.md
 * and the travel-time files, which `npm run data:build` makes from the two source files written
 * here): a 12 × 12 street grid (250 m) as OSM PBF, a two-line GTFS feed (a tram and a bus, every
 * 10 minutes, every day of 2026–2027, agency time zone Europe/Helsinki like the region), the map
 * layers (outline, one district, three quarters, the stops, ATTRIBUTION.json) and a demo seed with
 * one organisation and a place in each quarter. Fictional from end to end; deterministic (the same
 * files on every run). The city lies where its time zone is: it keeps time-zone bugs visible,
 * Helsinki being an hour ahead of Bielefeld.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { writeOsmPbf, type WriterNode, type WriterWay } from './osm-pbf-writer';

const DIR = join('regions', 'musterstadt');
const LON0 = 27.2;
const LAT0 = 61.68;
const SPACING = 250;
const N = 12;
const M_PER_LAT = 111195;
const M_PER_LON = M_PER_LAT * Math.cos((LAT0 * Math.PI) / 180);
const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** The grid node at row r (south → north), column c (west → east). */
const node = (r: number, c: number): [number, number] => [
	round(LON0 + (c * SPACING) / M_PER_LON),
	round(LAT0 + (r * SPACING) / M_PER_LAT)
];
/** A rectangle of grid cells as a polygon ring, rows r0..r1, columns c0..c1. */
const box = (r0: number, c0: number, r1: number, c1: number) => {
	const [w, s] = node(r0, c0);
	const [e, n] = node(r1, c1);
	return {
		type: 'Polygon',
		coordinates: [
			[
				[w, s],
				[e, s],
				[e, n],
				[w, n],
				[w, s]
			]
		]
	};
};

const QUARTERS = [
	{ id: 'altstadt', name: 'Altstadt', cells: [4, 4, 7, 7] },
	{ id: 'nordhang', name: 'Nordhang', cells: [8, 0, 11, 5] },
	{ id: 'hafen', name: 'Hafen', cells: [0, 6, 3, 11] }
] as const;

const STOPS = [
	{ id: 'mole', name: 'Hafen Mole', at: [1, 10] },
	{ id: 'markt', name: 'Hafen Markt', at: [2, 8] },
	{ id: 'rathaus', name: 'Rathaus', at: [5, 6] },
	{ id: 'schule', name: 'Nordhang Schule', at: [9, 3] },
	{ id: 'wald', name: 'Nordhang Wald', at: [10, 1] },
	{ id: 'bahnhof', name: 'Bahnhof', at: [6, 1] },
	{ id: 'ostpark', name: 'Ostpark', at: [6, 10] }
] as const;

const LINES = [
	{ id: 'T1', short: '1', type: 0, stops: ['mole', 'markt', 'rathaus', 'schule', 'wald'] },
	{ id: 'B2', short: '2', type: 3, stops: ['bahnhof', 'rathaus', 'ostpark'] }
];

function osm(): Uint8Array {
	const nodes: WriterNode[] = [];
	const ways: WriterWay[] = [];
	for (let r = 0; r < N; r++)
		for (let c = 0; c < N; c++) {
			const [lon, lat] = node(r, c);
			nodes.push({ id: 1000 + N * r + c, lon, lat });
		}
	let id = 1;
	for (let r = 0; r < N; r++)
		for (let c = 0; c < N; c++) {
			const n = 1000 + N * r + c;
			const tags = { highway: r === 5 || c === 6 ? 'secondary' : 'residential' };
			if (c < N - 1) ways.push({ id: id++, refs: [n, n + 1], tags });
			if (r < N - 1) ways.push({ id: id++, refs: [n, n + N], tags });
		}
	return writeOsmPbf(nodes, ways);
}

const hms = (s: number) =>
	[Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
		.map((v) => String(v).padStart(2, '0'))
		.join(':');

function gtfs(): Uint8Array {
	const stop = (id: string) => STOPS.find((s) => s.id === id)!;
	const stopsTxt = [
		'stop_id,stop_name,stop_lat,stop_lon,wheelchair_boarding',
		...STOPS.map((s) => {
			const [lon, lat] = node(s.at[0], s.at[1]);
			return `${s.id},${s.name},${lat},${lon},1`;
		})
	];
	const routes = ['route_id,agency_id,route_short_name,route_long_name,route_type'];
	const trips = ['route_id,service_id,trip_id,wheelchair_accessible'];
	const times = ['trip_id,arrival_time,departure_time,stop_id,stop_sequence'];
	for (const line of LINES) {
		routes.push(`${line.id},MV,${line.short},,${line.type}`);
		for (const [dir, order] of [line.stops, [...line.stops].reverse()].entries()) {
			for (let t = 5 * 3600, k = 0; t < 24 * 3600; t += 600, k++) {
				const trip = `${line.id}_${dir}_${k}`;
				trips.push(`${line.id},DAILY,${trip},1`);
				let at = t;
				order.forEach((id, i) => {
					if (i > 0) {
						const [r0, c0] = stop(order[i - 1]).at;
						const [r1, c1] = stop(id).at;
						// Along the streets at 6 m/s, plus 30 s at the stop.
						at += Math.round(((Math.abs(r1 - r0) + Math.abs(c1 - c0)) * SPACING) / 6) + 30;
					}
					times.push(`${trip},${hms(at)},${hms(at)},${id},${i + 1}`);
				});
			}
		}
	}
	const file = (lines: string[]) => strToU8(lines.join('\n') + '\n');
	return zipSync(
		{
			'agency.txt': file([
				'agency_id,agency_name,agency_url,agency_timezone',
				'MV,Musterstädtische Verkehrsbetriebe (fiktiv),https://musterstadt.example.org,Europe/Helsinki'
			]),
			'feed_info.txt': file([
				'feed_publisher_name,feed_publisher_url,feed_lang,feed_license',
				'Quartierkarte (synthetische Testdaten),https://musterstadt.example.org,de,CC0-1.0'
			]),
			'stops.txt': file(stopsTxt),
			'routes.txt': file(routes),
			'trips.txt': file(trips),
			'stop_times.txt': file(times),
			'calendar.txt': file([
				'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date',
				'DAILY,1,1,1,1,1,1,1,20260101,20271231'
			])
		},
		{ mtime: new Date('2026-01-01T00:00:00Z') }
	);
}

const collection = (features: unknown[]) =>
	JSON.stringify({ type: 'FeatureCollection', features }, null, 1) + '\n';
const SOURCE = 'Musterstadt: synthetische Testdaten von Quartierkarte (CC0 1.0)';

function layers(): Record<string, string> {
	const outline = box(0, 0, N - 1, N - 1);
	return {
		'city-outline.geojson': collection([
			{ type: 'Feature', properties: { name: 'Musterstadt' }, geometry: outline }
		]),
		'stadtbezirke.geojson': collection([
			{ type: 'Feature', properties: { name: 'Musterstadt', nr: 1 }, geometry: outline }
		]),
		'quarters.geojson': collection(
			QUARTERS.map((q) => ({
				type: 'Feature',
				properties: { id: q.id, name: q.name, approximate: false, source: SOURCE },
				geometry: box(q.cells[0], q.cells[1], q.cells[2], q.cells[3])
			}))
		),
		'stops.geojson': collection(
			STOPS.map((s) => ({
				type: 'Feature',
				properties: { id: s.id, name: s.name, products: ['tram', 'bus'] },
				geometry: { type: 'Point', coordinates: node(s.at[0], s.at[1]) }
			}))
		),
		'ATTRIBUTION.json':
			JSON.stringify(
				['outline', 'districts', 'quarters', 'stops', 'places'].map((layer) => ({
					layer,
					text: layer === 'places' ? 'Demo-Orte: fiktiv' : SOURCE,
					licence: layer === 'places' ? 'EUPL-1.2' : 'CC0-1.0'
				})),
				null,
				'\t'
			) + '\n'
	};
}

const ORG = '6d3c1f0a-4b8e-4c2a-9e51-7a0b5c3d2e10';
const PLACES = [
	['Bäckerei am Rathaus', 'altstadt', [5.5, 5.5], 'Backstube mit Verkaufscafé; sucht Aushilfen.'],
	['Werft Nordhang', 'nordhang', [9.5, 2.5], 'Bootsbau und Reparatur; bildet aus.'],
	['Hafenkantine', 'hafen', [1.5, 8.5], 'Kantine mit Mittagstisch; Küchenhilfe gesucht.']
] as const;

function seed(): string {
	const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
	const point = ([r, c]: readonly [number, number]) => {
		const [lon, lat] = [LON0 + (c * SPACING) / M_PER_LON, LAT0 + (r * SPACING) / M_PER_LAT];
		return `st_setsrid(st_makepoint(${round(lon)}, ${round(lat)}), 4326)::geography`;
	};
	const rows = PLACES.map(
		([title, , at, description], i) =>
			`  ('6d3c1f0a-4b8e-4c2a-9e51-7a0b5c3d2e2${i}', 'employer', ${lit(title)}, ${lit(description)}, null, '{}'::jsonb, ${point(at)}, null, 'Mo-Fr 08:00-16:00', 'yes', array['de', 'en']::text[], array[]::text[], null, null, null, null, 'published', null, null, ${lit(ORG)}, true, null)`
	);
	return [
		'-- Musterstadt demo seed. GENERATED by scripts/data-build/testing/musterstadt.ts – do not edit.',
		'-- A synthetic test city: every organisation and place is fictional (is_demo = true).',
		'-- The quarters are reference data (static/data/quarters.geojson), loaded before this file.',
		'set search_path = public, extensions;',
		'',
		'insert into public.organisations (id, name, kind, description, address, location, contact_email, contact_phone, website, is_demo, created_by) values',
		`  (${lit(ORG)}, 'Musterstädter Betriebe (Demo)', 'employer', 'Fiktive Betriebe der Testregion Musterstadt.', null, null, null, null, null, true, null)`,
		'on conflict (id) do nothing;',
		'',
		'insert into public.places (id, kind, title, description, easy_german, translations, location, address, opening_hours, wheelchair, languages, tags, contact_name, contact_phone, contact_email, website, status, valid_from, valid_through, organisation_id, is_demo, created_by) values',
		rows.join(',\n'),
		'on conflict (id) do nothing;',
		''
	].join('\n');
}

mkdirSync(join(DIR, 'source'), { recursive: true });
mkdirSync(join(DIR, 'static', 'data'), { recursive: true });
writeFileSync(join(DIR, 'source', 'musterstadt.osm.pbf'), osm());
writeFileSync(join(DIR, 'source', 'musterstadt-gtfs.zip'), gtfs());
for (const [name, body] of Object.entries(layers())) {
	writeFileSync(join(DIR, 'static', 'data', name), body);
}
writeFileSync(join(DIR, 'seed.sql'), seed());
process.stderr.write(`[musterstadt] wrote ${DIR}/source, ${DIR}/static/data and ${DIR}/seed.sql\n`);
