/**
 * npm run data:demo [-- --out regions/bielefeld/static/reach]
 *
 * Demo artifacts so the reachability view works without real data: a FICTIONAL timetable
 * ("Demo-Fahrplan") on the REAL stop positions of Bielefeld (db-hafas-stations: DB InfraGO
 * CC BY 4.0, © OpenStreetMap contributors ODbL). Lines run between the quarters Sennestadt,
 * Sieker-Mitte and Baumheide and the centre; Stadtbahn lines only use stops with tram products.
 * No streets: walking and cycling use the straight-line fallback model. The manifest says
 * demo: true, and the UI must say so too. A thinner Sunday timetable (transit-sunday.v1.bin:
 * trams from 7:00, buses from 8:00 or 9:00 and less often, no express bus) is written beside it,
 * as the real build does; the app loads it only to check weekend hours.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeTransit, TRANSIT_FORMAT } from '../../src/lib/reach/codec.ts';
import { haversineMeters, localProjection, projectX, projectY } from '../../src/lib/reach/geo.ts';
import {
	MANIFEST_FORMAT,
	MANIFEST_VERSION,
	type ReachManifest
} from '../../src/lib/reach/manifest.ts';
import { buildTransit, type TripInput } from '../../src/lib/reach/transit.ts';
import { DEFAULT_TRANSIT_MODEL, type TransitModel } from '../../src/lib/reach/transit-model.ts';

const SHARED = process.env.QK_SHARED_DATA ?? '/work/shared/data/bielefeld';
const STOPS_FILE = join(SHARED, 'bielefeld-stops-db/bielefeld_stops_db-hafas-stations.geojson');
const outIndex = process.argv.indexOf('--out');
const OUT = outIndex > 0 ? process.argv[outIndex + 1] : 'regions/bielefeld/static/reach';

interface StopFeature {
	properties: { id: string; name: string; products: string[] };
	geometry: { coordinates: [number, number] };
}
const all = (JSON.parse(readFileSync(STOPS_FILE, 'utf8')) as { features: StopFeature[] }).features;

type Product = 'tram' | 'bus' | 'regional';
const proj = localProjection(8.55, 52.0);
const candidates = (product: Product) => {
	// one stop per name (platforms of both directions collapse into one stop)
	const seen = new Set<string>();
	return all.filter((f) => {
		if (!f.properties.products.includes(product)) return false;
		if (seen.has(f.properties.name)) return false;
		seen.add(f.properties.name);
		return true;
	});
};

/** Stops near the polyline through the waypoints, in order, at least `spacing` metres apart. */
function route(waypoints: [number, number][], product: Product, corridor: number, spacing: number) {
	const pool = candidates(product);
	const chosen: StopFeature[] = [];
	for (let k = 0; k + 1 < waypoints.length; k++) {
		const [ay, ax] = [projectY(proj, waypoints[k][0]), projectX(proj, waypoints[k][1])];
		const [by, bx] = [projectY(proj, waypoints[k + 1][0]), projectX(proj, waypoints[k + 1][1])];
		const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
		const onLeg = pool
			.map((f) => {
				const x = projectX(proj, f.geometry.coordinates[0]);
				const y = projectY(proj, f.geometry.coordinates[1]);
				const u = ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2;
				const px = ax + u * (bx - ax);
				const py = ay + u * (by - ay);
				return { f, u, d: Math.hypot(x - px, y - py) };
			})
			.filter((c) => c.u >= -0.02 && c.u <= 1.02 && c.d <= corridor)
			.sort((a, b) => a.u - b.u);
		for (const c of onLeg) {
			const last = chosen[chosen.length - 1];
			const [lon, lat] = c.f.geometry.coordinates;
			if (chosen.includes(c.f)) continue;
			if (last && haversineMeters(lon, lat, ...last.geometry.coordinates) < spacing) continue;
			chosen.push(c.f);
		}
	}
	return chosen;
}

// Waypoints as [lat, lon]. Quarter centres from quarters_reference.json.
const JAHNPLATZ: [number, number] = [52.0238, 8.5341];
const HBF: [number, number] = [52.0293, 8.5327];
const SIEKER: [number, number] = [52.0064, 8.5668];
const BAUMHEIDE: [number, number] = [52.0458, 8.5938];
const SENNESTADT: [number, number] = [51.9456, 8.5859];
const STIEGHORST: [number, number] = [52.0011, 8.5887];
const BRACKWEDE: [number, number] = [51.9987, 8.5026];

