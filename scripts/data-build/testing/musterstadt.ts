/**
 * npx tsx scripts/data-build/testing/musterstadt.ts
 *
 * Writes the synthetic test region regions/musterstadt/ (everything but region.json, LICENCE.md
 * and the travel-time files, which `npm run data:build` makes from the two source files written
 * here): a 12 × 12 street grid (250 m) as OSM PBF with named streets and 1,058 addresses (nodes
 * and buildings) plus what the basemap draws (a harbour basin, a brook, a park, a wood, a railway,
 * the tram line, place and stop nodes, names in other scripts), a two-line GTFS feed (a tram and a bus, every
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

/** Street names: rows (west → east) south → north, columns (south → north) west → east. Umlauts,
 *  ß and two-word names on purpose: the address search folds them. */
export const ROW_STREETS = [
	'Hafenstraße',
	'Elbeallee',
	'Kaiweg',
	'Mühlenweg',
	'Marktstraße',
	'Rathausring',
	'Lindenallee',
	'Schulstraße',
	'Am Nordhang',
	'Waldweg',
	'Birkenstraße',
	'Höhenweg'
];
export const COLUMN_STREETS = [
	'Bahnhofstraße',
	'Ahornweg',
	'Lärchenweg',
	'Gartenstraße',
	'Große Straße',
	'Kirchgasse',
	'Rathausstraße',
	'Ostparkweg',
	'Fischerweg',
	'Am Kai',
	'Werftstraße',
	'Molenweg'
];

/** Postcodes by band of rows: south (Hafen), middle (Altstadt), north (Nordhang). */
const postcodeAt = (north: number) =>
	north < 3.5 * SPACING ? '50100' : north < 7.5 * SPACING ? '50200' : '50300';

/** A point `east`, `north` metres from grid node (0, 0). */
const at = (east: number, north: number): [number, number] => [
	round(LON0 + east / M_PER_LON),
	round(LAT0 + north / M_PER_LAT)
];

/**
 * Houses along every street block: two on each side, 20 m from the street at a third and two
 * thirds of the block, odd numbers on the south / west side, even on the north / east side,
 * counted from the street's start. Along the rows they are address nodes, along the columns
 * buildings (closed ways, 12 m square) with the address on the way. Plus 12a (Elbeallee) and
 * an addr:place address (Hafeninsel 1) without a street.
 */
export function musterstadtAddresses(): {
	street: string;
	housenumber: string;
	postcode: string;
	lon: number;
	lat: number;
	building: boolean;
}[] {
	const out: ReturnType<typeof musterstadtAddresses> = [];
	for (let line = 0; line < N; line++)
		for (let seg = 0; seg < N - 1; seg++)
			for (let j = 0; j < 2; j++) {
				const along = seg * SPACING + ((j + 1) * SPACING) / 3;
				const k = seg * 2 + j;
				for (const side of [-1, 1]) {
					const housenumber = String(side < 0 ? 2 * k + 1 : 2 * k + 2);
					const across = line * SPACING + side * 20;
					const row = { street: ROW_STREETS[line], east: along, north: across, building: false };
					const col = { street: COLUMN_STREETS[line], east: across, north: along, building: true };
					for (const h of [row, col]) {
						const [lon, lat] = at(h.east, h.north);
						out.push({
							street: h.street,
							housenumber,
							postcode: postcodeAt(h.north),
							lon,
							lat,
							building: h.building
						});
					}
				}
			}
	const [lon, lat] = at(5 * SPACING + 150, SPACING + 20);
	out.push({
		street: 'Elbeallee',
		housenumber: '12a',
		postcode: '50100',
		lon,
		lat,
		building: false
	});
	const [ilon, ilat] = at(11 * SPACING + 60, 60);
	out.push({
		street: 'Hafeninsel',
		housenumber: '1',
		postcode: '50100',
		lon: ilon,
		lat: ilat,
		building: false
	});
	return out;
}

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
			const highway = r === 5 || c === 6 ? 'secondary' : 'residential';
			if (c < N - 1)
				ways.push({
					id: id++,
					refs: [n, n + 1],
					tags: { highway, name: ROW_STREETS[r], ...STREET_NAMES[ROW_STREETS[r]] }
				});
			if (r < N - 1)
				ways.push({ id: id++, refs: [n, n + N], tags: { highway, name: COLUMN_STREETS[c] } });
		}
	let nodeId = 5000;
	let wayId = 10000;
	const half = 6 / M_PER_LAT;
	const halfLon = 6 / M_PER_LON;
	for (const a of musterstadtAddresses()) {
		const tags: Record<string, string> = {
			'addr:housenumber': a.housenumber,
			'addr:postcode': a.postcode,
			...(a.street === 'Hafeninsel' ? { 'addr:place': a.street } : { 'addr:street': a.street })
		};
		if (!a.building) {
			nodes.push({ id: nodeId++, lon: a.lon, lat: a.lat, tags });
			continue;
		}
		const corners = [
			[-1, -1],
			[1, -1],
			[1, 1],
			[-1, 1]
		].map(([x, y]) => {
			nodes.push({ id: nodeId, lon: round(a.lon + x * halfLon), lat: round(a.lat + y * half) });
			return nodeId++;
		});
		ways.push({
			id: wayId++,
			refs: [...corners, corners[0]],
			tags: { building: 'house', ...tags }
		});
	}
	mapFeatures(nodes, ways);
	return writeOsmPbf(nodes, ways);
}

