import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EdgeFlag } from '../../../src/lib/reach/street-graph';
import { HIGHWAY_DEFAULTS, keepHighway, wayAccess, wayFlags } from './osm-access';

describe('OSM access rules (OSM wiki: Key:access, access restrictions for Germany)', () => {
	it.each([
		// [tags, walkers, bikes]
		[{ highway: 'residential' }, true, 'yes'],
		[{ highway: 'service', access: 'no', foot: 'yes' }, true, 'no'],
		[{ highway: 'service', access: 'private' }, false, 'no'],
		[{ highway: 'service', access: 'private', foot: 'permissive' }, true, 'no'],
		[{ highway: 'track', access: 'agricultural' }, false, 'no'],
		[{ highway: 'track', motor_vehicle: 'agricultural' }, true, 'yes'],
		[{ highway: 'service', access: 'destination' }, true, 'yes'],
		[{ highway: 'residential', access: 'customers' }, true, 'yes'],
		[{ highway: 'footway' }, true, 'push'],
		[{ highway: 'footway', bicycle: 'yes' }, true, 'yes'],
		[{ highway: 'footway', foot: 'no' }, false, 'no'],
		[{ highway: 'pedestrian', area: 'yes' }, true, 'push'],
		[{ highway: 'platform' }, true, 'push'],
		[{ railway: 'platform' }, true, 'push'],
		[{ public_transport: 'platform' }, true, 'push'],
		[{ highway: 'cycleway' }, false, 'yes'],
		[{ highway: 'cycleway', foot: 'designated', segregated: 'no' }, true, 'yes'],
		[{ highway: 'path' }, true, 'yes'],
		[{ highway: 'path', bicycle: 'no' }, true, 'no'],
		[{ highway: 'steps' }, true, 'no'],
		[{ highway: 'motorway' }, false, 'no'],
		[{ highway: 'trunk' }, true, 'yes'],
		[{ highway: 'trunk', motorroad: 'yes' }, false, 'no'],
		[{ highway: 'primary', foot: 'use_sidepath', bicycle: 'use_sidepath' }, false, 'no'],
		[{ highway: 'residential', vehicle: 'no' }, true, 'no'],
		[{ highway: 'residential', vehicle: 'no', bicycle: 'yes' }, true, 'yes'],
		[{ highway: 'residential', bicycle: 'dismount' }, true, 'push'],
		[{ highway: 'bridleway' }, false, 'no']
	] as const)('%o → walk %s, bike %s', (tags, foot, bicycle) => {
		expect(wayAccess(tags)).toEqual({ foot, bicycle });
	});

	it('reads every highway type of the table and platforms, and nothing else', () => {
		expect(keepHighway({ highway: 'service', access: 'no' })).toBe(true); // foot=* may open it
		expect(keepHighway({ highway: 'construction' })).toBe(false);
		expect(keepHighway({ waterway: 'river' })).toBe(false);
		expect(keepHighway({ railway: 'platform' })).toBe(true);
	});

	it('one-way streets: bikes ride one way and push back, walkers use both', () => {
		const [fwd, bwd] = wayFlags({ highway: 'residential', oneway: 'yes' });
		expect(fwd & EdgeFlag.NO_BIKE).toBe(0);
		expect(bwd & EdgeFlag.NO_BIKE).toBe(EdgeFlag.NO_BIKE);
		expect((fwd | bwd) & EdgeFlag.NO_WALK).toBe(0);
		const [f2, b2] = wayFlags({ highway: 'residential', oneway: 'yes', 'oneway:bicycle': 'no' });
		expect((f2 | b2) & EdgeFlag.NO_BIKE).toBe(0);
	});

	it('src/lib/reach/README.md lists the same defaults per highway type', () => {
		const md = readFileSync('src/lib/reach/README.md', 'utf8');
		const rows = new Map<string, [string, string]>();
		for (const m of md.matchAll(
			/^\| `([a-z_]+)`(?:, `([a-z_]+)`)* \| (yes|no) \| (yes|no|push) \|/gm
		)) {
			const line = m[0];
			for (const hw of line.match(/`([a-z_]+)`/g) ?? [])
				rows.set(hw.replaceAll('`', ''), [m[3], m[4]]);
		}
		expect(Object.fromEntries(rows)).toEqual(
			Object.fromEntries(Object.entries(HIGHWAY_DEFAULTS).map(([k, v]) => [k, [...v]]))
		);
	});
});
