import { chosenRegionId } from '$lib/region';

/**
 * The files of the chosen region that server code reads (regions/<id>/static/data/stops.geojson
 * and ATTRIBUTION.json, the travel-time manifest reach/manifest.json), bundled at build time for every region folder and picked by QK_REGION.
 * The browser fetches the same files by URL (/data/…).
 */
const FILES = import.meta.glob(
	'/regions/*/static/{data/stops.geojson,data/ATTRIBUTION.json,reach/manifest.json}',
	{ query: '?raw', import: 'default', eager: true }
) as Record<string, string>;

/** A file of the chosen region's static folder ('data/stops.geojson'); throws if it has none. */
export function regionFile(
	name: 'data/stops.geojson' | 'data/ATTRIBUTION.json' | 'reach/manifest.json'
): string {
	const path = `/regions/${chosenRegionId()}/static/${name}`;
	const text = FILES[path];
	if (text === undefined) throw new Error(`${path.slice(1)} is missing: every region ships it`);
	return text;
}
