import { describe, expect, it } from 'vitest';
import { formatReachQuery, parseReachQuery, withoutReachParams, type LinkSettings } from './link';

const settings: LinkSettings = {
	mode: 'bike',
	accessible: true,
	timeKind: 'arrive',
	clock: '08:00',
	worst: false,
	speeds: { walk: 4.5, wheelchair: 3.6, bike: 18 }
};

describe('the link is the plan', () => {
	it('writes every setting beside the filters and reads them back', () => {
		const q = formatReachQuery(settings, '?kinds=vacancy&working_time=part_time');
		expect(q).toBe(
			'?kinds=vacancy&working_time=part_time&mode=bike&step_free=1&time=arrive&at=08:00&worst=0&walk_kmh=4.5&wheelchair_kmh=3.6&bike_kmh=18'
		);
		expect(parseReachQuery(q)).toEqual(settings);
	});

	it('replaces its own parameters instead of repeating them', () => {
		const once = formatReachQuery(settings, '?kinds=vacancy');
		const twice = formatReachQuery({ ...settings, mode: 'walk' }, once);
		expect(twice.match(/mode=/g)).toHaveLength(1);
		expect(parseReachQuery(twice).mode).toBe('walk');
	});

	it('drops bad values and keeps the good ones', () => {
		expect(
			parseReachQuery('mode=car&step_free=yes&time=arrive&at=25:00&worst=1&bike_kmh=99&walk_kmh=3')
		).toEqual({ timeKind: 'arrive', worst: true, speeds: { walk: 3 } });
		expect(parseReachQuery('')).toEqual({});
		expect(parseReachQuery('walk_kmh=&at=8:00')).toEqual({});
	});

	it('leaves only the filters for the map parser', () => {
		const q = new URLSearchParams(formatReachQuery(settings, '?kinds=vacancy'));
		expect(withoutReachParams(q).toString()).toBe('kinds=vacancy');
	});

	it('never carries the origin', () => {
		expect(formatReachQuery(settings, '')).not.toMatch(/von|lat|lon/);
	});
});
