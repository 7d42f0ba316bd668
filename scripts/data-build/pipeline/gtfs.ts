/**
 * GTFS zip → one service day's timetable as TransitInput. Reads calendar.txt and
 * calendar_dates.txt for the day; trips of the previous day that run past midnight are included
 * with times shifted by −24 h. frequencies.txt is not supported (the NRW and DELFI feeds do not
 * use it).
 */
import { unzipSync } from 'fflate';
import type { TransitInput, TripInput } from '../../../src/lib/reach/transit';

export class GtfsError extends Error {}

/** Parse CSV (RFC 4180, BOM tolerant) into records; lines without quotes take a fast path. */
export function parseCsvRows(text: string): string[][] {
	const rows: string[][] = [];
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const n = text.length;
	while (i < n) {
		let nl = text.indexOf('\n', i);
		if (nl < 0) nl = n;
		let line = text.slice(i, nl);
		if (!line.includes('"')) {
			if (line.endsWith('\r')) line = line.slice(0, -1);
			if (line.length) rows.push(line.split(','));
			i = nl + 1;
			continue;
		}
		// quoted fields, possibly spanning lines
		const row: string[] = [];
		let field = '';
		let quoted = false;
		for (; i < n; i++) {
			const c = text[i];
			if (quoted) {
				if (c === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i++;
					} else quoted = false;
				} else field += c;
			} else if (c === '"') quoted = true;
			else if (c === ',') {
				row.push(field);
				field = '';
			} else if (c === '\n' || c === '\r') {
				if (c === '\r' && text[i + 1] === '\n') i++;
				break;
			} else field += c;
		}
		i++;
		row.push(field);
		rows.push(row);
	}
	return rows;
}

export function parseCsv(text: string): { header: string[]; rows: string[][] } {
	const rows = parseCsvRows(text);
	const header = (rows.shift() ?? []).map((h) => h.trim());
	return { header, rows };
}

/**
 * Visit the records of a large CSV file chunk by chunk: a state-wide stop_times.txt is larger
 * than the longest string V8 allows. Chunks end at a newline outside quotes.
 */
export function forEachCsvRecord(
	data: Uint8Array,
	visit: (fields: string[], header: string[]) => void,
	chunkBytes = 16 << 20
): void {
	const decoder = new TextDecoder();
	let header: string[] | null = null;
	let start = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
	while (start < data.length) {
		let end = Math.min(data.length, start + chunkBytes);
		let quotes = 0;
		for (let i = start; i < end; i++) if (data[i] === 0x22) quotes++;
		while (end < data.length && (data[end - 1] !== 0x0a || quotes % 2 === 1)) {
			if (data[end] === 0x22) quotes++;
			end++;
		}
		const rows = parseCsvRows(decoder.decode(data.subarray(start, end)));
		let k = 0;
		if (!header) {
			header = (rows[0] ?? []).map((h) => h.trim());
			k = 1;
		}
		for (; k < rows.length; k++) visit(rows[k], header);
		start = end;
	}
}

/** Rows as objects keyed by header (only the requested columns). */
function table(
	files: Record<string, Uint8Array>,
	name: string,
	required: boolean
): Record<string, string>[] | null {
	const data = files[name];
	if (!data) {
		if (required) throw new GtfsError(`GTFS feed lacks ${name}`);
		return null;
	}
	const { header, rows } = parseCsv(new TextDecoder().decode(data));
	return rows.map((r) => {
		const o: Record<string, string> = {};
		header.forEach((h, i) => (o[h] = (r[i] ?? '').trim()));
		return o;
	});
}