const lines: {
	name: string;
	type: number;
	stops: StopFeature[];
	speedKmh: number;
	dwell: number;
	/** [from, to, headway] in seconds after midnight */
	periods: [number, number, number][];
	/** the same on Sundays */
	sunday: [number, number, number][];
}[] = [
	{
		name: 'Demo-STB 2 (Baumheide – Jahnplatz – Sieker)',
		type: 0,
		stops: route(
			[[52.0531, 8.6026], BAUMHEIDE, [52.035, 8.56], JAHNPLATZ, [52.015, 8.55], SIEKER],
			'tram',
			700,
			350
		),
		speedKmh: 22,
		dwell: 20,
		periods: [
			[5 * 3600, 23 * 3600, 600],
			[23 * 3600, 24.5 * 3600, 1800]
		],
		sunday: [
			[7 * 3600, 23 * 3600, 900],
			[23 * 3600, 24.5 * 3600, 1800]
		]
	},
	{
		name: 'Demo-STB 1 (Babenhausen – Jahnplatz – Brackwede)',
		type: 0,
		stops: route([[52.0553, 8.5187], HBF, JAHNPLATZ, [52.01, 8.515], BRACKWEDE], 'tram', 600, 350),
		speedKmh: 22,
		dwell: 20,
		periods: [
			[5 * 3600, 23 * 3600, 600],
			[23 * 3600, 24.5 * 3600, 1800]
		],
		sunday: [
			[7 * 3600, 23 * 3600, 900],
			[23 * 3600, 24.5 * 3600, 1800]
		]
	},
	{
		name: 'Demo-STB 3 (Hauptbahnhof – Jahnplatz – Stieghorst)',
		type: 0,
		stops: route([HBF, JAHNPLATZ, [52.012, 8.56], STIEGHORST], 'tram', 600, 350),
		speedKmh: 22,
		dwell: 20,
		periods: [
			[5 * 3600, 23 * 3600, 600],
			[23 * 3600, 24.5 * 3600, 1800]
		],
		sunday: [
			[7 * 3600, 23 * 3600, 900],
			[23 * 3600, 24.5 * 3600, 1800]
		]
	},
	{
		name: 'Demo-Bus 30 (Sennestadt – Stieghorst)',
		type: 3,
		stops: route([SENNESTADT, [51.975, 8.59], STIEGHORST], 'bus', 450, 400),
		speedKmh: 20,
		dwell: 15,
		periods: [
			[5.5 * 3600, 20 * 3600, 600],
			[20 * 3600, 24 * 3600, 3600]
		],
		sunday: [
			[8 * 3600, 20 * 3600, 1800],
			[20 * 3600, 24 * 3600, 3600]
		]
	},
	{
		name: 'Demo-Schnellbus 31 (Sennestadt – Sieker – Jahnplatz)',
		type: 3,
		stops: route([SENNESTADT, [51.975, 8.575], SIEKER, JAHNPLATZ], 'bus', 500, 1200),
		speedKmh: 28,
		dwell: 20,
		periods: [[6 * 3600, 22 * 3600, 900]],
		sunday: []
	},
	{
		name: 'Demo-Bus 135 (Sennestadt – Brackwede)',
		type: 3,
		stops: route([SENNESTADT, [51.96, 8.54], [51.98, 8.51], BRACKWEDE], 'bus', 350, 400),
		speedKmh: 20,
		dwell: 15,
		periods: [
			[5.5 * 3600, 20 * 3600, 1200],
			[20 * 3600, 24 * 3600, 3600]
		],
		sunday: [[8 * 3600, 20 * 3600, 3600]]
	},
	{
		name: 'Demo-Bus 25 (Baumheide – Sieker)',
		type: 3,
		stops: route([BAUMHEIDE, [52.03, 8.585], SIEKER], 'bus', 450, 400),
		speedKmh: 18,
		dwell: 15,
		periods: [[6 * 3600, 21 * 3600, 1200]],
		sunday: [[9 * 3600, 20 * 3600, 3600]]
	},
	{
		name: 'Demo-RB (Sennestadt – Brackwede – Hauptbahnhof)',
		type: 2,
		stops: route([[51.9406, 8.5675], [51.97, 8.52], BRACKWEDE, HBF], 'regional', 1500, 1500),
		speedKmh: 55,
		dwell: 40,
		periods: [[5 * 3600 + 600, 23 * 3600 + 600, 1800]],
		sunday: [[6 * 3600 + 600, 23 * 3600 + 600, 3600]]
	}
];

// stops actually served, in first-use order
const stopIndex = new Map<StopFeature, number>();
for (const l of lines)
	for (const s of l.stops) if (!stopIndex.has(s)) stopIndex.set(s, stopIndex.size);
