/**
 * The region the app is built for (a city and its programme areas), from `regions/<id>/region.json`.
 * Safe on the server and in the browser: the JSON files are imported at build time and the choice
 * is `QK_REGION` at build time (vite.config.ts validates the file with ./schema.ts and defines
 * `__QK_REGION__`; scripts run by tsx read the environment). Default: Bielefeld. Adding a region =
 * a folder under regions/ plus one line in REGIONS. No zod here: this module is in the map page's
 * bundle, which has a size budget; region.test.ts checks every file against the schema.
 */
import bielefeld from '../../../regions/bielefeld/region.json' with { type: 'json' };
import type { Bbox, Region } from './schema';

export type { Bbox, Region } from './schema';

/** Every region file, by folder name. */
export const REGIONS: Record<string, unknown> = { bielefeld };

declare const __QK_REGION__: string | undefined;

/** The chosen region's id: QK_REGION (at build time), default 'bielefeld'. */
export function chosenRegionId(): string {
	if (typeof __QK_REGION__ === 'string' && __QK_REGION__) return __QK_REGION__;
	const env = typeof process !== 'undefined' ? process.env?.QK_REGION : undefined;
	return env || 'bielefeld';
}

function pick(id: string): Region {
	const raw = REGIONS[id];
	if (raw === undefined) {
		throw new Error(`QK_REGION=${id}: no such region (known: ${Object.keys(REGIONS).join(', ')})`);
	}
	return raw as Region;
}

export const REGION: Region = pick(chosenRegionId());

/** IANA time zone of the region (all wall-clock times). */
export const TIME_ZONE = REGION.timeZone;
/** West, south, east, north around the programme areas with a margin. */
export const PROGRAMME_BBOX: Bbox = REGION.programmeBbox;

/** The city with a margin, as named edges: a business pin outside is refused. */
export const CITY_BBOX = {
	west: REGION.cityBbox[0],
	south: REGION.cityBbox[1],
	east: REGION.cityBbox[2],
	north: REGION.cityBbox[3]
};
