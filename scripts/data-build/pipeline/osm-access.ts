/**
 * OSM tags → who may use a way, after the OSM wiki's conventions (Key:access and "OSM tags for
 * routing/Access restrictions", Germany): the mode's own key overrides the general one
 * (foot=* over access=*; bicycle=* over vehicle=* over access=*), `no`/`private` and the
 * restricted purposes close a way unless the mode's own key opens it again, and each highway
 * type has a default. The same rules, as a table, are in src/lib/reach/README.md.
 */
import { EdgeFlag } from '../../../src/lib/reach/street-graph';

type Default = 'yes' | 'no' | 'push';

/** highway=* → [foot, bicycle] when no access tag says otherwise. 'push': walk the bike. */
export const HIGHWAY_DEFAULTS: Readonly<Record<string, readonly [Default, Default]>> = {
	motorway: ['no', 'no'],
	motorway_link: ['no', 'no'],
	trunk: ['yes', 'yes'],
	trunk_link: ['yes', 'yes'],
	primary: ['yes', 'yes'],
	primary_link: ['yes', 'yes'],
	secondary: ['yes', 'yes'],
	secondary_link: ['yes', 'yes'],
	tertiary: ['yes', 'yes'],
	tertiary_link: ['yes', 'yes'],
	unclassified: ['yes', 'yes'],
	residential: ['yes', 'yes'],
	living_street: ['yes', 'yes'],
	service: ['yes', 'yes'],
	road: ['yes', 'yes'],
	track: ['yes', 'yes'],
	path: ['yes', 'yes'],
	pedestrian: ['yes', 'push'],
	footway: ['yes', 'push'],
	steps: ['yes', 'no'],
	corridor: ['yes', 'push'],
	platform: ['yes', 'push'],
	cycleway: ['no', 'yes'],
	bridleway: ['no', 'no'],
	busway: ['no', 'no']
};

/** Values that open a way to a mode (destination/customers: walking to a place is the point). */
const OPEN = new Set(['yes', 'designated', 'permissive', 'destination', 'customers', 'official']);
/** Values that close it: not for the public, or only for some purpose that is not ours. */
const CLOSED = new Set([
	'no',
	'private',
	'agricultural',
	'forestry',
	'delivery',
	'military',
	'use_sidepath'
]);

/** The highway type a way is routed as, or undefined when it is not for routing. */
export function routedHighway(tags: Record<string, string>): string | undefined {
	const hw = tags.highway;
	if (hw && hw in HIGHWAY_DEFAULTS) return hw;
	// platforms mapped without a highway tag
	if (!hw && (tags.railway === 'platform' || tags.public_transport === 'platform'))
		return 'platform';
	return undefined;
}

/** Whether the pipeline reads a way at all (closed ways are read too: another mode may use it). */
export function keepHighway(tags: Record<string, string>): boolean {
	return routedHighway(tags) !== undefined;
}

/** The first of the keys (most specific first) with a known value decides; else the default. */
function decide(tags: Record<string, string>, keys: string[], fallback: Default): Default {
	for (const key of keys) {
		const v = tags[key];
		if (v === undefined) continue;
		if (OPEN.has(v)) return 'yes';
		if (CLOSED.has(v)) return 'no';
		if (v === 'dismount') return 'push';
	}
	return fallback;
}

export interface WayAccess {
	foot: boolean;
	/** 'yes' ride, 'push' walk the bike (only where walking is allowed), 'no' */
	bicycle: Default;
}

export function wayAccess(tags: Record<string, string>): WayAccess | undefined {
	const hw = routedHighway(tags);
	if (!hw) return undefined;
	const [footDefault, bikeDefault] = HIGHWAY_DEFAULTS[hw];
	const motorroad = tags.motorroad === 'yes';
	const foot = decide(tags, ['foot', 'access'], motorroad ? 'no' : footDefault) === 'yes';
	let bicycle = decide(tags, ['bicycle', 'vehicle', 'access'], motorroad ? 'no' : bikeDefault);
	// A footway with bicycle=yes is ridden; pushing needs walking to be allowed.
	if (bicycle === 'push' && !foot) bicycle = 'no';
	return { foot, bicycle };
}

const BAD_SURFACE = new Set(['very_bad', 'horrible', 'very_horrible', 'impassable']);

/** Edge flags for the forward and the backward direction of a way. */
export function wayFlags(tags: Record<string, string>): [number, number] {
	const access = wayAccess(tags) ?? { foot: false, bicycle: 'no' as const };
	let f = 0;
	if (!access.foot) f |= EdgeFlag.NO_WALK;
	if (routedHighway(tags) === 'steps') f |= EdgeFlag.STEPS;
	if (access.bicycle !== 'yes') f |= EdgeFlag.NO_BIKE;
	if (access.bicycle === 'no') f |= EdgeFlag.NO_BIKE_PUSH;
	if (tags.wheelchair === 'no' || BAD_SURFACE.has(tags.smoothness ?? ''))
		f |= EdgeFlag.NO_WHEELCHAIR;
	let fwd = f;
	let bwd = f;
	const oneway = tags.oneway ?? (tags.junction === 'roundabout' ? 'yes' : 'no');
	const bikeBothWays =
		tags['oneway:bicycle'] === 'no' ||
		tags.cycleway === 'opposite' ||
		tags.cycleway === 'opposite_lane';
	// One-way streets: bikes ride one way and are pushed the other; walkers use both directions.
	if (!bikeBothWays) {
		if (oneway === 'yes' || oneway === '1' || oneway === 'true') bwd |= EdgeFlag.NO_BIKE;
		else if (oneway === '-1') fwd |= EdgeFlag.NO_BIKE;
	}
	if (tags['oneway:foot'] === 'yes') bwd |= EdgeFlag.NO_WALK;
	return [fwd, bwd];
}
