import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
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
