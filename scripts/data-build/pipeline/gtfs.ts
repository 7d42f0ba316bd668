/**
 * One GTFS feed (zip) → the timetable of one service day, with a report of what was kept and
 * dropped and why. Services from calendar.txt and/or calendar_dates.txt; trips of the previous
 * day that run past midnight are included with times shifted by −24 h; frequencies.txt is
 * expanded into trips. Stop times without a time are interpolated on the whole trip — by
 * shape_dist_traveled where every stop has it, else by straight-line distance along the stops
 * (as R5 and gtfs-lib do) — and only then is the trip cut to the area, so a trip whose part in
 * the area begins or ends at an untimed stop is kept.
 */
import { unzipSync } from 'fflate';
import { haversineMeters } from '../../../src/lib/reach/geo';
import type { FeedReport, ManifestSource } from '../../../src/lib/reach/manifest';
import type { TransitInput, TripInput } from '../../../src/lib/reach/transit';
import { forEachCsvRecord, parseCsv } from './csv';
import { addDays, iso, ServiceCalendar, weekdayOf } from './gtfs-calendar';

export class GtfsError extends Error {}
/** The feed has no service on the date asked for (outside its calendar, or none that day). */
export class NoServiceError extends GtfsError {}

export type GtfsRecord = Record<string, string>;

/** How a feed is named and credited (from the command line; the feed fills in the rest). */
export interface FeedMeta {
	/** short name, the namespace of its ids on collision (default: the file name) */
	name: string;
	/** file name, for messages and the manifest */
	file?: string;
	/** licence id (e.g. CC-BY-4.0); GTFS has no field for it */
	licence?: string;
	/** overrides feed_info.txt's feed_publisher_name */
	publisher?: string;
}

export interface FeedDay {
	meta: FeedMeta;
	/** stops are this feed's stops used by a kept trip, in the area */
	input: TransitInput;
	stopIds: string[];
	/** stop pairs transfers.txt forbids (transfer_type 3), in local stop indices */
	forbiddenTransfers: [number, number][];
	report: FeedReport;
	source: ManifestSource;
}

export interface FeedOptions {
	meta: FeedMeta;
	/** keep only stops inside [minLon, minLat, maxLon, maxLat] (trips are cut to them) */
	area?: readonly [number, number, number, number];
	progress?: (msg: string) => void;
	/** a day inside the feed's calendar range without any service gives an empty timetable (no
	 *  bus on that Sunday) instead of an error; a day outside the range is still an error */
	emptyDayOk?: boolean;
}

/** Reasons a trip is not used; the first two are not a loss (the trip is elsewhere). */
export const DROP = {
	outside: 'outside the area',
	oneStop: 'only one stop in the area',
	untimedEnd: 'first or last stop without a time',
	backwards: 'times run backwards',
	unknownStop: 'unknown stop_id',
	unknownRoute: 'unknown route_id',
	noStopTimes: 'no stop times'
} as const;
const NOT_A_LOSS = new Set<string>([DROP.outside, DROP.oneStop]);

export function parseGtfsTime(s: string): number {
	const m = /^(\d+):(\d\d):(\d\d)$/.exec(s.trim());
	if (!m) return NaN;
	return +m[1] * 3600 + +m[2] * 60 + +m[3];
}

