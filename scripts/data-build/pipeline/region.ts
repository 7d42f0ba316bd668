/**
 * What the pipeline needs to know about the region it builds for, read from the region folder
 * (regions/<QK_REGION>/region.json); Bielefeld is the default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PipelineRegion {
	/** shown in messages: "use an extract of <name>" */
	name: string;
	/** areas the extract must cover (centres); the build refuses an extract missing one */
	areas: readonly { name: string; lon: number; lat: number }[];
	/** an area counts as covered with at least `minNodes` street nodes within `radiusMeters` */
	coverage: { radiusMeters: number; minNodes: number };
	/** [minLon, minLat, maxLon, maxLat] the streets and stops are clipped to when no --bbox is
	 *  given (undefined: the extract's own extent) */
	bbox?: readonly [number, number, number, number];
	/** where to get the data, for messages */
	extractHint: string;
}

/** The region in regions/<id>/region.json (QK_REGION, default bielefeld): its areas' centres. */
export function pipelineRegion(id = process.env.QK_REGION || 'bielefeld'): PipelineRegion {
	const config = JSON.parse(readFileSync(join('regions', id, 'region.json'), 'utf8')) as {
		name: string;
		areas: { name: string; bbox: [number, number, number, number] }[];
	};
	return {
		name: config.name,
		areas: config.areas.map(({ name, bbox: [w, s, e, n] }) => ({
			name,
			lon: (w + e) / 2,
			lat: (s + n) / 2
		})),
		coverage: { radiusMeters: 1000, minNodes: 20 },
		extractHint: 'see src/lib/reach/README.md'
	};
}

export const DEFAULT_REGION = pipelineRegion();
