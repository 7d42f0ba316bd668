import { compile, paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideOptions } from './paraglide.config.js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { postgresJsFix } from './scripts/postgres-js-fix.ts';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	realpathSync,
	renameSync,
	rmSync,
	statSync
} from 'node:fs';
import { join, resolve } from 'node:path';
import { validateRegion } from './src/lib/region/schema.ts';
import { readAddressHeader } from './src/lib/addresses/format.ts';

// The region (regions/<id>/region.json) is chosen at build time; a broken or unknown one fails here.
const region = process.env.QK_REGION || 'bielefeld';
const regionFile = `regions/${region}/region.json`;
if (!/^[a-z][a-z0-9-]*$/.test(region) || !existsSync(regionFile)) {
	throw new Error(`QK_REGION=${region}: no file ${regionFile}`);
}
const regionConfig = validateRegion(region, JSON.parse(readFileSync(regionFile, 'utf8')));
// The region's address index, if the pipeline built one (src/lib/addresses/index.ts).
const addressFile = `regions/${region}/static/addresses/addresses.v1.bin`;
const addressIndex = existsSync(addressFile)
	? (() => {
			const h = readAddressHeader(new Uint8Array(readFileSync(addressFile)));
			return {
				url: `/addresses/addresses.v1.bin?v=${encodeURIComponent(h.builtAt)}`,
				bytes: statSync(addressFile).size,
				addresses: h.addresses,
				streets: h.streets
			};
		})()
	: null;

/**
 * `vite dev` opens the database at start, not on the first request: SvelteKit runs the server
 * hooks' init (which opens it, printing its progress) on the first request, so one is made as soon
 * as the server listens. Vitest's server does not listen and is left alone.
 */
function openDatabaseAtStart(): Plugin {
	return {
		name: 'qk-open-database-at-start',
		apply: 'serve',
		configureServer(server) {
			server.httpServer?.once('listening', () => {
				const address = server.httpServer?.address();
				if (!address || typeof address === 'string') return;
				const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
				void fetch(`http://${host}:${address.port}/healthz`).catch(() => {});
			});
		}
	};
}

/**
 * Vitest only: the messages as one module per language instead of one per message. The app's
 * build keeps one module per message (the client loads only the messages a page uses); in a test
 * file the ~1,000 message modules were imported again for every file (Vitest isolates files),
 * 10–30 s per file that touches `$lib/i18n` on this machine. Same compiler, same options, only
 * the output structure differs; every import of src/lib/i18n/paraglide/* is sent to this copy, so
 * runtime, server and messages stay one module graph. Named by a hash of its inputs.
 */
async function paraglideForTests(): Promise<Plugin> {
	const generated = resolve(paraglideOptions.outdir);
	const options = { ...paraglideOptions, outputStructure: 'locale-modules' as const };
	const hash = createHash('sha256').update(JSON.stringify(options));
	for (const f of readdirSync('messages').sort())
		hash.update(f).update(readFileSync(join('messages', f)));
	hash.update(readFileSync(join(paraglideOptions.project, 'settings.json')));
	hash.update(readFileSync('node_modules/@inlang/paraglide-js/package.json'));
	// Named by its inputs (node_modules is shared by several checkouts here): made once, never changed.
	mkdirSync('node_modules/.cache/qk-tests', { recursive: true });
	const cache = realpathSync('node_modules/.cache/qk-tests');
	const dir = join(cache, `paraglide-${hash.digest('hex').slice(0, 16)}`);
	if (!existsSync(dir)) {
		const tmp = `${dir}.tmp-${process.pid}`;
		await compile({ ...options, outdir: tmp });
		try {
			renameSync(tmp, dir);
		} catch {
			rmSync(tmp, { recursive: true, force: true }); // another run made it meanwhile
		}
	}
	return {
		name: 'qk-paraglide-locale-modules-for-tests',
		enforce: 'pre',
		async resolveId(source, importer, opts) {
			if (!source.includes('paraglide') || importer?.startsWith(dir)) return null;
			const found = await this.resolve(source, importer, { ...opts, skipSelf: true });
			if (!found || !found.id.startsWith(`${generated}/`)) return null;
			return { ...found, id: dir + found.id.slice(generated.length) };
		}
	};
}

export default defineConfig({
	plugins: [
		// Compiles messages/*.json into tree-shakable functions (src/lib/i18n/paraglide).
		// Cookie first so a chosen language sticks; URLs stay the same in every language.
		// Generated output, git-ignored; the same options as scripts/i18n-compile.js.
		paraglideVitePlugin(paraglideOptions),
		// postgres.js 3.4.9 bundled with its null-socket crash fixed (scripts/postgres-js-fix.ts).
		postgresJsFix(),
		sveltekit(),
		openDatabaseAtStart(),
		process.env.VITEST ? paraglideForTests() : null
	],
	define: {
		__QK_REGION__: JSON.stringify(region),
		__QK_REGION_JSON__: JSON.stringify(regionConfig),
		__QK_ADDRESSES__: JSON.stringify(addressIndex)
	},
	server: { host: '127.0.0.1' },
	build: {
		// Terser instead of the default oxc minifier: the map page's initial JavaScript is 2.9 kB
		// (gzip) smaller, which keeps it within the 60 kB budget (scripts/bench-web/bundle-size.mjs).
		// QK_MINIFY=oxc: Vite's own minifier, for a build that only feeds tests (npm test's second
		// region): minified too, at half the CPU time (73 instead of 131 CPU-s for the whole build).
		minify: process.env.QK_MINIFY === 'oxc' ? 'oxc' : 'terser',
		terserOptions: { module: true, compress: { passes: 2 } }
	},
	test: {
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 180_000,
		// Through Vite, so the postgres.js fix above applies in tests too.
		server: { deps: { inline: ['postgres'] } },
		// Vitest's default on two cores is one worker.
		maxWorkers: 2,
		// Three projects: `npx vitest run --project unit` / `--project db` / `--project integration`,
		// or a file path.
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/db/**/*.test.ts'],
					exclude: ['**/node_modules/**', 'tests/db/**/*.pg.test.ts']
				}
			},
			{
				extends: true,
				test: {
					// Against a real PostgreSQL (DATABASE_URL), in npm test's Vitest run (or `npm test -- db`):
					// supabase/schemas built beside the migrations and their catalogs compared.
					name: 'db',
					include: ['tests/db/**/*.pg.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					// Migrates and seeds once (a template database or a dumped PGlite); each file
					// gets its own clone (tests/integration/template.ts), so files run in parallel.
					globalSetup: ['tests/integration/global-setup.ts']
				}
			}
		]
	}
});
