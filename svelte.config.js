import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeAdapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { regionStatic } from './scripts/region-static.js';

const outDir = process.env.QK_KIT_DIR ?? '.svelte-kit';

/**
 * adapter-node, plus defaults of this app baked into the build, so that `node build` needs no
 * variable for them (issue 9, item 9): BODY_SIZE_LIMIT, the most the server reads of a request,
 * is 64M unless set (adapter-node's own default of 512K refused a 2 MB photo with a bare 413 page).
 * Forms are acted on up to 13 MB; a larger one comes back with its text and a message
 * (src/lib/server/http/body-limit.ts). The defaults are the first import of build/index.js and
 * build/handler.js, evaluated before adapter-node reads its environment (a custom server importing
 * handler.js gets them too).
 */
const DEFAULTS = `// Written by svelte.config.js: Quartierkarte's defaults for adapter-node's settings.
process.env.BODY_SIZE_LIMIT ??= '64M';
`;

/**
 * The region's data files are compressed beside the app's (adapter-node compresses html, js, json,
 * css, svg, xml and wasm only; its static server sends a .br or .gz twin when the browser takes
 * it): the stop names (185 kB → 22 kB gzip), the timetable (99 kB → 8 kB), the map's boundaries
 * and label glyphs. On a 1.6 Mbps phone line that is a second and a half before the first result.
 * Not the basemap archive (.pmtiles): it is read in byte ranges.
 * @param {string} dir
 */
function compressData(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !/\.(geojson|bin|pbf)$/.test(entry.name)) continue;
		const file = join(entry.parentPath, entry.name);
		const body = readFileSync(file);
		if (body.length < 1024) continue;
		writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
		writeFileSync(
			`${file}.br`,
			brotliCompressSync(body, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
					[constants.BROTLI_PARAM_SIZE_HINT]: body.length
				}
			})
		);
	}
}

/** @param {import('@sveltejs/adapter-node').AdapterOptions} options */
function adapter(options) {
	const inner = nodeAdapter(options);
	return {
		...inner,
		/** @param {import('@sveltejs/kit').Builder} builder */
		async adapt(builder) {
			await inner.adapt(builder);
			const out = options.out ?? 'build';
			if (options.precompress !== false) compressData(`${out}/client`);
			writeFileSync(`${out}/defaults.js`, DEFAULTS);
			// First import of both entries: evaluated before the bundle that reads the environment.
			for (const entry of ['index.js', 'handler.js']) {
				const file = `${out}/${entry}`;
				writeFileSync(file, `import './defaults.js';\n${readFileSync(file, 'utf8')}`);
			}
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// QK_BUILD_DIR / QK_KIT_DIR let several builds of one checkout run side by side.
		adapter: adapter({ out: process.env.QK_BUILD_DIR ?? 'build' }),
		outDir,
		// Registered late by the app itself (src/lib/pwa/register.ts), not at the load event.
		serviceWorker: { register: false },
		// static/ plus regions/<QK_REGION>/static/ (the region's map layers and travel-time files).
		files: { assets: regionStatic(process.env.QK_REGION || 'bielefeld', outDir) },
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'img-src': ['self', 'data:', 'blob:', 'https:'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'connect-src': ['self', 'https:'],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};

export default config;
