import type { AccessAnswer } from './enums';

/**
 * Wheelchair access as a business describes it, in A11yJSON's terms (entrance `isLevel`, restroom
 * `isAccessibleWithWheelchair`), kept as tags of the place (`a11y:…=true|false`; not known: no tag),
 * and the map's one wheelchair level derived from them the way OSM's `wheelchair=*` reads:
 * step-free entrance and toilet → yes; step-free entrance only → limited; steps → no.
 */
export const ENTRANCE_TAG = 'a11y:entrance.isLevel';
export const TOILET_TAG = 'a11y:restroom.isAccessibleWithWheelchair';

export interface AccessDetails {
	step_free_entrance: AccessAnswer;
	accessible_toilet: AccessAnswer;
}

export function wheelchairLevel(d: AccessDetails): 'yes' | 'limited' | 'no' | 'unknown' {
	if (d.step_free_entrance === 'no') return 'no';
	if (d.step_free_entrance === 'unknown') return 'unknown';
	return d.accessible_toilet === 'yes' ? 'yes' : 'limited';
}

const answerTag = (tag: string, a: AccessAnswer) =>
	a === 'unknown' ? [] : [`${tag}=${a === 'yes' ? 'true' : 'false'}`];

/** The place's tags with the access details replaced (other tags are kept as they are). */
export function withAccessTags(tags: readonly string[], d: AccessDetails): string[] {
	return [
		...tags.filter((t) => !t.startsWith('a11y:')),
		...answerTag(ENTRANCE_TAG, d.step_free_entrance),
		...answerTag(TOILET_TAG, d.accessible_toilet)
	];
}

function answerOf(tags: readonly string[], tag: string): AccessAnswer {
	if (tags.includes(`${tag}=true`)) return 'yes';
	if (tags.includes(`${tag}=false`)) return 'no';
	return 'unknown';
}

/** The access details a place's tags carry (not known when absent). */
export function accessFromTags(tags: readonly string[] | null | undefined): AccessDetails {
	const t = tags ?? [];
	return {
		step_free_entrance: answerOf(t, ENTRANCE_TAG),
		accessible_toilet: answerOf(t, TOILET_TAG)
	};
}
