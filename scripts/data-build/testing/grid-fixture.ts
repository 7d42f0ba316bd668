/**
 * Generated test fixture with known answers: a 10×10 street grid (250 m spacing) as OSM PBF and
 * a two-line GTFS feed as zip.
 *
 *   rows r = 0..9 (south → north), columns c = 0..9 (west → east); OSM node id 1000 + 10 r + c
 *   steps: the segment (5,4)–(5,5); a raised kerb on node (2,2)
 *   stops: A (0,0), B (0,9), D (1,9), E (7,9) wheelchair_boarding=2, C (9,9)
 *   line 1 (tram): A → B, 6 min, every 10 min 05:00–24:30 → night gap 00:30–05:00
 *   line 2 (bus):  D → E → C, 10 min (E untimed: by distance 7.5 min), every 15 min 05:03–23:48
 *   service WD: Monday–Friday 2026-01-01…2026-12-31 (2026-12-01 is a Tuesday)
 */
import { strToU8, zipSync } from 'fflate';
import { writeOsmPbf, type WriterNode, type WriterWay } from './osm-pbf-writer';

export const FIXTURE_LON0 = 8.45;
export const FIXTURE_LAT0 = 51.98;
export const FIXTURE_SPACING = 250;
const M_PER_LAT = 111195;
const M_PER_LON = M_PER_LAT * Math.cos((FIXTURE_LAT0 * Math.PI) / 180);

export function fixtureNode(r: number, c: number): { lon: number; lat: number } {
	return {
		lon: FIXTURE_LON0 + (c * FIXTURE_SPACING) / M_PER_LON,
		lat: FIXTURE_LAT0 + (r * FIXTURE_SPACING) / M_PER_LAT
	};
}

export function fixtureOsm(): Uint8Array {
	const nodes: WriterNode[] = [];
	for (let r = 0; r < 10; r++)
		for (let c = 0; c < 10; c++) {
			const { lon, lat } = fixtureNode(r, c);
			nodes.push({
				id: 1000 + 10 * r + c,
				lon,
				lat,
				tags: r === 2 && c === 2 ? { barrier: 'kerb', kerb: 'raised' } : undefined
			});
		}
	const ways: WriterWay[] = [];
	let id = 1;
	for (let r = 0; r < 10; r++)
		for (let c = 0; c < 10; c++) {
			const n = 1000 + 10 * r + c;
			if (c < 9)
				ways.push({
					id: id++,
					refs: [n, n + 1],
					tags: { highway: r === 5 && c === 4 ? 'steps' : 'residential' }
				});
			if (r < 9) ways.push({ id: id++, refs: [n, n + 10], tags: { highway: 'residential' } });
		}
	// something that is not a street
	ways.push({ id: id++, refs: [1000, 1011], tags: { waterway: 'ditch' } });
	return writeOsmPbf(nodes, ways);
}

const hms = (s: number) =>
	`${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

export function fixtureGtfs(
	opts: { calendarStart?: string; calendarEnd?: string } = {}
): Uint8Array {
	const stops = [
		['A', 0, 0, 1],
		['B', 0, 9, 1],
		['D', 1, 9, 1],
		['E', 7, 9, 2],
		['C', 9, 9, 1]
	] as const;
	const stopsTxt = [
		'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station,wheelchair_boarding',
		...stops.map(([id, r, c, w]) => {
			const p = fixtureNode(r, c);
			return `${id},"Stop ${id}, Fixture",${p.lat.toFixed(7)},${p.lon.toFixed(7)},0,,${w}`;
		})
	].join('\n');
	const routes =
		'route_id,agency_id,route_short_name,route_long_name,route_type\nL1,X,1,,0\nL2,X,2,,3\n';
	const trips: string[] = ['route_id,service_id,trip_id,wheelchair_accessible'];
	const times: string[] = ['trip_id,arrival_time,departure_time,stop_id,stop_sequence'];
	for (let t = 5 * 3600, k = 0; t <= 24.5 * 3600; t += 600, k++) {
		trips.push(`L1,WD,L1_${k},1`);
		times.push(`L1_${k},${hms(t)},${hms(t)},A,1`, `L1_${k},${hms(t + 360)},${hms(t + 360)},B,2`);
	}
	for (let t = 5 * 3600 + 180, k = 0; t < 24 * 3600; t += 900, k++) {
		trips.push(`L2,WD,L2_${k},1`);
		times.push(
			`L2_${k},${hms(t)},${hms(t)},D,1`,
			`L2_${k},,,E,2`, // non-timepoint: interpolated by distance to +7.5 min
			`L2_${k},${hms(t + 600)},${hms(t + 600)},C,3`
		);
	}
	const calendar = `service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,${opts.calendarStart ?? '20260101'},${opts.calendarEnd ?? '20261231'}\n`;
	return zipSync(
		{
			'agency.txt': strToU8(
				'agency_id,agency_name,agency_url,agency_timezone\nX,Fixture,https://example.org,Europe/Berlin\n'
			),
			'stops.txt': strToU8(stopsTxt),
			'routes.txt': strToU8(routes),
			'trips.txt': strToU8(trips.join('\n')),
			'stop_times.txt': strToU8(times.join('\r\n')),
			'calendar.txt': strToU8(calendar)
		},
		// fixed timestamp: the committed fixture must be byte-identical when regenerated
		{ mtime: new Date('2026-01-01T00:00:00Z') }
	);
}
