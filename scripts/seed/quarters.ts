/**
 * The programme quarters as areas: an official district as it is (rounded), or a drawn
 * approximation. Checked: drawn ones inside the city, no quarter overlapping another.
 */
import type { MultiPolygon } from 'geojson';
import {
	areaHa,
	drawnArea,
	exteriorVertices,
	isInside,
	polygonsOf,
	roundRing,
	type Area
} from './geometry.ts';
import type { OpenData } from './open-data.ts';
import type { QuarterInput, SeedRegion } from './region.ts';

export interface Quarter extends QuarterInput {
	area: MultiPolygon;
	/** A drawn approximation, not an official boundary. */
	approximate: boolean;
}

export function buildQuarters(
	region: SeedRegion,
	data: OpenData,
	log: (line: string) => void = () => {}
): Quarter[] {
	const quarters = region.quarters.map((input): Quarter => {
		const b = input.boundary;
		if ('district' in b) {
			const district = data.districts.find((d) => d.name === b.district);
			if (!district) throw new Error(`${input.id}: no district named "${b.district}"`);
			return { ...input, area: roundedMulti(district.area), approximate: false };
		}
		const area = drawnArea(input.center, b.drawn.offsetsM, b.drawn.areaHa);
		for (const p of exteriorVertices(area)) {
			if (!isInside(p, data.outline))
				throw new Error(`${input.id}: a vertex lies outside the city`);
		}
		return { ...input, area, approximate: true };
	});
	for (const q of quarters) {
		const vertices = polygonsOf(q.area).reduce((n, rings) => n + rings[0].length - 1, 0);
		log(`[seed] quarter ${q.id}: ${areaHa(q.area).toFixed(1)} ha, ${vertices} vertices`);
	}
	for (const a of quarters) {
		for (const b of quarters) {
			if (a !== b && exteriorVertices(a.area).some((p) => isInside(p, b.area)))
				throw new Error(`${a.id} overlaps ${b.id}`);
		}
	}
	return quarters;
}

function roundedMulti(area: Area): MultiPolygon {
	return {
		type: 'MultiPolygon',
		coordinates: polygonsOf(area).map((rings) => rings.map((ring) => roundRing(ring)))
	};
}
