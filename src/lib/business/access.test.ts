import { describe, expect, it } from 'vitest';
import { accessFromTags, wheelchairLevel, withAccessTags } from './access';

describe('access details', () => {
	it('derives the wheelchair level as OSM reads it', () => {
		const level = (e: 'yes' | 'no' | 'unknown', t: 'yes' | 'no' | 'unknown') =>
			wheelchairLevel({ step_free_entrance: e, accessible_toilet: t });
		expect(level('yes', 'yes')).toBe('yes');
		expect(level('yes', 'no')).toBe('limited');
		expect(level('yes', 'unknown')).toBe('limited');
		expect(level('no', 'yes')).toBe('no');
		expect(level('unknown', 'yes')).toBe('unknown');
	});

	it('keeps other tags and round-trips the details', () => {
		const tags = withAccessTags(['open_wlan', 'a11y:entrance.isLevel=false'], {
			step_free_entrance: 'yes',
			accessible_toilet: 'no'
		});
		expect(tags).toEqual([
			'open_wlan',
			'a11y:entrance.isLevel=true',
			'a11y:restroom.isAccessibleWithWheelchair=false'
		]);
		expect(accessFromTags(tags)).toEqual({ step_free_entrance: 'yes', accessible_toilet: 'no' });
		expect(accessFromTags(['open_wlan'])).toEqual({
			step_free_entrance: 'unknown',
			accessible_toilet: 'unknown'
		});
	});
});
