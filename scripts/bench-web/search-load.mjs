/**
 * Search under load (issue 13, point 2): /api/places with a search term against the same request
 * without one (the map query, the baseline), 100,000 generated places, in the same run.
 *  1. the database (BENCH_DB, default qk_bench_web) as api-load.mjs makes it (shim, migrations,
 *     demo seed, generate-places.sql); BENCH_REUSE_DB=1 keeps an existing one (migrated again);
 *  2. EXPLAIN (as anon) of one word of a search: the GIN indexes of place_search must be used;
 *  3. the built app (QK_BUILD_DIR, default build) with its public caches off (every request a
 *     database query), autocannon with 16 connections: phone-sized boxes around the quarters,
 *     every request's box moved by 1 cm, once without a term and once with a term (typo, synonym,
 *     compound, quarter + word, English, Arabic), the two runs alternating twice.
 * Prints p50/p95/p99, requests/s and the ratio of the p95s; writes reports/bench-web/search-load.json.
 *   QK_BUILD_DIR=build node scripts/bench-web/search-load.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startServer } from './server.mjs';

const PG = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const DB = process.env.BENCH_DB ?? 'qk_bench_web';
const url = `${PG}/${DB}?sslmode=disable`;
const psql = (sql, db = DB) =>
	execFileSync('psql', [`${PG}/${db}?sslmode=disable`, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], {
		encoding: 'utf8'
	});
const migrate = () =>
	execFileSync('npx', ['tsx', 'scripts/db-migrate.ts', '--seed'], {
		env: { ...process.env, DATABASE_URL: url },
		stdio: 'inherit'
	});

if (!process.env.BENCH_REUSE_DB) {
	console.log(`[bench] fresh database ${DB}`);
	psql(`drop database if exists ${DB} with (force)`, 'postgres');
	psql(`create database ${DB}`, 'postgres');
	migrate();
	execFileSync(
		'psql',
		[url, '-v', 'ON_ERROR_STOP=1', '-qf', 'scripts/bench-web/generate-places.sql'],
		{ stdio: 'inherit' }
	);
} else {
	migrate();
	psql('vacuum analyze');
}
const total = Number(psql('select count(*) from public.places'));
const searchable = Number(psql('select count(*) from public.place_search'));
console.log(`[bench] places: ${total}, of them searchable (published): ${searchable}`);

// 2. The plan of one word as anon: the GIN indexes, not a scan of every row.
const plan = psql(
	`begin; set local role anon; set local search_path = public, extensions;
	 explain select place_id from public.place_search_rows s
	 where (s.search @@ '''pfleg'':*'::tsquery or s.search_text ~ 'pflege|pflegekraft'
	        or 'pflge' <% s.search_text)
	   and s.cell = any ('{858,859,860}') and s.lat between 51.935 and 51.955
	   and s.lon between 8.58 and 8.6; rollback;`
);
const gin = ['place_search_search_idx', 'place_search_text_trgm_idx'].filter((i) =>
	plan.includes(i)
);
console.log(`[sql] GIN indexes in the plan of a word as anon: ${gin.join(', ') || 'NONE'}`);
if (gin.length < 2) {
	console.log(plan);
	process.exitCode = 1;
}

// Phone-sized views (about 1.4 × 2.2 km) around the three quarters.
const views = [
	[8.58, 51.935, 8.6, 51.955],
	[8.56, 52.0, 8.58, 52.02],
	[8.585, 52.04, 8.605, 52.06],
	[8.55, 51.94, 8.57, 51.96]
];
const terms = ['pflge', 'Pflegekraft', 'Lager', 'Sennestadt Bäcker', 'cleaning', 'تنظيف'];
const baseline = views.map((v) => `/api/places?bbox=${v.join(',')}`);
const searches = views.flatMap((v) =>
	terms.map((t) => `/api/places?bbox=${v.join(',')}&q=${encodeURIComponent(t)}`)
);

/** Execution time of map_places as anon (EXPLAIN ANALYZE, warm: two calls before), per view. */
function sqlTimes(filters) {
	const times = [];
	for (const v of views) {
		for (const f of filters) {
			const call = `map_places(${v.join(',')}, '${JSON.stringify(f).replace(/'/g, "''")}'::jsonb, 2000)`;
			const out = psql(
				`begin; set local role anon; select count(*) from ${call}; select count(*) from ${call}; explain (analyze, format json) select * from ${call}; rollback;`
			);
			times.push(
				JSON.parse(out.slice(out.indexOf('['), out.lastIndexOf(']') + 1))[0]['Execution Time']
			);
		}
	}
	return times.sort((a, b) => a - b);
}

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function load(base, requestPaths, seconds, connections = 16) {
	const times = [];
	let i = 0;
	// Every request's box moved by a further 1e-7 degrees (1 cm): no two requests are the same.
	const pathFor = (n) =>
		requestPaths[n % requestPaths.length].replace(/bbox=([^&]+)/, (_, b) => {
			const d = (n + 1) * 1e-7;
			return `bbox=${b
				.split(',')
				.map((x) => (Number(x) + d).toFixed(7))
				.join(',')}`;
		});
	const instance = autocannon({
		url: base,
		connections,
		duration: seconds,
		requests: [{ setupRequest: (req) => ({ ...req, path: pathFor(i++) }) }]
	});
	instance.on('response', (_c, _s, _b, responseTime) => times.push(responseTime));
	const result = await instance;
	times.sort((a, b) => a - b);
	return {
		requests: result.requests.total,
		rps: result.requests.average,
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		p99: percentile(times, 99),
		errors: result.errors + result.timeouts + result.non2xx
	};
}
const fmt = (r) =>
	`p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s, ${r.errors} errors (${r.requests} requests)`;
