/**
 * `npm start` (after `vite build`): the production server on this machine with no extra variables.
 *
 * `node build` alone is what a deployment runs, with its settings in the environment (README,
 * Configuration). For a local try-out this launcher reads `.env` as `npm run dev` does, then fills
 * in what adapter-node would otherwise lack: it listens on 127.0.0.1:3000, and sets ORIGIN to
 * http://localhost:3000 (without ORIGIN adapter-node assumes https:// and refuses every form with
 * 403 "Cross-site POST form submissions are forbidden"). BODY_SIZE_LIMIT has its default in the
 * build itself (svelte.config.js). Whatever is set wins.
 */
import { existsSync } from 'node:fs';

if (existsSync('.env')) process.loadEnvFile('.env');
const env = process.env;
env.HOST ??= '127.0.0.1';
env.PORT ??= '3000';
const host = env.HOST === '127.0.0.1' || env.HOST === '0.0.0.0' ? 'localhost' : env.HOST;
env.ORIGIN ??= `http://${host}:${env.PORT}`;
if (!existsSync('build/index.js')) {
	console.error(
		'[start] no production build in build/: run `npm run build` first (npm start does).'
	);
	process.exit(1);
}
console.log(`[start] Quartierkarte on ${env.ORIGIN} (open this address: forms check it)`);
await import(new URL('../build/index.js', import.meta.url).href);