const stops = [...stopIndex.keys()].map((f) => ({
	lon: f.geometry.coordinates[0],
	lat: f.geometry.coordinates[1],
	wheelchair: 0,
	name: f.properties.name.replace(/, Bielefeld$/, '')
}));
function dayTrips(periodsOf: (l: (typeof lines)[number]) => [number, number, number][]) {
	const trips: TripInput[] = [];
	lines.forEach((line, route) => {
		if (line.stops.length < 2) throw new Error(`demo line ${line.name} found < 2 stops`);
		const ids = line.stops.map((s) => stopIndex.get(s) as number);
		for (const seq of [ids, [...ids].reverse()]) {
			for (const [from, to, headway] of periodsOf(line)) {
				for (let t0 = from; t0 < to; t0 += headway) {
					const arrivals: number[] = [];
					const departures: number[] = [];
					let t = t0;
					seq.forEach((s, i) => {
						if (i > 0) {
							const p = stops[seq[i - 1]];
							const d = haversineMeters(p.lon, p.lat, stops[s].lon, stops[s].lat) * 1.3;
							t += Math.max(60, Math.round(d / (line.speedKmh / 3.6) / 30) * 30);
						}
						arrivals.push(t);
						if (i > 0 && i < seq.length - 1) t += line.dwell;
						departures.push(t);
					});
					trips.push({ route, stops: seq, arrivals, departures, wheelchair: 0 });
				}
			}
		}
	});
	return trips;
}
const trips = dayTrips((l) => l.periods);
// No streets: transfers are straight line × 1.3 within 400 m (stops on both sides of a road).
const transitModel: TransitModel = {
	...DEFAULT_TRANSIT_MODEL,
	transfers: { kind: 'straight-line', radiusMeters: 400, detourFactor: 1.3 }
};
const transit = buildTransit({
	stops,
	routes: lines.map((l) => ({ type: l.type, name: l.name })),
	trips,
	transferRadiusMeters: transitModel.transfers.radiusMeters,
	detourFactor: transitModel.transfers.detourFactor
});
const bytes = encodeTransit(transit, { serviceDate: 'demo weekday', demo: true });
const sundayTransit = buildTransit({
	stops,
	routes: lines.map((l) => ({ type: l.type, name: l.name })),
	trips: dayTrips((l) => l.sunday),
	transferRadiusMeters: transitModel.transfers.radiusMeters,
	detourFactor: transitModel.transfers.detourFactor
});
const sundayBytes = encodeTransit(sundayTransit, { serviceDate: 'demo Sunday', demo: true });
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'transit.v1.bin'), bytes);
writeFileSync(join(OUT, 'transit-sunday.v1.bin'), sundayBytes);
const manifest: ReachManifest = {
	format: MANIFEST_FORMAT,
	formatVersion: MANIFEST_VERSION,
	demo: true,
	label:
		'Demo-Fahrplan: erfundene Linien und Takte auf echten Haltestellen; Fuß- und Radwege als Luftlinie × 1,3',
	serviceDate: 'demo weekday',
	builtAt: new Date().toISOString().slice(0, 10),
	model: 'fallback',
	files: {
		transit: { path: 'transit.v1.bin', bytes: bytes.length, formatVersion: TRANSIT_FORMAT },
		sunday: {
			path: 'transit-sunday.v1.bin',
			bytes: sundayBytes.length,
			formatVersion: TRANSIT_FORMAT
		}
	},
	sunday: {
		date: 'demo Sunday',
		feeds: [{ name: 'demo', status: 'service', trips: sundayTransit.tripCount }]
	},
	transitModel,
	sources: [
		{
			name: 'Stop positions (db-hafas-stations 2.0.0)',
			licence: 'CC-BY-4.0 AND ODbL-1.0',
			attribution: 'Haltestellen: DB InfraGO (CC BY 4.0) und © OpenStreetMap contributors (ODbL)'
		},
		{
			name: 'Demo timetable',
			licence: 'EUPL-1.2',
			attribution: 'Erfundener Demo-Fahrplan von Quartierkarte — kein echter Fahrplan'
		}
	],
	stats: {
		stops: transit.stopCount,
		routes: transit.routeCount,
		trips: transit.tripCount,
		sundayTrips: sundayTransit.tripCount,
		transfers: transit.transferTarget.length
	}
};
writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
for (const l of lines) process.stderr.write(`${l.name}: ${l.stops.length} stops\n`);
process.stderr.write(
	`wrote ${OUT}: transit.v1.bin ${bytes.length} B (${gzipSync(bytes).length} B gzip), ` +
		`${transit.stopCount} stops, ${transit.tripCount} trips; transit-sunday.v1.bin ` +
		`${sundayBytes.length} B (${gzipSync(sundayBytes).length} B gzip), ${sundayTransit.tripCount} trips\n`
);
