/**
 * Load test of the map API against PostgreSQL with 100,000 generated places.
 *  1. a scratch database (BENCH_DB, default qk_bench_web) on the local PostgreSQL: shim,
 *     migrations, demo seed, generate-places.sql;
 *  2. SQL: the bbox-and-filters query with the GiST index vs. without index scans (baseline);
 *  3. the built app on 127.0.0.1 (DATABASE_URL = that database), autocannon for 15 s each:
 *     with its public caches off (every request a database query), then as shipped: /healthz
 *     (HTTP floor), new boxes (each request's box moved by 1 cm: cut out of snapped boxes) and
 *     24 repeated views (public cache), all with a phone-sized bbox and filters.
 * Prints p50/p95/p99 latency, requests/s, errors and ratios; writes reports/bench-web/api-load.json.
 *   QK_BUILD_DIR=build node scripts/bench-web/api-load.mjs
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

if (!process.env.BENCH_REUSE_DB) {
	console.log(`[bench] fresh database ${DB}`);
	psql(`drop database if exists ${DB} with (force)`, 'postgres');
	psql(`create database ${DB}`, 'postgres');
	execFileSync('npx', ['tsx', 'scripts/db-migrate.ts', '--seed'], {
		env: { ...process.env, DATABASE_URL: url },
		stdio: 'inherit'
	});
	const t = performance.now();
	execFileSync(
		'psql',
		[url, '-v', 'ON_ERROR_STOP=1', '-qf', 'scripts/bench-web/generate-places.sql'],
		{ stdio: 'inherit' }
	);
	console.log(`[bench] generated places in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const total = Number(psql('select count(*) from public.places'));
console.log(`[bench] places in the database: ${total}`);

// Phone-sized views (about 1.4 × 2.2 km) around the three quarters, with the filters people use.
const views = [
	[8.58, 51.935, 8.6, 51.955],
	[8.56, 52.0, 8.58, 52.02],
	[8.585, 52.04, 8.605, 52.06],
	[8.55, 51.94, 8.57, 51.96]
];
const filters = [
	'kinds=vacancy&working_time=part_time',
	'wheelchair=1',
	'kinds=support_service,learning_place&free_only=1',
	'q=Lager',
	'languages=tr,ar&kinds=vacancy,support_service',
	''
];
const paths = views.flatMap((v) =>
	filters.map((f) => `/api/places?bbox=${v.join(',')}${f ? `&${f}` : ''}`)
);

// SQL: the same query with and without the spatial index (baseline in the same run).
function sqlTiming(setup) {
	const times = [];
	for (let i = 0; i < 3; i++) {
		for (const [j, v] of views.entries()) {
			const f = JSON.stringify({
				kinds: ['vacancy'],
				working_time: ['part_time'],
				...(j % 2 ? { wheelchair: true } : {})
			});
			// Twice before in the same session: the measured run uses the connection's cached plan,
			// as on a pooled server connection.
			const call = `map_places(${v.join(',')}, '${f}'::jsonb, 2000)`;
			const out = psql(
				`begin; ${setup} set local role anon; select count(*) from ${call}; select count(*) from ${call}; explain (analyze, format json) select * from ${call}; rollback;`
			);
			times.push(
				JSON.parse(out.slice(out.indexOf('['), out.lastIndexOf(']') + 1))[0]['Execution Time']
			);
		}
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)], max: times[times.length - 1] };
}
const withIndex = sqlTiming('');
const withoutIndex = sqlTiming(
	'set local enable_indexscan = off; set local enable_bitmapscan = off;'
);
console.log(
	`[sql] map_places (warm) median ${withIndex.median.toFixed(1)} ms with places_map_idx, ${withoutIndex.median.toFixed(1)} ms without index scans (${(withoutIndex.median / withIndex.median).toFixed(1)}× slower)`
);

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * `mode`: 'same' — the paths as they are; 'unique' — every request's box moved by a further
 * 1e-7 degrees (1 cm), so no two requests share an exact query; 'random' — every request a
 * phone-sized box (0.02 × 0.02 degrees) anywhere in the generated area, with one of the filter
 * sets (a deterministic sequence), so grid boxes are met for the first time all along.
 */
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
async function load(base, requestPaths, seconds = 15, connections = 16, mode = 'same') {
	const times = [];
	let i = 0;
	const pathFor = (n) => {
		const path = requestPaths[n % requestPaths.length];
		if (mode === 'same') return path;
		if (mode === 'random') {
			const w = 8.5 + random() * 0.14;
			const s = 51.91 + random() * 0.15;
			return path.replace(
				/bbox=([^&]+)/,
				`bbox=${[w, s, w + 0.02, s + 0.02].map((x) => x.toFixed(5)).join(',')}`
			);
		}
		const d = (n + 1) * 1e-7;
		return path.replace(/bbox=([^&]+)/, (_, b) => {
			const [w, s, e, nn] = b.split(',').map(Number);
			return `bbox=${[w + d, s + d, e + d, nn + d].map((x) => x.toFixed(7)).join(',')}`;
		});
	};
	const instance = autocannon({
		url: base,
		connections,
		duration: seconds,
		requests: [{ setupRequest: (req) => ({ ...req, path: pathFor(i++) }) }]
	});
	instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
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

const port = Number(process.env.BENCH_PORT ?? 4182);
const fmt = (r) =>
	`p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s, ${r.errors} errors (${r.requests} requests)`;
const goal = (r) =>
	`p95 ≤ 30 ms: ${r.p95 <= 30 ? 'ok' : 'MISSED'}; ≥ 500 req/s: ${r.rps >= 500 ? 'ok' : 'MISSED'}; zero errors: ${r.errors === 0 ? 'ok' : 'MISSED'}`;

// 1. The server with its public caches switched off: every request is a database query.
let database;
{
	const server = await startServer({ port, env: { DATABASE_URL: url, QK_PUBLIC_CACHE: '0' } });
	try {
		await load(server.base, paths, 3, 16, 'unique'); // warm-up (connections, plans)
		database = await load(server.base, paths, 15, 16, 'unique');
	} finally {
		await server.stop();
	}
}
console.log(`[http] /api/places, caches off, every request a new box (database): ${fmt(database)}`);

// 2. The server as shipped.
const server = await startServer({ port, env: { DATABASE_URL: url } });
try {
	await load(server.base, paths, 3, 16, 'unique'); // warm-up
	const floor = await load(server.base, ['/healthz']);
	// Every request a new box, as when a map is panned: cut out of cached grid-aligned boxes.
	const panned = await load(server.base, paths, 15, 16, 'unique');
	// Random boxes all over the area: most grid boxes are met for the first time (cold cache).
	const scattered = await load(server.base, paths, 15, 16, 'random');
	// The same 24 views again and again (a popular link, the quarters' default views).
	const repeated = await load(server.base, paths);
	console.log(`[http] /healthz floor: ${fmt(floor)}`);
	console.log(`[http] /api/places, every request a new box (snapped boxes): ${fmt(panned)}`);
	console.log(`[http] /api/places, random boxes all over the area (cold): ${fmt(scattered)}`);
	console.log(`[http] /api/places, 24 repeated views (public cache): ${fmt(repeated)}`);
	console.log(
		`[http] req/s vs the database: new boxes ${(panned.rps / database.rps).toFixed(1)}×, repeated views ${(repeated.rps / database.rps).toFixed(1)}×; floor ${(floor.rps / database.rps).toFixed(1)}×`
	);
	console.log(`[goal] database (caches off): ${goal(database)}`);
	console.log(`[goal] new boxes:             ${goal(panned)}`);
	console.log(`[goal] random boxes (cold):   ${goal(scattered)}`);
	console.log(`[goal] repeated views:        ${goal(repeated)}`);
	console.log('[bench] chart: reports/bench-web/api-load.svg');
	mkdirSync('reports/bench-web', { recursive: true });
	writeFileSync(
		'reports/bench-web/api-load.svg',
		chart([
			['/healthz (floor)', floor],
			['database (caches off)', database],
			['new box each time', panned],
			['random boxes (cold)', scattered],
			['repeated views', repeated]
		])
	);
	writeFileSync(
		'reports/bench-web/api-load.json',
		JSON.stringify(
			{
				places: total,
				sql: { withIndex, withoutIndex },
				floor,
				database,
				panned,
				scattered,
				repeated
			},
			null,
			2
		)
	);
} finally {
	await server.stop();
}

/** A small bar chart (req/s and p95 against the goals) for the report: reports/bench-web/api-load.svg. */
function chart(rows) {
	const W = 640;
	const bar = (x, y, w, fill) =>
		`<rect x="${x}" y="${y}" width="${Math.max(1, w).toFixed(1)}" height="18" fill="${fill}"/>`;
	const text = (x, y, t, extra = '') =>
		`<text x="${x}" y="${y}" font-family="sans-serif" font-size="12" ${extra}>${t}</text>`;
	const maxRps = Math.max(500, ...rows.map(([, r]) => r.rps));
	const maxP95 = Math.max(30, ...rows.map(([, r]) => r.p95));
	const scaleR = 340 / maxRps;
	const scaleP = 340 / maxP95;
	const parts = [
		text(
			10,
			20,
			`/api/places with ${total.toLocaleString('en')} places: requests per second (goal ≥ 500)`,
			'font-weight="bold"'
		)
	];
	rows.forEach(([label, r], i) => {
		const y = 34 + i * 26;
		parts.push(
			text(10, y + 13, label),
			bar(230, y, r.rps * scaleR, '#1f6feb'),
			text(236 + r.rps * scaleR, y + 13, r.rps.toFixed(0))
		);
	});
	parts.push(
		`<line x1="${230 + 500 * scaleR}" y1="28" x2="${230 + 500 * scaleR}" y2="${34 + rows.length * 26}" stroke="#b00" stroke-dasharray="4 3"/>`
	);
	const top = 54 + rows.length * 26;
	parts.push(text(10, top, 'p95 latency in ms, 16 connections (goal ≤ 30)', 'font-weight="bold"'));
	rows.forEach(([label, r], i) => {
		const y = top + 14 + i * 26;
		parts.push(
			text(10, y + 13, label),
			bar(230, y, r.p95 * scaleP, '#8250df'),
			text(236 + r.p95 * scaleP, y + 13, r.p95.toFixed(1))
		);
	});
	parts.push(
		`<line x1="${230 + 30 * scaleP}" y1="${top + 8}" x2="${230 + 30 * scaleP}" y2="${top + 14 + rows.length * 26}" stroke="#b00" stroke-dasharray="4 3"/>`
	);
	const H = top + 24 + rows.length * 26;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>\n`;
}
