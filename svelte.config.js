import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { regionStatic } from './scripts/region-static.js';

const outDir = process.env.QK_KIT_DIR ?? '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// QK_BUILD_DIR / QK_KIT_DIR let several builds of one checkout run side by side.
		adapter: adapter({ out: process.env.QK_BUILD_DIR ?? 'build' }),
		outDir,
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
