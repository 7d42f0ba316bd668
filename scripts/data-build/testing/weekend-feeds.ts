/**
 * GTFS feeds with the calendars real German feeds have, on the grid fixture's streets
 * (grid-fixture.ts), for the Sunday timetable:
 *
 * - `stadtbus`: line 21 A → M → C (M a platform of station "Mitte", never timed: interpolated by
 *   distance). calendar.txt has weekdays (WD, Mon–Fri) and Saturdays (SA) for Nov–Dec 2026 and no
 *   Sunday row at all: the Sunday service SO exists only in calendar_dates.txt (exception_type 1
 *   on each Sunday, and on Christmas Day, a Friday, where WD is removed). WD every 10 min
 *   05:00–22:50, SA every 20 min 06:00–23:40 plus a night bus at 25:10 (Sunday 01:10), SO every
 *   30 min 09:00–19:30. Ride A → C: 20 min.
 * - `tram`: line 1 A → B (it uses stop id A for its own stop, as a second feed does), Monday to
 *   Saturday in calendar.txt: inside its calendar, but nothing runs on a Sunday.
 * - `regio`: a feed whose calendar ends on 2026-11-30: it says nothing about December's Sundays.
 *
 * Stops: A (0,0), M (5,9), C (9,9), B (0,9); the grid has 250 m between nodes.
 */
import { strToU8, zipSync } from 'fflate';
import { fixtureNode } from './grid-fixture';

const hms = (s: number) =>
	[Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
		.map((v) => String(v).padStart(2, '0'))
		.join(':');

const at = (r: number, c: number) => {
	const p = fixtureNode(r, c);
	return `${p.lat.toFixed(7)},${p.lon.toFixed(7)}`;
};

const zip = (files: Record<string, string>) =>
	zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), {
		mtime: new Date('2026-01-01T00:00:00Z')
	});

/** Every Sunday of November and December 2026, YYYYMMDD. */
export const SUNDAYS_2026_11_12 = Array.from({ length: 9 }, (_, k) => {
	const d = new Date(Date.UTC(2026, 10, 1 + 7 * k));
	return d.toISOString().slice(0, 10).replaceAll('-', '');
});

export const BUS_RIDE_SECONDS = 20 * 60;

export function stadtbusGtfs(): Uint8Array {
	const trips = ['route_id,service_id,trip_id,trip_headsign,direction_id,wheelchair_accessible'];
	// untimed stops leave arrival and departure empty, as many German feeds do for non-timepoints
	const times = ['trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,timepoint'];
	const trip = (service: string, id: string, t: number) => {
		trips.push(`21,${service},${id},"Mitte, C",0,1`);
		times.push(
			`${id},${hms(t)},${hms(t)},A,1,0,1`,
			`${id},,,M_2,2,0,0`,
			`${id},${hms(t + BUS_RIDE_SECONDS)},${hms(t + BUS_RIDE_SECONDS)},C,3,1,1`
		);
	};
	for (let t = 5 * 3600, k = 0; t < 23 * 3600; t += 600, k++) trip('WD', `wd-${k}`, t);
	for (let t = 6 * 3600, k = 0; t < 24 * 3600; t += 1200, k++) trip('SA', `sa-${k}`, t);
	trip('SA', 'sa-night', 25 * 3600 + 600);
	for (let t = 9 * 3600, k = 0; t < 20 * 3600; t += 1800, k++) trip('SO', `so-${k}`, t);
	const dates = ['service_id,date,exception_type'];
	for (const d of SUNDAYS_2026_11_12) dates.push(`SO,${d},1`);
	dates.push('WD,20261225,2', 'SO,20261225,1');
	return zip({
		'agency.txt':
			'agency_id,agency_name,agency_url,agency_timezone,agency_lang\r\nSB,"Stadtbus Fixture GmbH",https://example.org,Europe/Berlin,de\r\n',
		'feed_info.txt':
			'feed_publisher_name,feed_publisher_url,feed_lang,feed_start_date,feed_end_date,feed_version\r\nStadtbus Fixture GmbH,https://example.org,de,20261101,20261231,2026-11-01\r\n',
		'stops.txt': [
			'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station,platform_code,wheelchair_boarding',
			`A,"Am Anger",${at(0, 0)},0,,,1`,
			`MITTE,Mitte,${at(5, 9)},1,,,1`,
			`M_2,Mitte,${at(5, 9)},0,MITTE,2,0`,
			`C,"C-Platz",${at(9, 9)},0,,,1`
		].join('\r\n'),
		'routes.txt':
			'route_id,agency_id,route_short_name,route_long_name,route_type\r\n21,SB,21,"Anger – C-Platz",3\r\n',
		'trips.txt': trips.join('\r\n'),
		'stop_times.txt': times.join('\r\n'),
		'calendar.txt': [
			'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date',
			'WD,1,1,1,1,1,0,0,20261101,20261231',
			'SA,0,0,0,0,0,1,0,20261101,20261231'
		].join('\r\n'),
		'calendar_dates.txt': dates.join('\r\n')
	});
}

export function tramGtfs(): Uint8Array {
	const trips = ['route_id,service_id,trip_id'];
	const times = ['trip_id,arrival_time,departure_time,stop_id,stop_sequence'];
	for (let t = 5 * 3600, k = 0; t < 23 * 3600; t += 900, k++) {
		trips.push(`T1,MOSA,t-${k}`);
		times.push(`t-${k},${hms(t)},${hms(t)},A,1`, `t-${k},${hms(t + 300)},${hms(t + 300)},B,2`);
	}
	return zip({
		'agency.txt':
			'agency_id,agency_name,agency_url,agency_timezone\nTB,Tram Fixture,https://example.org,Europe/Berlin\n',
		'stops.txt': `stop_id,stop_name,stop_lat,stop_lon\nA,Anger (Tram),${at(0, 0)}\nB,Bergstraße,${at(0, 9)}\n`,
		'routes.txt': 'route_id,agency_id,route_short_name,route_long_name,route_type\nT1,TB,1,,0\n',
		'trips.txt': trips.join('\n'),
		'stop_times.txt': times.join('\n'),
		'calendar.txt':
			'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nMOSA,1,1,1,1,1,1,0,20260101,20271231\n'
	});
}

export function regioGtfs(): Uint8Array {
	return zip({
		'agency.txt':
			'agency_id,agency_name,agency_url,agency_timezone\nRB,Regio Fixture,https://example.org,Europe/Berlin\n',
		'stops.txt': `stop_id,stop_name,stop_lat,stop_lon\nR1,Regio Süd,${at(0, 1)}\nR2,Regio Nord,${at(9, 8)}\n`,
		'routes.txt':
			'route_id,agency_id,route_short_name,route_long_name,route_type\nRB1,RB,RB 1,,2\n',
		'trips.txt': 'route_id,service_id,trip_id\nRB1,ALL,r-1\n',
		'stop_times.txt':
			'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nr-1,07:00:00,07:00:00,R1,1\nr-1,07:08:00,07:08:00,R2,2\n',
		'calendar.txt':
			'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nALL,1,1,1,1,1,1,1,20260101,20261130\n'
	});
}
