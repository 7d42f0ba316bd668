/** Places as the GeoJSON points MapView draws: position, and `id`, `kind`, `title` to show. */
export function placesGeoJson(
	places: { id: string; kind: string; title: string; lon: number; lat: number }[]
): GeoJSON.FeatureCollection<GeoJSON.Point> {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
			properties: { id: p.id, kind: p.kind, title: p.title }
		}))
	};
}
