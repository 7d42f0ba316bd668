/**
 * A synthetic city as a data person would get it: an OSM PBF of the streets and two GTFS feeds
 * (bus and tram) shaped like real ones — the bus feed times only every third stop (plus the
 * ends), both feeds use the same stop, route, trip and service ids for different things, the
 * tram runs from frequencies.txt. Built from syntheticCity, so the timetable behind it is known.
 */
import { strToU8, zipSync } from 'fflate';
import { EdgeFlag } from '../../../src/lib/reach/street-graph';
import { writeOsmPbf } from './osm-pbf-writer';
import { syntheticCity, type SyntheticCity } from './synthetic';

export interface SyntheticFeeds {
	city: SyntheticCity;
	osm: Uint8Array;
	bus: Uint8Array;
	tram: Uint8Array;
}

const hms = (s: number) =>
	[Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
		.map((v) => String(v).padStart(2, '0'))
		.join(':');

export function syntheticFeeds(opts: Parameters<typeof syntheticCity>[0]): SyntheticFeeds {
	const city = syntheticCity(opts);
	const g = city.streets;
	const nodes = Array.from({ length: g.nodeCount }, (_, i) => ({
		id: i + 1,
		lon: g.nodeLon[i],
		lat: g.nodeLat[i]
	}));
	const ways: { id: number; refs: number[]; tags: Record<string, string> }[] = [];
	for (let n = 0; n < g.nodeCount; n++)
		for (let e = g.edgeStart[n]; e < g.edgeStart[n + 1]; e++) {
			const m = g.edgeTarget[e];
			if (m < n) continue;
			const f = g.edgeFlags[e];
			const tags: Record<string, string> = {
				highway: f & EdgeFlag.STEPS ? 'steps' : f & EdgeFlag.NO_BIKE ? 'footway' : 'residential'
			};
			if (f & EdgeFlag.HIGH_KERB) tags.wheelchair = 'no';
			ways.push({ id: ways.length + 1, refs: [n + 1, m + 1], tags });
		}
	const t = city.transit;
	const feed = (tram: boolean) => {
		const used = new Set<number>();
		const trips = ['route_id,service_id,trip_id,wheelchair_accessible'];
		const times = ['trip_id,arrival_time,departure_time,stop_id,stop_sequence'];
		const freq = ['trip_id,start_time,end_time,headway_secs,exact_times'];
		const routes = ['route_id,route_short_name,route_type'];
		for (let r = 0; r < t.routeCount; r++)
			if ((t.routeType[r] === 0) === tram)
				routes.push(`R${r},${t.routeNames[r]},${t.routeType[r]}`);
		for (let p = 0; p < t.patternCount; p++) {
			const r = t.patternRoute[p];
			if ((t.routeType[r] === 0) !== tram) continue;
			const ps = t.patternStops.subarray(t.patternStopStart[p], t.patternStopStart[p + 1]);
			ps.forEach((s) => used.add(s));
			const first = t.patternTripStart[p];
			const last = t.patternTripStart[p + 1];
			if (tram) {
				// one template trip, the rest as a frequency window at its mean headway
				const b = t.tripStopTimeStart[first];
				trips.push(`R${r},WD,T${first},1`);
				ps.forEach((s, i) =>
					times.push(
						`T${first},${hms(t.arrivals[b + i])},${hms(t.departures[b + i])},S${s},${i + 1}`
					)
				);
				const start = t.departures[b];
				const end = t.departures[t.tripStopTimeStart[last - 1]] + 1;
				const headway = Math.max(60, Math.round((end - start) / Math.max(1, last - first - 1)));
				freq.push(`T${first},${hms(start)},${hms(end)},${headway},0`);
				continue;
			}
			for (let trip = first; trip < last; trip++) {
				trips.push(`R${r},WD,T${trip},${t.tripWheelchair[trip]}`);
				const b = t.tripStopTimeStart[trip];
				ps.forEach((s, i) => {
					const timed = i === 0 || i === ps.length - 1 || i % 3 === 0;
					const a = timed ? hms(t.arrivals[b + i]) : '';
					const d = timed ? hms(t.departures[b + i]) : '';
					times.push(`T${trip},${a},${d},S${s},${i + 1}`);
				});
			}
		}
		const stops = ['stop_id,stop_name,stop_lat,stop_lon,wheelchair_boarding'];
		for (const s of [...used].sort((a, b) => a - b))
			stops.push(
				`S${s},${t.stopNames[s]},${t.stopLat[s].toFixed(7)},${t.stopLon[s].toFixed(7)},${t.stopWheelchair[s]}`
			);
		const files: Record<string, Uint8Array> = {
			'agency.txt': strToU8(
				`agency_id,agency_name,agency_url,agency_timezone\nA,${tram ? 'Synthetic Tram' : 'Synthetic Bus'},https://example.org,Europe/Berlin\n`
			),
			'stops.txt': strToU8(stops.join('\n')),
			'routes.txt': strToU8(routes.join('\n')),
			'trips.txt': strToU8(trips.join('\n')),
			'stop_times.txt': strToU8(times.join('\n')),
			'calendar.txt': strToU8(
				'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20260101,20261231\n'
			)
		};
		if (tram) files['frequencies.txt'] = strToU8(freq.join('\n'));
		return zipSync(files);
	};
	return { city, osm: writeOsmPbf(nodes, ways), bus: feed(false), tram: feed(true) };
}
