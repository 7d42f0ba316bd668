/**
 * Independent transit reference for the pipeline tests: a Connection Scan (Dibbelt, Pajor,
 * Strasser, Wagner 2013) over connections read straight from GTFS text files by its own small
 * reader (no code of the pipeline or the engine): services of the day and of the evening before,
 * frequencies expanded, untimed stops spaced by shape_dist_traveled or by straight-line distance
 * along the stops. Earliest arrival, unlimited vehicles, walks only right after a ride.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Row = Record<string, string>;

function readCsv(path: string): Row[] {
	let text = readFileSync(path, 'utf8');
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
	const split = (line: string) => {
		const out: string[] = [];
		let cur = '';
		let q = false;
		for (let i = 0; i < line.length; i++) {
			const ch = line[i];
			if (q && ch === '"' && line[i + 1] === '"') {
				cur += '"';
				i++;
			} else if (ch === '"') q = !q;
			else if (ch === ',' && !q) {
				out.push(cur);
				cur = '';
			} else cur += ch;
		}
		out.push(cur);
		return out;
	};
	const head = split(lines[0]);
	return lines.slice(1).map((l) => {
		const v = split(l);
		return Object.fromEntries(head.map((h, i) => [h, v[i] ?? '']));
	});
}

function greatCircle(a: [number, number], b: [number, number]): number {
	const r = Math.PI / 180;
	const h =
		Math.sin(((b[1] - a[1]) * r) / 2) ** 2 +
		Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
	return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const secs = (t: string) => {
	const m = /^(\d+):(\d\d):(\d\d)$/.exec(t);
	return m ? +m[1] * 3600 + +m[2] * 60 + +m[3] : NaN;
};

export interface Connection {
	trip: string;
	from: string;
	to: string;
	dep: number;
	arr: number;
}

export interface ReferenceFeed {
	stops: Map<string, [number, number]>;
	connections: Connection[];
}

/** Connections of one feed folder on `ymd` (YYYYMMDD; `weekday` its name), ids prefixed. */
export function readReferenceFeed(
	dir: string,
	ymd: string,
	weekday: string,
	prevYmd: string,
	prevWeekday: string,
	prefix: string
): ReferenceFeed {
	const has = (f: string) => {
		try {
			readFileSync(join(dir, f));
			return true;
		} catch {
			return false;
		}
	};
	const runs = (day: string, wd: string) => {
		const on = new Set<string>();
		if (has('calendar.txt'))
			for (const c of readCsv(join(dir, 'calendar.txt')))
				if (c.start_date <= day && day <= c.end_date && c[wd] === '1') on.add(c.service_id);
		if (has('calendar_dates.txt'))
			for (const d of readCsv(join(dir, 'calendar_dates.txt')))
				if (d.date === day) {
					if (d.exception_type === '1') on.add(d.service_id);
					else on.delete(d.service_id);
				}
		return on;
	};
	const today = runs(ymd, weekday);
	const before = runs(prevYmd, prevWeekday);
	const stops = new Map<string, [number, number]>();
	for (const s of readCsv(join(dir, 'stops.txt')))
		stops.set(prefix + s.stop_id, [Number(s.stop_lon), Number(s.stop_lat)]);
	const shifts = new Map<string, number[]>();
	for (const t of readCsv(join(dir, 'trips.txt'))) {
		const list: number[] = [];
		if (today.has(t.service_id)) list.push(0);
		if (before.has(t.service_id)) list.push(-86400);
		if (list.length) shifts.set(t.trip_id, list);
	}
	const byTrip = new Map<string, Row[]>();
	for (const st of readCsv(join(dir, 'stop_times.txt'))) {
		if (!shifts.has(st.trip_id)) continue;
		const l = byTrip.get(st.trip_id) ?? [];
		l.push(st);
		byTrip.set(st.trip_id, l);
	}
	const freq = new Map<string, [number, number, number][]>();
	if (has('frequencies.txt'))
		for (const f of readCsv(join(dir, 'frequencies.txt'))) {
			const l = freq.get(f.trip_id) ?? [];
			l.push([secs(f.start_time), secs(f.end_time), Number(f.headway_secs)]);
			freq.set(f.trip_id, l);
		}
	const connections: Connection[] = [];
	for (const [trip, rows] of byTrip) {
		rows.sort((a, b) => Number(a.stop_sequence) - Number(b.stop_sequence));
		const arr = rows.map((r) => secs(r.arrival_time || r.departure_time));
		const dep = rows.map((r) => secs(r.departure_time || r.arrival_time));
		const ids = rows.map((r) => prefix + r.stop_id);
		// untimed stops: by shape distance if every row has one, else by distance along the stops
		const shape = rows.every(
			(r) => r.shape_dist_traveled !== undefined && r.shape_dist_traveled !== ''
		);
		const pos: number[] = [0];
		for (let i = 1; i < rows.length; i++) {
			if (shape)
				pos.push(Number(rows[i].shape_dist_traveled) - Number(rows[0].shape_dist_traveled));
			else {
				const a = stops.get(ids[i - 1]) as [number, number];
				const b = stops.get(ids[i]) as [number, number];
				pos.push(pos[i - 1] + greatCircle(a, b));
			}
		}
		let prev = 0;
		for (let i = 1; i < rows.length; i++) {
			if (!Number.isNaN(arr[i])) {
				for (let j = prev + 1; j < i; j++) {
					const v = Math.round(
						dep[prev] + ((arr[i] - dep[prev]) * (pos[j] - pos[prev])) / (pos[i] - pos[prev])
					);
					arr[j] = dep[j] = v;
				}
				prev = i;
			}
		}
		const starts = freq.get(trip);
		const offsets: number[] = [];
		if (starts)
			for (const [s, e, h] of starts) for (let t = s; t < e; t += h) offsets.push(t - dep[0]);
		else offsets.push(0);
		for (const shift of shifts.get(trip) as number[])
			for (const off of offsets) {
				const name = `${prefix}${trip}@${off}/${shift}`;
				for (let i = 1; i < rows.length; i++)
					connections.push({
						trip: name,
						from: ids[i - 1],
						to: ids[i],
						dep: dep[i - 1] + off + shift,
						arr: arr[i] + off + shift
					});
			}
	}
	return { stops, connections };
}