export function parseGtfsTime(s: string): number {
	const m = /^(\d+):(\d\d):(\d\d)$/.exec(s);
	if (!m) return NaN;
	return +m[1] * 3600 + +m[2] * 60 + +m[3];
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** 'YYYY-MM-DD' → 'YYYYMMDD' and weekday name. */
function dayInfo(iso: string, offsetDays = 0): { ymd: string; weekday: string } {
	const d = new Date(`${iso}T12:00:00Z`);
	if (Number.isNaN(d.getTime())) throw new GtfsError(`bad date ${iso} (use YYYY-MM-DD)`);
	d.setUTCDate(d.getUTCDate() + offsetDays);
	return {
		ymd: d.toISOString().slice(0, 10).replaceAll('-', ''),
		weekday: WEEKDAYS[d.getUTCDay()]
	};
}

export interface GtfsDay {
	input: TransitInput;
	stopIds: string[];
	stats: { stops: number; routes: number; trips: number; stopTimes: number; services: number };
}

export interface GtfsOptions {
	/** keep only stops inside [minLon, minLat, maxLon, maxLat] (trips are trimmed to them) */
	bbox?: [number, number, number, number];
	progress?: (msg: string) => void;
}

function activeServices(files: Record<string, Uint8Array>, iso: string, offsetDays: number) {
	const { ymd, weekday } = dayInfo(iso, offsetDays);
	const active = new Set<string>();
	const calendar = table(files, 'calendar.txt', false);
	const dates = table(files, 'calendar_dates.txt', false);
	if (!calendar && !dates)
		throw new GtfsError('GTFS feed lacks calendar.txt and calendar_dates.txt');
	let minStart = '99999999';
	let maxEnd = '00000000';
	for (const c of calendar ?? []) {
		if (c.start_date < minStart) minStart = c.start_date;
		if (c.end_date > maxEnd) maxEnd = c.end_date;
		if (c.start_date <= ymd && ymd <= c.end_date && c[weekday] === '1') active.add(c.service_id);
	}
	for (const d of dates ?? []) {
		if (d.date < minStart) minStart = d.date;
		if (d.date > maxEnd) maxEnd = d.date;
		if (d.date !== ymd) continue;
		if (d.exception_type === '1') active.add(d.service_id);
		else if (d.exception_type === '2') active.delete(d.service_id);
	}
	return { active, minStart, maxEnd };
}

const fmt = (ymd: string) => `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;

export function readGtfs(zip: Uint8Array, date: string, opts: GtfsOptions = {}): GtfsDay {
	if (zip.length < 4 || zip[0] !== 0x50 || zip[1] !== 0x4b || zip[2] !== 0x03 || zip[3] !== 0x04)
		throw new GtfsError('the GTFS file is not a ZIP archive (a GTFS feed is a .zip of .txt files)');
	let raw: Record<string, Uint8Array>;
	try {
		raw = unzipSync(zip, { filter: (f) => f.name.endsWith('.txt') });
	} catch (e) {
		throw new GtfsError(`cannot unzip the GTFS file: ${(e as Error).message}`);
	}
	const files: Record<string, Uint8Array> = {};
	for (const [name, data] of Object.entries(raw)) files[name.split('/').pop() ?? name] = data;
	for (const f of ['stops.txt', 'routes.txt', 'trips.txt', 'stop_times.txt'])
		if (!files[f]) throw new GtfsError(`GTFS feed lacks ${f}`);

	const today = activeServices(files, date, 0);
	const yesterday = activeServices(files, date, -1);
	if (today.active.size === 0)
		throw new GtfsError(
			`the GTFS feed has no service on ${date} (its calendar covers ${fmt(today.minStart)} to ${fmt(today.maxEnd)})`
		);
	opts.progress?.(`${today.active.size} services active on ${date}`);

	const stopRows = table(files, 'stops.txt', true) ?? [];
	const parentWheelchair = new Map<string, number>();
	for (const s of stopRows)
		if (s.location_type === '1') parentWheelchair.set(s.stop_id, +(s.wheelchair_boarding || 0));
	const stopIndex = new Map<string, number>();
	const stops: TransitInput['stops'] = [];
	const stopIds: string[] = [];
	const bbox = opts.bbox;
	for (const s of stopRows) {
		if (s.location_type && s.location_type !== '0') continue;
		const lon = +s.stop_lon;
		const lat = +s.stop_lat;
		if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
		if (bbox && (lon < bbox[0] || lat < bbox[1] || lon > bbox[2] || lat > bbox[3])) continue;
		let wheelchair = +(s.wheelchair_boarding || 0);
		if (wheelchair === 0 && s.parent_station)
			wheelchair = parentWheelchair.get(s.parent_station) ?? 0;
		stopIndex.set(s.stop_id, stops.length);
		stopIds.push(s.stop_id);
		stops.push({ lon, lat, wheelchair, name: s.stop_name });
	}
	if (stops.length === 0)
		throw new GtfsError('no GTFS stops inside the area of the street extract');

	const routeIndex = new Map<string, number>();
	const routes: TransitInput['routes'] = [];
	for (const r of table(files, 'routes.txt', true) ?? []) {
		routeIndex.set(r.route_id, routes.length);
		routes.push({
			type: +r.route_type || 3,
			name: r.route_short_name || r.route_long_name || r.route_id
		});
	}

	// A trip can run today and (as yesterday's late trip, shifted by −24 h) after midnight.
	const tripInfo = new Map<string, { route: number; shifts: number[]; wheelchair: number }>();
	for (const t of table(files, 'trips.txt', true) ?? []) {
		const route = routeIndex.get(t.route_id);
		if (route === undefined) continue;
		const shifts: number[] = [];
		if (today.active.has(t.service_id)) shifts.push(0);
		if (yesterday.active.has(t.service_id)) shifts.push(-86400);
		if (shifts.length)
			tripInfo.set(t.trip_id, { route, shifts, wheelchair: +(t.wheelchair_accessible || 0) });
	}
	opts.progress?.(`${tripInfo.size} trips on ${date} (incl. the previous evening)`);

	// stop_times: group by trip
	const perTrip = new Map<string, { seq: number; stop: number; arr: number; dep: number }[]>();
	let stopTimes = 0;
	let col: Record<string, number> | null = null;
	forEachCsvRecord(files['stop_times.txt'], (f, header) => {
		col ??= Object.fromEntries(header.map((h, i) => [h, i]));
		const tripId = f[col.trip_id]?.trim() ?? '';
		if (!tripInfo.has(tripId)) return;
		const stop = stopIndex.get(f[col.stop_id]?.trim() ?? '');
		if (stop === undefined) return; // outside the area
		let list = perTrip.get(tripId);
		if (!list) perTrip.set(tripId, (list = []));
		const arr = parseGtfsTime((f[col.arrival_time] ?? '').trim());
		const dep = parseGtfsTime((f[col.departure_time] ?? '').trim());
		list.push({
			seq: +f[col.stop_sequence],
			stop,
			arr: Number.isNaN(arr) ? dep : arr,
			dep: Number.isNaN(dep) ? arr : dep
		});
		stopTimes++;
	});
	const trips: TripInput[] = [];
	for (const [tripId, list] of perTrip) {
		const info = tripInfo.get(tripId);
		if (!info || list.length < 2) continue;
		list.sort((a, b) => a.seq - b.seq);
		interpolateMissing(list);
		if (list.some((x) => Number.isNaN(x.arr))) continue;
		for (const shift of info.shifts) {
			if (shift && list[list.length - 1].arr + shift < 0) continue; // ended before midnight
			trips.push({
				route: info.route,
				stops: list.map((x) => x.stop),
				arrivals: list.map((x) => x.arr + shift),
				departures: list.map((x) => x.dep + shift),
				wheelchair: info.wheelchair
			});
		}
	}
	if (trips.length === 0)
		throw new GtfsError(
			`the GTFS feed has no trips on ${date} that stop inside the area of the street extract`
		);

	const explicit: { from: number; to: number; meters: number }[] = [];
	for (const t of table(files, 'transfers.txt', false) ?? []) {
		const from = stopIndex.get(t.from_stop_id);
		const to = stopIndex.get(t.to_stop_id);
		if (from === undefined || to === undefined || from === to || t.transfer_type === '3') continue;
		// Stored as metres at the default walking speed so they scale with the request's speed.
		explicit.push({ from, to, meters: (+(t.min_transfer_time || 0) || 60) * 1.25 });
	}
	return {
		input: { stops, routes, trips, transfers: explicit },
		stopIds,
		stats: {
			stops: stops.length,
			routes: routes.length,
			trips: trips.length,
			stopTimes,
			services: today.active.size
		}
	};
}

/** Fill stop times without values (non-timepoints) linearly between neighbours. */
function interpolateMissing(list: { arr: number; dep: number }[]): void {
	for (let i = 0; i < list.length; i++) {
		if (!Number.isNaN(list[i].arr)) continue;
		let j = i;
		while (j < list.length && Number.isNaN(list[j].arr)) j++;
		if (i === 0 || j === list.length) return;
		const a = list[i - 1].dep;
		const b = list[j].arr;
		for (let k = i; k < j; k++) {
			const v = Math.round(a + ((b - a) * (k - i + 1)) / (j - i + 1));
			list[k].arr = list[k].dep = v;
		}
	}
}