/** Names in other scripts on two streets and the quarters: labels in the reader's script. */
const STREET_NAMES: Record<string, Record<string, string>> = {
	Marktstraße: {
		'name:en': 'Market Street',
		'name:tr': 'Pazar Caddesi',
		'name:ar': 'شارع السوق',
		'name:uk': 'Ринкова вулиця',
		'name:ru': 'Рыночная улица'
	},
	Rathausring: { 'name:uk': 'Ратушне кільце', 'name:ru': 'Ратушное кольцо' }
};
const QUARTER_NAMES: Record<string, Record<string, string>> = {
	Altstadt: { 'name:en': 'Old Town', 'name:uk': 'Старе місто', 'name:ru': 'Старый город' },
	Nordhang: { 'name:uk': 'Нордганг', 'name:ru': 'Нордханг' },
	Hafen: { 'name:en': 'Harbour', 'name:uk': 'Гавань', 'name:ru': 'Гавань' }
};

/**
 * What the basemap draws besides streets and buildings, on nodes of their own (the street graph
 * and the address index read only highway ways and addr:* tags, so they stay as they were): a
 * harbour basin, a brook, a park, a wood, a railway and the tram line 1 beside the streets, the
 * quarters and the town as place nodes, and the stops as named stop nodes.
 */
function mapFeatures(nodes: WriterNode[], ways: WriterWay[]) {
	let nodeId = 50000;
	let wayId = 20000;
	const way = (points: [number, number][], tags: Record<string, string>) => {
		const refs = points.map(([r, c]) => {
			const [lon, lat] = node(r, c);
			nodes.push({ id: nodeId, lon, lat });
			return nodeId++;
		});
		ways.push({ id: wayId++, refs, tags });
	};
	const area = (r0: number, c0: number, r1: number, c1: number, tags: Record<string, string>) => {
		const ring: [number, number][] = [
			[r0, c0],
			[r0, c1],
			[r1, c1],
			[r1, c0]
		];
		way(ring, tags);
		ways[ways.length - 1].refs.push(ways[ways.length - 1].refs[0]);
	};
	area(-0.8, 6.2, -0.2, 11.5, { natural: 'water', name: 'Hafenbecken' });
	way(
		[
			[3.5, -0.5],
			[3.5, 0.5],
			[3.4, 1.5],
			[3.6, 2.5],
			[3.5, 3.5]
		],
		{ waterway: 'stream', name: 'Mühlenbach' }
	);
	area(6.1, 10.1, 6.9, 10.9, { leisure: 'park', name: 'Ostpark' });
	area(10.1, 0.1, 10.9, 0.9, { landuse: 'forest', name: 'Nordhangwald' });
	way(
		[
			[-1, -0.3],
			[12, -0.3]
		],
		{ railway: 'rail', name: 'Musterbahn' }
	);
	const at = (id: string) => STOPS.find((s) => s.id === id)!.at;
	const tram: [number, number][] = [];
	const stops = LINES[0].stops;
	stops.forEach((id, i) => {
		const [r, c] = at(id);
		if (i > 0) tram.push([at(stops[i - 1])[0] + 0.012, c + 0.012]);
		tram.push([r + 0.012, c + 0.012]);
	});
	way(tram, { railway: 'tram', name: 'Linie 1' });
	for (const q of QUARTERS) {
		const [lon, lat] = node((q.cells[0] + q.cells[2]) / 2, (q.cells[1] + q.cells[3]) / 2);
		nodes.push({
			id: nodeId++,
			lon: round(lon),
			lat: round(lat),
			tags: { place: 'suburb', name: q.name, ...QUARTER_NAMES[q.name] }
		});
	}
	const [tlon, tlat] = node(6.5, 4.5);
	nodes.push({
		id: nodeId++,
		lon: round(tlon),
		lat: round(tlat),
		tags: { place: 'town', name: 'Musterstadt' }
	});
	for (const s of STOPS) {
		const [lon, lat] = node(s.at[0] + 0.04, s.at[1] + 0.04);
		const tramStop = LINES[0].stops.some((id) => id === s.id);
		nodes.push({
			id: nodeId++,
			lon: round(lon),
			lat: round(lat),
			tags: tramStop
				? { railway: 'tram_stop', public_transport: 'stop_position', name: s.name }
				: { highway: 'bus_stop', public_transport: 'platform', name: s.name }
		});
	}
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

if (process.argv[1]?.endsWith('musterstadt.ts')) write();

function write() {
	mkdirSync(join(DIR, 'source'), { recursive: true });
	mkdirSync(join(DIR, 'static', 'data'), { recursive: true });
	writeFileSync(join(DIR, 'source', 'musterstadt.osm.pbf'), osm());
	writeFileSync(join(DIR, 'source', 'musterstadt-gtfs.zip'), gtfs());
	for (const [name, body] of Object.entries(layers())) {
		writeFileSync(join(DIR, 'static', 'data', name), body);
	}
	writeFileSync(join(DIR, 'seed.sql'), seed());
	process.stderr.write(
		`[musterstadt] wrote ${DIR}/source, ${DIR}/static/data and ${DIR}/seed.sql\n`
	);
}
