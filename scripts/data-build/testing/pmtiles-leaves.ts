/**
 * A PMTiles archive too large for its root directory, for tests of leaf directories (the writer's
 * and the offline reader's): all 2^8 × 2^8 tiles at z8, each of an odd length, whose text starts
 * with its own `x/y` (so a reader that follows a wrong leaf is caught).
 */
import { Compression, writePmtiles, type Archive } from '../pipeline/pmtiles-writer';

export function archiveWithLeaves(metadata: Record<string, unknown> = {}): Archive {
	const tiles = [];
	for (let x = 0; x < 256; x++)
		for (let y = 0; y < 256; y++)
			tiles.push({
				z: 8,
				x,
				y,
				data: new TextEncoder().encode(`${x}/${y}`.padEnd(((x * 7919 + y * 104729) % 251) + 1, '.'))
			});
	return writePmtiles(tiles, {
		minZoom: 8,
		maxZoom: 8,
		bounds: [-180, -85, 180, 85],
		center: [0, 0, 8],
		metadata,
		tileCompression: Compression.none
	});
}
