import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bielefeld } from './bielefeld.ts';
import { buildSeed } from './build.ts';
import { readCatalogue } from './catalogue.ts';
import { dataFolder, readOpenData } from './open-data.ts';

const root = resolve(import.meta.dirname, '..', '..');
const folder = dataFolder([], process.env, root);
const hasData = existsSync(join(folder, bielefeld.files.stops));
if (!hasData)
	console.warn(
		`[seed] no open data at ${folder} (QK_SEED_DATA): the golden seed test does not run`
	);

describe.skipIf(!hasData)('the committed demo data', () => {
	it('is what the generator makes from the catalogue and the open data (npm run data:seed)', () => {
		const out = buildSeed(bielefeld, readOpenData(bielefeld, folder), readCatalogue(bielefeld));
		expect(out.sql).toBe(readFileSync(join(root, 'regions', 'bielefeld', 'seed.sql'), 'utf8'));
		for (const [name, body] of out.staticFiles) {
			expect(body, `regions/bielefeld/static/data/${name}`).toBe(
				readFileSync(join(root, 'regions', 'bielefeld', 'static', 'data', name), 'utf8')
			);
		}
	});

	it('is the same on every run', () => {
		const data = readOpenData(bielefeld, folder);
		const catalogue = readCatalogue(bielefeld);
		expect(buildSeed(bielefeld, data, catalogue).sql).toBe(
			buildSeed(bielefeld, data, catalogue).sql
		);
	});
});
