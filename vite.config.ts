import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		// Integration tests open one database each; the embedded one takes seconds to start.
		testTimeout: 120_000,
		hookTimeout: 180_000,
		fileParallelism: false
	}
});
