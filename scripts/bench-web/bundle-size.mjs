/**
 * Initial JavaScript of the map page: every script the server-rendered HTML of `/` loads
 * (modulepreload links and the inline start script's imports), gzip -9, with and without MapLibre.
 * MapLibre must not be among them: it is imported dynamically after the first paint.
 *   QK_BUILD_DIR=build node scripts/bench-web/bundle-size.mjs
 */
import { readFileSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from './server.mjs';

const buildDir = process.env.QK_BUILD_DIR ?? 'build';
const server = await startServer({
	port: Number(process.env.BENCH_PORT ?? 4181),
	env: { QK_DATA_DIR: process.env.QK_DATA_DIR ?? '.data/bench-web' }
});
try {
	const html = await (
		await fetch(`${server.base}/`, { headers: { 'accept-language': 'de' } })
	).text();
	// What hydration loads: the two entries, the route's nodes (node_ids in the inline start
	// script) and everything they import statically (Vite's client manifest).
	const kitDir = process.env.QK_KIT_DIR ?? '.svelte-kit';
	const manifest = JSON.parse(
		readFileSync(join(kitDir, 'output/client/.vite/manifest.json'), 'utf8')
	);
	const nodeIds = JSON.parse(html.match(/node_ids:\s*(\[[^\]]*\])/)?.[1] ?? '[]');
	const roots = Object.keys(manifest).filter(
		(k) =>
			k.endsWith('client/entry.js') ||
			k.endsWith('client-optimized/app.js') ||
			nodeIds.some((id) => k.endsWith(`client-optimized/nodes/${id}.js`))
	);
	const seen = new Set();
	const visit = (key) => {
		if (seen.has(key) || !manifest[key]) return;
		seen.add(key);
		for (const dep of manifest[key].imports ?? []) visit(dep);
	};
	roots.forEach(visit);
	const files = [...seen].map((k) => `/${manifest[k].file}`);
	const rows = files.map((p) => {
		const body = readFileSync(join(buildDir, 'client', p));
		return {
			file: p,
			raw: body.length,
			gzip: gzipSync(body, { level: 9 }).length,
			maplibre:
				/maplibre/i.test(body.toString('utf8', 0, Math.min(body.length, 400000))) &&
				body.length > 200000
		};
	});
	const initial = rows.reduce((a, r) => a + r.gzip, 0);
	const withoutMaplibre = rows.filter((r) => !r.maplibre).reduce((a, r) => a + r.gzip, 0);
	// The MapLibre chunk(s) in the build, for comparison (loaded later).
	const chunks = join(buildDir, 'client/_app/immutable/chunks');
	const maplibre = readdirSync(chunks)
		.map((f) => readFileSync(join(chunks, f)))
		.filter((b) => b.length > 300000 && b.includes('maplibre'))
		.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0);
	const css = [...html.matchAll(/<link[^>]+href="([^"]+\.css)"/g)]
		.map((m) => readFileSync(join(buildDir, 'client', new URL(m[1], `${server.base}/`).pathname)))
		.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0);
	const report = {
		page: '/',
		nodeIds,
		scripts: rows.length,
		initialJsGzipBytes: initial,
		initialJsWithoutMaplibreGzipBytes: withoutMaplibre,
		maplibreInInitial: rows.some((r) => r.maplibre),
		maplibreLazyGzipBytes: maplibre,
		cssGzipBytes: css,
		htmlGzipBytes: gzipSync(Buffer.from(html), { level: 9 }).length,
		budgetBytes: 60 * 1024,
		withinBudget: withoutMaplibre <= 60 * 1024,
		files: rows.sort((a, b) => b.gzip - a.gzip)
	};
	mkdirSync('reports/bench-web', { recursive: true });
	writeFileSync('reports/bench-web/bundle-size.json', JSON.stringify(report, null, 2));
	const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
	console.log(
		`initial JS of / (gzip): ${kb(initial)} in ${rows.length} files; without MapLibre ${kb(withoutMaplibre)} (budget 60 kB: ${report.withinBudget ? 'ok' : 'OVER'})`
	);
	console.log(
		`MapLibre in the initial load: ${report.maplibreInInitial ? 'YES' : 'no'}; lazy MapLibre chunk ${kb(maplibre)} = ${(maplibre / withoutMaplibre).toFixed(1)}× the initial JS`
	);
	console.log(`CSS ${kb(css)}, HTML ${kb(report.htmlGzipBytes)}`);
	for (const r of report.files.slice(0, 6)) console.log(`  ${kb(r.gzip).padStart(9)}  ${r.file}`);
} finally {
	await server.stop();
}
