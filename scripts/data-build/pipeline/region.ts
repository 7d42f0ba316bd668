/**
 * What the pipeline needs to know about the region it builds for — the one place with
 * region-specific values. A region folder (regions/<name>/) will feed this shape; until then
 * Bielefeld is the default.
 */

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

/** Bielefeld: the three quarters the map is about (centres from quarters_reference.json). */
export const BIELEFELD: PipelineRegion = {
	name: 'Bielefeld',
	areas: [
		{ name: 'Sennestadt', lat: 51.9456, lon: 8.5859 },
		{ name: 'Sieker-Mitte', lat: 52.0064, lon: 8.5668 },
		{ name: 'Baumheide', lat: 52.0458, lon: 8.5938 }
	],
	coverage: { radiusMeters: 1000, minNodes: 20 },
	extractHint: 'see src/lib/reach/README.md'
};

export const DEFAULT_REGION = BIELEFELD;