const merge = (a, b) => ({
	requests: a.requests + b.requests,
	rps: (a.rps + b.rps) / 2,
	p50: (a.p50 + b.p50) / 2,
	p95: (a.p95 + b.p95) / 2,
	p99: (a.p99 + b.p99) / 2,
	errors: a.errors + b.errors
});

// SQL alone (no HTTP): each view without a term (three times) and with each term.
const sqlMap = sqlTimes([{}, {}, {}]);
const sqlSearch = sqlTimes(terms.map((q) => ({ q })));
const med = (xs) => xs[Math.floor(xs.length / 2)];
console.log(
	`[sql] map_places as anon, warm: median ${med(sqlMap).toFixed(1)} ms without a term, ${med(sqlSearch).toFixed(1)} ms with a term (${(med(sqlSearch) / med(sqlMap)).toFixed(2)}×); max ${sqlMap.at(-1).toFixed(1)} / ${sqlSearch.at(-1).toFixed(1)} ms`
);

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const port = Number(process.env.BENCH_PORT ?? 4311);
const server = await startServer({ port, env: { DATABASE_URL: url, QK_PUBLIC_CACHE: '0' } });
let map, search;
try {
	// Sanity: the searches find something (not a bench of empty answers) and say the same twice.
	const probe = await (await fetch(`${server.base}${searches[0]}`)).json();
	console.log(`[bench] ${searches[0]}: ${probe.features.length} places`);
	await load(server.base, [...baseline, ...searches], 3); // warm-up (connections, plans)
	// Alternating, so a drift of the machine's load hits both alike.
	const m1 = await load(server.base, baseline, seconds);
	const s1 = await load(server.base, searches, seconds);
	const m2 = await load(server.base, baseline, seconds);
	const s2 = await load(server.base, searches, seconds);
	map = merge(m1, m2);
	search = merge(s1, s2);
} finally {
	await server.stop();
}
console.log(`[http] map query (no term, baseline): ${fmt(map)}`);
console.log(`[http] search (term):                 ${fmt(search)}`);
console.log(
	`[http] search / map: p95 ${(search.p95 / map.p95).toFixed(2)}×, p50 ${(search.p50 / map.p50).toFixed(2)}×, req/s ${(search.rps / map.rps).toFixed(2)}×`
);
mkdirSync('reports/bench-web', { recursive: true });
writeFileSync(
	'reports/bench-web/search-load.json',
	JSON.stringify(
		{ places: total, searchable, gin, terms, sql: { sqlMap, sqlSearch }, map, search },
		null,
		2
	)
);