function isZip(b: Uint8Array): boolean {
	return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

const REQUIRED = ['stops.txt', 'routes.txt', 'trips.txt', 'stop_times.txt'];

function unzipFeed(zip: Uint8Array, label: string): Record<string, Uint8Array> {
	if (!isZip(zip))
		throw new GtfsError(
			`${label} is not a ZIP archive: a GTFS feed is a .zip of .txt files (stops.txt, routes.txt, trips.txt, stop_times.txt, calendar.txt …)`
		);
	let raw: Record<string, Uint8Array>;
	try {
		raw = unzipSync(zip, { filter: (f) => f.name.endsWith('.txt') });
	} catch (e) {
		throw new GtfsError(`cannot unzip ${label}: ${(e as Error).message}`);
	}
	const files: Record<string, Uint8Array> = {};
	for (const [name, data] of Object.entries(raw)) files[name.split('/').pop() ?? name] = data;
	const missing = REQUIRED.filter((f) => !files[f]);
	if (!files['calendar.txt'] && !files['calendar_dates.txt'])
		missing.push('calendar.txt or calendar_dates.txt');
	if (missing.length)
		throw new GtfsError(
			`${label} is not a GTFS feed: it lacks ${missing.join(', ')} (pass the feed's .zip as published)`
		);
	return files;
}

function table(files: Record<string, Uint8Array>, name: string): GtfsRecord[] | null {
	const data = files[name];
	if (!data) return null;
	const { header, rows } = parseCsv(new TextDecoder().decode(data));
	return rows.map((r) => {
		const o: GtfsRecord = {};
		header.forEach((h, i) => (o[h] = (r[i] ?? '').trim()));
		return o;
	});
}

interface StopTimeRow {
	seq: number;
	/** index in the feed's stop table, −1 unknown */
	stop: number;
	arr: number;
	dep: number;
	dist: number;
}

export function readFeed(zip: Uint8Array, date: string, opts: FeedOptions): FeedDay {
	const meta = opts.meta;
	const label = meta.file ?? meta.name;
	const log = opts.progress ?? (() => {});
	const files = unzipFeed(zip, label);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new GtfsError(`bad date ${date} (use YYYY-MM-DD)`);
	const ymd = date.replaceAll('-', '');

	// --- feed info and calendar -------------------------------------------------------------
	const info = table(files, 'feed_info.txt')?.[0];
	const agencies = (table(files, 'agency.txt') ?? []).map((a) => a.agency_name).filter(Boolean);
	const publisher = meta.publisher || info?.feed_publisher_name || agencies.join(', ') || label;
	const calendar = new ServiceCalendar(
		table(files, 'calendar.txt'),
		table(files, 'calendar_dates.txt')
	);
	const range = calendar.serviceRange();
	const today = calendar.activeOn(ymd);
	const covered = !!range && range.start <= ymd && ymd <= range.end;
	if (today.size === 0 && !(opts.emptyDayOk && covered)) {
		const near = calendar.nearestServiceDay(ymd);
		const covers = range
			? `its calendar runs from ${iso(range.start)} to ${iso(range.end)}`
			: 'its calendar has no day with service at all';
		const nearest = near
			? `; the nearest day with service is ${iso(near)} (${weekdayOf(near)})`
			: '';
		throw new NoServiceError(
			`${label} has no service on ${date} (${weekdayOf(ymd)}): ${covers}${nearest}. Pass --date with a day the feed covers`
		);
	}
	const yesterday = calendar.activeOn(addDays(ymd, -1));
	log(`${label}: ${today.size} services on ${date}, ${yesterday.size} the day before`);

	// --- stops ------------------------------------------------------------------------------
	const stopRows = table(files, 'stops.txt') ?? [];
	const parentWheelchair = new Map<string, number>();
	for (const s of stopRows)
		if (s.location_type === '1') parentWheelchair.set(s.stop_id, +(s.wheelchair_boarding || 0));
	const stopIndex = new Map<string, number>();
	const all: { id: string; lon: number; lat: number; wheelchair: number; name: string }[] = [];
	for (const s of stopRows) {
		if (s.location_type && s.location_type !== '0') continue;
		const lon = +s.stop_lon;
		const lat = +s.stop_lat;
		if (!s.stop_lon || !s.stop_lat || !Number.isFinite(lon) || !Number.isFinite(lat)) continue;
		let wheelchair = +(s.wheelchair_boarding || 0);
		if (wheelchair === 0 && s.parent_station)
			wheelchair = parentWheelchair.get(s.parent_station) ?? 0;
		stopIndex.set(s.stop_id, all.length);
		all.push({ id: s.stop_id, lon, lat, wheelchair, name: s.stop_name || s.stop_id });
	}
	const area = opts.area;
	const inArea = Uint8Array.from(all, (s) =>
		!area || (s.lon >= area[0] && s.lat >= area[1] && s.lon <= area[2] && s.lat <= area[3]) ? 1 : 0
	);

	// --- routes, trips, frequencies ---------------------------------------------------------
	const routeIndex = new Map<string, number>();
	const routes: TransitInput['routes'] = [];
	for (const r of table(files, 'routes.txt') ?? []) {
		routeIndex.set(r.route_id, routes.length);
		routes.push({
			type: r.route_type === '' || r.route_type === undefined ? 3 : +r.route_type,
			name: r.route_short_name || r.route_long_name || r.route_id
		});
	}
	const dropped: Record<string, number> = {};
	const drop = (reason: string, n = 1) => (dropped[reason] = (dropped[reason] ?? 0) + n);
	const tripInfo = new Map<
		string,
		{ route: number; today: boolean; yesterday: boolean; wheelchair: number }
	>();
	for (const t of table(files, 'trips.txt') ?? []) {
		const isToday = today.has(t.service_id);
		const isYesterday = yesterday.has(t.service_id);
		if (!isToday && !isYesterday) continue;
		const route = routeIndex.get(t.route_id);
		if (route === undefined) {
			drop(DROP.unknownRoute);
			continue;
		}
		tripInfo.set(t.trip_id, {
			route,
			today: isToday,
			yesterday: isYesterday,
			wheelchair: +(t.wheelchair_accessible || 0)
		});
	}
	const frequencies = new Map<string, { start: number; end: number; headway: number }[]>();
	for (const f of table(files, 'frequencies.txt') ?? []) {
		if (!tripInfo.has(f.trip_id)) continue;
		const w = {
			start: parseGtfsTime(f.start_time),
			end: parseGtfsTime(f.end_time),
			headway: +f.headway_secs
		};
		if (!Number.isFinite(w.start) || !Number.isFinite(w.end) || !(w.headway > 0)) continue;
		const list = frequencies.get(f.trip_id) ?? [];
		list.push(w);
		frequencies.set(f.trip_id, list);
	}

	// --- stop times, grouped by trip (every stop: interpolation needs the whole trip) --------
	const perTrip = new Map<string, StopTimeRow[]>();
	let col: Record<string, number> | null = null;
	forEachCsvRecord(files['stop_times.txt'], (f, header) => {
		col ??= Object.fromEntries(header.map((h, i) => [h, i]));
		const tripId = f[col.trip_id]?.trim() ?? '';
		if (!tripInfo.has(tripId)) return;
		let list = perTrip.get(tripId);
		if (!list) perTrip.set(tripId, (list = []));
		const arr = parseGtfsTime(f[col.arrival_time] ?? '');
		const dep = parseGtfsTime(f[col.departure_time] ?? '');
		const distText =
			col.shape_dist_traveled === undefined ? '' : (f[col.shape_dist_traveled] ?? '').trim();
		list.push({
			seq: +f[col.stop_sequence],
			stop: stopIndex.get(f[col.stop_id]?.trim() ?? '') ?? -1,
			arr: Number.isNaN(arr) ? dep : arr,
			dep: Number.isNaN(dep) ? arr : dep,
			dist: distText === '' ? NaN : +distText
		});
	});

	// --- trips: interpolate, check, cut to the area, expand frequencies and midnight ---------
	const used = new Int32Array(all.length).fill(-1);
	const stops: TransitInput['stops'] = [];
	const stopIds: string[] = [];
	const local = (s: number) => {
		if (used[s] < 0) {
			used[s] = stops.length;
			stops.push({
				lon: all[s].lon,
				lat: all[s].lat,
				wheelchair: all[s].wheelchair,
				name: all[s].name
			});
			stopIds.push(all[s].id);
		}
		return used[s];
	};
	const trips: TripInput[] = [];
	let active = 0;
	let kept = 0;
	let lostTouching = 0;
	let fromFrequencies = 0;
	let interpolatedTrips = 0;
	for (const [tripId, info] of tripInfo) {
		const list = perTrip.get(tripId);
		const windows = frequencies.get(tripId);
		// one entry per instance: the offset added to the template's times
		const offsets: number[] = [];
		const first = list && list.length ? list.reduce((a, b) => (b.seq < a.seq ? b : a)).dep : NaN;
		if (windows && Number.isFinite(first)) {
			for (const w of windows)
				for (let t = w.start; t < w.end; t += w.headway) offsets.push(t - first);
		} else offsets.push(0);
		const instances: { offset: number; shift: number }[] = [];
		for (const offset of offsets) {
			if (info.today) instances.push({ offset, shift: 0 });
			if (info.yesterday) instances.push({ offset, shift: -86400 });
		}
		if (!list || list.length === 0) {
			active += instances.length;
			drop(DROP.noStopTimes, instances.length);
			continue;
		}
		list.sort((a, b) => a.seq - b.seq);
		const touches = list.some((x) => x.stop >= 0 && inArea[x.stop]);
		const lastArr = (l: StopTimeRow[]) => l[l.length - 1].arr;
		// yesterday's instances only matter if they run past midnight
		const relevant = instances.filter(
			(i) => i.shift === 0 || lastArr(list) + i.offset + i.shift >= 0
		);
		active += relevant.length;
		if (relevant.length === 0) continue;
		fromFrequencies += windows ? relevant.length : 0;
		const fail = (reason: string) => {
			drop(reason, relevant.length);
			if (touches && !NOT_A_LOSS.has(reason)) lostTouching += relevant.length;
		};
		if (list.some((x) => x.stop < 0)) {
			fail(DROP.unknownStop);
			continue;
		}
		if (Number.isNaN(list[0].dep) || Number.isNaN(lastArr(list))) {
			fail(DROP.untimedEnd);
			continue;
		}
		if (list.some((x) => Number.isNaN(x.arr))) {
			interpolate(list, all);
			interpolatedTrips++;
		}
		let backwards = false;
		for (let i = 0; i < list.length && !backwards; i++)
			if (list[i].dep < list[i].arr || (i > 0 && list[i].arr < list[i - 1].dep)) backwards = true;
		if (backwards) {
			fail(DROP.backwards);
			continue;
		}
		const cut = list.filter((x) => inArea[x.stop]);
		if (cut.length < 2) {
			fail(cut.length === 0 ? DROP.outside : DROP.oneStop);
			continue;
		}
		const ids = cut.map((x) => local(x.stop));
		for (const { offset, shift } of relevant) {
			const d = offset + shift;
			trips.push({
				route: info.route,
				stops: ids,
				arrivals: cut.map((x) => x.arr + d),
				departures: cut.map((x) => x.dep + d),
				wheelchair: info.wheelchair
			});
			kept++;
		}
	}
	log(`${label}: ${kept} of ${active} trips kept, ${stops.length} stops used`);

	// --- explicit transfers -------------------------------------------------------------------
	const transfers: { from: number; to: number; meters: number }[] = [];
	const forbiddenTransfers: [number, number][] = [];
	for (const t of table(files, 'transfers.txt') ?? []) {
		const a = stopIndex.get(t.from_stop_id);
		const b = stopIndex.get(t.to_stop_id);
		if (a === undefined || b === undefined || a === b || used[a] < 0 || used[b] < 0) continue;
		if (t.transfer_type === '3') {
			forbiddenTransfers.push([used[a], used[b]]);
			continue;
		}
		// Stored as metres at the default walking speed so they scale with the request's speed.
		transfers.push({
			from: used[a],
			to: used[b],
			meters: (+(t.min_transfer_time || 0) || 60) * 1.25
		});
	}

	let inAreaCount = 0;
	for (let s = 0; s < all.length; s++) inAreaCount += inArea[s];
	const licence = meta.licence ?? 'unknown';
	const report: FeedReport = {
		name: meta.name,
		file: meta.file,
		publisher,
		licence,
		calendar: range ? { start: iso(range.start), end: iso(range.end) } : { start: '', end: '' },
		trips: { active, kept, dropped, fromFrequencies, interpolated: interpolatedTrips },
		stops: {
			inFeed: all.length,
			inArea: inAreaCount,
			used: stops.length,
			farFromStreet: 0,
			onIsland: 0,
			examples: {}
		},
		namespacedIds: 0,
		loss: kept + lostTouching > 0 ? lostTouching / (kept + lostTouching) : 0
	};
	const source: ManifestSource = {
		name: `GTFS ${meta.name}`,
		file: meta.file,
		licence,
		publisher,
		url: info?.feed_publisher_url || undefined,
		attribution:
			licence === 'unknown'
				? `Fahrplandaten: ${publisher}`
				: `Fahrplandaten: ${publisher} (${licence.replaceAll('-', ' ')})`
	};
	return {
		meta,
		input: { stops, routes, trips, transfers },
		stopIds,
		forbiddenTransfers,
		report,
		source
	};
}

/**
 * Fill stop times without a time between the timed stops around them, in proportion to
 * shape_dist_traveled where every stop of the trip has one (non-decreasing), else to the
 * straight-line distance along the stops; by stop count where the distance is zero.
 */
function interpolate(list: StopTimeRow[], stops: { lon: number; lat: number }[]): void {
	const byShape = list.every(
		(x, i) => Number.isFinite(x.dist) && (i === 0 || x.dist >= list[i - 1].dist)
	);
	const along = new Float64Array(list.length);
	for (let i = 1; i < list.length; i++) {
		if (byShape) along[i] = list[i].dist - list[0].dist;
		else {
			const a = stops[list[i - 1].stop];
			const b = stops[list[i].stop];
			along[i] = along[i - 1] + haversineMeters(a.lon, a.lat, b.lon, b.lat);
		}
	}
	for (let i = 0; i < list.length; i++) {
		if (!Number.isNaN(list[i].arr)) continue;
		let j = i;
		while (Number.isNaN(list[j].arr)) j++; // the last stop is timed (checked by the caller)
		const from = list[i - 1];
		const t0 = from.dep;
		const t1 = list[j].arr;
		const d0 = along[i - 1];
		const span = along[j] - d0;
		for (let k = i; k < j; k++) {
			const share = span > 0 ? (along[k] - d0) / span : (k - i + 1) / (j - i + 1);
			list[k].arr = list[k].dep = Math.round(t0 + (t1 - t0) * share);
		}
		i = j;
	}
}
