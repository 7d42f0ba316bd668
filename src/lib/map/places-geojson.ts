/**
 * Places as the GeoJSON points MapView draws: position, and `id`, `kind`, `title` to show, plus
 * `offset` (pixels): places on exactly the same spot (a vacancy at its employer's address) are
 * set around it on a small circle, so none hides under another's marker.
 */
export function placesGeoJson(
	places: { id: string; kind: string; title: string; lon: number; lat: number }[]
): GeoJSON.FeatureCollection<GeoJSON.Point> {
	const spots = new Map<string, number>();
	for (const p of places) spots.set(`${p.lon},${p.lat}`, (spots.get(`${p.lon},${p.lat}`) ?? 0) + 1);
	const seen = new Map<string, number>();
	return {
		type: 'FeatureCollection',
		features: places.map((p) => {
			const key = `${p.lon},${p.lat}`;
			const n = spots.get(key) ?? 1;
			const i = seen.get(key) ?? 0;
			seen.set(key, i + 1);
			return {
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
				properties: { id: p.id, kind: p.kind, title: p.title, offset: spotOffset(i, n) }
			};
		})
	};
}

/** Pixel offset of the i-th of n places on one spot: 0 alone, else on a circle from the top. */
export function spotOffset(i: number, n: number): [number, number] {
	if (n < 2) return [0, 0];
	// Far enough apart that 24 px icons do not cover each other.
	const r = Math.max(14, (n * 26) / (2 * Math.PI));
	const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
	return [Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))];
}
