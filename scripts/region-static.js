/**
 * The app's static files for one region: `static/` (icons, manifest: the same for every region)
 * and `regions/<id>/static/` (the region's map layers in data/, its reachability artifacts in
 * reach/) merged into one folder beside SvelteKit's output, which svelte.config.js gives SvelteKit
 * as `files.assets`. Same URLs for every region (/data/stops.geojson, /reach/manifest.json …).
 * Runs whenever the config loads (vite dev, vite build, svelte-check): a few hundred kB copied.
 * A file in both folders is an error (a region cannot silently replace the app's own files).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, as paths relative to it. */
function files(dir, sub = '') {
	if (!existsSync(join(dir, sub))) return [];
	return readdirSync(join(dir, sub)).flatMap((name) => {
		const rel = sub ? join(sub, name) : name;
		return statSync(join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
	});
}

/**
 * Writes the merged folder for `region` under `outDir` and returns its path.
 * @param {string} region
 * @param {string} outDir
 */
export function regionStatic(region, outDir, root = process.cwd()) {
	const common = join(root, 'static');
	const own = join(root, 'regions', region, 'static');
	if (!existsSync(join(root, 'regions', region, 'region.json'))) {
		throw new Error(`QK_REGION=${region}: no folder regions/${region} with a region.json`);
	}
	const target = join(root, outDir, 'region-static', region);
	const wanted = new Map();
	for (const f of files(common)) wanted.set(f, join(common, f));
	for (const f of files(own)) {
		if (wanted.has(f)) {
			throw new Error(`regions/${region}/static/${f} would replace static/${f}: rename one`);
		}
		wanted.set(f, join(own, f));
	}
	mkdirSync(target, { recursive: true });
	for (const f of files(target)) if (!wanted.has(f)) rmSync(join(target, f));
	for (const [f, from] of wanted) {
		const to = join(target, f);
		if (existsSync(to) && statSync(to).mtimeMs >= statSync(from).mtimeMs) continue;
		mkdirSync(join(to, '..'), { recursive: true });
		cpSync(from, to, { preserveTimestamps: true });
	}
	return relative(root, target);
}
