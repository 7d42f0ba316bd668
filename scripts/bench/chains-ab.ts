/**
 * A/B of the ranked list without a Kita (issue 12), for engine work: the bench city and the
 * bench's queries (12 homes, 2,000 vacancies), another copy of src/lib/reach (QK_OLD, e.g.
 * `git archive main src/lib/reach | tar -x -C /tmp/old`, then QK_OLD=/tmp/old/src/lib/reach)
 * against the working tree, interleaved in one process, CPU-time medians, every value compared.
 * node --import tsx scripts/bench/chains-ab.ts [reps] [prof [old|new]]; run it under
 * QK_HEAVY_EXCLUSIVE=1 /work/wt/heavy. The built city is cached in /tmp/qk-chains-city.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { decodeStreets, decodeTransit } from '../../src/lib/reach/codec.ts';
import { StreetRouter } from '../../src/lib/reach/dijkstra.ts';
import { DEFAULT_SPEEDS, edgeCosts } from '../../src/lib/reach/street-graph.ts';
import { transitModelFrom } from '../../src/lib/reach/transit-model.ts';
import { rng } from '../data-build/testing/synthetic.ts';
import { buildBenchCity, snapStops, stopAccess } from './city.ts';
import { chainWorkload } from './chains.ts';
import * as NEW from '../../src/lib/reach/chains.ts';
import * as NEWC from '../../src/lib/reach/coach-chains.ts';

const OLD = process.env.QK_OLD;
if (!OLD) throw new Error('QK_OLD: the directory of the other src/lib/reach');
const OLDM = (await import(OLD + '/chains.ts')) as typeof NEW;
const OLDC = (await import(OLD + '/coach-chains.ts')) as typeof NEWC;
const REPS = Number(process.argv[2] ?? 3);
const CACHE = '/tmp/qk-chains-city.json';

let art: { streets: Uint8Array; transit: Uint8Array; model: unknown };
if (existsSync(CACHE)) {
	const j = JSON.parse(readFileSync(CACHE, 'utf8'));
	art = {
		streets: Buffer.from(j.streets, 'base64'),
		transit: Buffer.from(j.transit, 'base64'),
		model: j.model
	};
} else {
	const built = buildBenchCity();
	art = { streets: built.streets, transit: built.transit, model: built.manifest.transitModel };
	writeFileSync(
		CACHE,
		JSON.stringify({
			streets: Buffer.from(art.streets).toString('base64'),
			transit: Buffer.from(art.transit).toString('base64'),
			model: art.model
		})
	);
}
const streets = decodeStreets(art.streets).graph;
const transit = decodeTransit(art.transit).transit;
const model = transitModelFrom(art.model);
const rand = rng(7);
const ORIGINS = 40;
const originNodes = Array.from({ length: ORIGINS }, () => Math.floor(rand() * streets.nodeCount));
const lonLat = (n: number) => ({
	lon: streets.nodeLon[n] + 0.0002,
	lat: streets.nodeLat[n] + 0.0001
});
const walkCosts = edgeCosts(streets, 'walk', DEFAULT_SPEEDS);
const router = new StreetRouter(streets);
const CUT = 45 * 60;
const walkSpeed = DEFAULT_SPEEDS.walk / 3.6;
const { stopSnaps } = snapStops(streets, transit, walkCosts);
const access = stopAccess(
	streets,
	transit,
	{ costs: walkCosts, speedMs: walkSpeed, cutSeconds: CUT },
	router,
	stopSnaps,
	originNodes,
	rand
);
const placeNodes = Array.from({ length: 10000 }, () => Math.floor(rand() * streets.nodeCount));
const N = 2000;
const plon = placeNodes.slice(0, N).map((n) => streets.nodeLon[n] + 0.0003);
const plat = placeNodes.slice(0, N).map((n) => streets.nodeLat[n]);
const { ps, start, hours, end, vacancies } = chainWorkload(transit, { lon: plon, lat: plat }, rand);
const options = {
	maxRounds: model.maxVehicles,
	walkSpeedMs: walkSpeed,
	wheelchair: false,
	boardSlack: model.transferSlackSeconds,
	firstBoardSlack: model.firstBoardSlackSeconds
};
const homes = access.slice(0, 12);
const queries = homes.map((h) => ({
	options,
	home: { stops: h.stops, seconds: h.secs },
	places: ps,
	vacancies
}));
const lon = Float64Array.from(plon);
const lat = Float64Array.from(plat);
const coachHomes = originNodes.slice(0, 12).map(lonLat);
const coachReq = (i: number) => ({
	home: coachHomes[i],
	stepFree: false,
	lon,
	lat,
	start,
	end,
	weekend: new Uint8Array(N),
	dayHours: hours
});

const engines = { old: new OLDM.ChainEngine(transit), new: new NEW.ChainEngine(transit) };
const coaches = {
	old: new OLDC.CoachChains(transit, model),
	new: new NEWC.CoachChains(transit, model)
};
const cpu = () => process.cpuUsage().user / 1000;
const times: Record<string, number[]> = { eold: [], enew: [], cold: [], cnew: [] };
let diffs = 0;
let values = 0;
const same = (a: NEW.ChainResult, b: NEW.ChainResult) => {
	for (const k of ['toWork', 'back', 'slackTo', 'slackBack', 'flags'] as const)
		for (let v = 0; v < a[k].length; v++) {
			values++;
			if (!Object.is(a[k][v], b[k][v])) {
				if (diffs < 10) console.log('DIFF', k, v, a[k][v], b[k][v], start[v], end[v]);
				diffs++;
			}
		}
};
for (let rep = 0; rep < REPS; rep++)
	for (let i = 0; i < queries.length; i++) {
		const order = (rep + i) % 2 ? ['old', 'new'] : ['new', 'old'];
		const res: Record<string, NEW.ChainResult> = {};
		for (const w of order as ('old' | 'new')[]) {
			let t = cpu();
			res['e' + w] = engines[w].compute(queries[i]);
			times['e' + w].push(cpu() - t);
			t = cpu();
			res['c' + w] = coaches[w].compute(coachReq(i));
			times['c' + w].push(cpu() - t);
		}
		same(res.eold, res.enew);
		same(res.cold, res.cnew);
	}
const med = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(
	`engine old ${med(times.eold).toFixed(1)} new ${med(times.enew).toFixed(1)} ms CPU (${(med(times.eold) / med(times.enew)).toFixed(2)}x); ` +
		`worker path old ${med(times.cold).toFixed(1)} new ${med(times.cnew).toFixed(1)} (${(med(times.cold) / med(times.cnew)).toFixed(2)}x); ` +
		`${values} values, ${diffs} differ`
);
if (process.argv[3] === 'prof') {
	const which = (process.argv[4] ?? 'new') as 'old' | 'new';
	const t = cpu();
	for (let rep = 0; rep < 5; rep++)
		for (let i = 0; i < queries.length; i++) engines[which].compute(queries[i]);
	console.log(which, 'engine only', ((cpu() - t) / 5 / queries.length).toFixed(1), 'ms');
}
