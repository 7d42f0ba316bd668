/**
 * Reads the region's open-data files (the only file reading of the seed besides the catalogue)
 * and checks the few properties the seed uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Area, LonLat } from './geometry.ts';
import type { SeedRegion } from './region.ts';

const lonLat = z.tuple([z.number(), z.number()]).rest(z.number());
const point = z.object({ type: z.literal('Point'), coordinates: lonLat });
const area = z.union([
	z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(lonLat)) }),
	z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(lonLat))) })
]);
const collection = <P extends z.ZodType, G extends z.ZodType>(properties: P, geometry: G) =>
	z.object({ features: z.array(z.object({ properties, geometry })).min(1) });

const districtsFile = collection(
	z.object({ name: z.string(), stadtbezirk_nr_official: z.number() }),
	area
);
const outlineFile = collection(z.unknown(), area);
/** db-hafas-stations, as exported for the city. */
const stopsFile = collection(
	z.object({ id: z.string(), name: z.string(), products: z.array(z.string()) }),
	point
);
/** The NRW school list (Ministerium für Schule und Bildung). */
const schoolsFile = collection(
	z.object({
		schulname: z.string(),
		schulform: z.string(),
		strasse: z.string().nullish(),
		plz: z.string().nullish(),
		ort: z.string().nullish()
	}),
	point
);

export interface District {
	name: string;
	number: number;
	area: Area;
}
export interface Stop {
	id: string;
	name: string;
	products: string[];
	at: LonLat;
}
export interface School {
	name: string;
	type: string;
	address: string;
	at: LonLat;
}
export interface OpenData {
	districts: District[];
	outline: Area;
	stops: Stop[];
	schools: School[];
}

/** The shared data folder: `--data <dir>`, else $QK_SEED_DATA, else ../shared/data beside the repo. */
export function dataFolder(argv: string[], env: NodeJS.ProcessEnv, repoRoot: string): string {
	const i = argv.indexOf('--data');
	if (i >= 0 && argv[i + 1]) return argv[i + 1];
	return env.QK_SEED_DATA || join(repoRoot, '..', 'shared', 'data');
}

export function readOpenData(region: SeedRegion, folder: string): OpenData {
	const read = <T extends z.ZodType>(file: string, schema: T): z.infer<T> => {
		const path = join(folder, file);
		try {
			return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
		} catch (e) {
			throw new Error(`${path}: ${e instanceof Error ? e.message : e}`);
		}
	};
	const lonLatOf = (c: number[]): LonLat => [c[0], c[1]];
	const districts = read(region.files.districts, districtsFile);
	const outline = read(region.files.outline, outlineFile);
	const stops = read(region.files.stops, stopsFile);
	const schools = read(region.files.schools, schoolsFile);
	return {
		districts: districts.features.map((f) => ({
			name: f.properties.name,
			number: f.properties.stadtbezirk_nr_official,
			area: f.geometry as Area
		})),
		outline: outline.features[0].geometry as Area,
		stops: stops.features.map((f) => ({ ...f.properties, at: lonLatOf(f.geometry.coordinates) })),
		schools: schools.features.map(({ properties: p, geometry }) => ({
			name: p.schulname,
			type: p.schulform,
			address: [p.strasse, [p.plz, p.ort].filter(Boolean).join(' ')].filter(Boolean).join(', '),
			at: lonLatOf(geometry.coordinates)
		}))
	};
}
