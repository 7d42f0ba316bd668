/**
 * The region the app is built for (a city and its programme areas), from `regions/<id>/region.json`.
 * Safe on the server and in the browser. `QK_REGION` chooses it at build time: vite.config.ts
 * reads and validates that file with ./schema.ts and defines `__QK_REGION__` (the id) and
 * `__QK_REGION_JSON__` (the file); scripts run by tsx read the file from `regions/` in the working
 * folder. Default: Bielefeld. Adding a region = a folder under regions/, no code. No zod here: this
 * module is in the map page's bundle, which has a size budget.
 */
import type { Bbox, LocalizedText, Region } from './schema';

export type { Bbox, LocalizedText, Region } from './schema';

declare const __QK_REGION__: string | undefined;
declare const __QK_REGION_JSON__: Region | undefined;

/** The chosen region's id: QK_REGION (at build time), default 'bielefeld'. */
export function chosenRegionId(): string {
	if (typeof __QK_REGION__ === 'string' && __QK_REGION__) return __QK_REGION__;
	const env = typeof process !== 'undefined' ? process.env?.QK_REGION : undefined;
	return env || 'bielefeld';
}

/** regions/<id>/region.json read from the working folder (scripts outside Vite only). */
function readRegionFile(id: string): Region {
	const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs');
	const path = `regions/${id}/region.json`;
	if (!/^[a-z][a-z0-9-]*$/.test(id) || !fs.existsSync(path)) {
		throw new Error(`QK_REGION=${id}: no file ${path}`);
	}
	return JSON.parse(fs.readFileSync(path, 'utf8')) as Region;
}

export const REGION: Region =
	typeof __QK_REGION_JSON__ === 'object' && __QK_REGION_JSON__
		? __QK_REGION_JSON__
		: readRegionFile(chosenRegionId());

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

/**
 * A region text (credits) in `locale`, else German, with the language it is in (for `lang`).
 */
export function regionText(text: LocalizedText, locale: string): { text: string; lang: string } {
	if (typeof text === 'string') return { text, lang: 'de' };
	const own = text[locale];
	return own ? { text: own, lang: locale } : { text: text.de, lang: 'de' };
}