export interface CsaQuery {
	departure: number;
	/** seconds walking from the origin to stops */
	access: Map<string, number>;
	/** walking seconds between stops (after a ride) */
	transfers: Map<string, Map<string, number>>;
	firstBoardSlack: number;
	boardSlack: number;
}

/** Earliest arrival (absolute seconds) at every stop reached. */
export function connectionScan(connections: Connection[], q: CsaQuery): Map<string, number> {
	const sorted = [...connections].sort((a, b) => a.dep - b.dep || a.arr - b.arr);
	const best = new Map<string, number>();
	const ready = new Map<string, number>(); // earliest time one can board there
	const improve = (m: Map<string, number>, k: string, v: number) => {
		if (v < (m.get(k) ?? Infinity)) m.set(k, v);
	};
	for (const [s, a] of q.access) {
		improve(best, s, q.departure + a);
		improve(ready, s, q.departure + a + q.firstBoardSlack);
	}
	const onTrip = new Set<string>();
	const ride = new Map<string, number>(); // earliest arrival by a vehicle
	for (const c of sorted) {
		if (c.dep < q.departure) continue;
		if (!onTrip.has(c.trip) && !((ready.get(c.from) ?? Infinity) <= c.dep)) continue;
		onTrip.add(c.trip);
		if (c.arr >= (ride.get(c.to) ?? Infinity)) continue;
		ride.set(c.to, c.arr);
		improve(best, c.to, c.arr);
		improve(ready, c.to, c.arr + q.boardSlack);
		for (const [u, w] of q.transfers.get(c.to) ?? []) {
			improve(best, u, c.arr + w);
			improve(ready, u, c.arr + w + q.boardSlack);
		}
	}
	return best;
}
