import { describe, expect, it } from 'vitest';
import { ReachSettings } from './reach-settings.svelte';

const stored = (v: unknown) => JSON.stringify(v);

describe('ReachSettings.restore', () => {
	it('takes every valid field and leaves a bad one at its default', () => {
		const s = new ReachSettings();
		s.restore(
			stored({
				origin: { lat: 51.95, lon: 8.58 },
				originName: 'Zuhause',
				mode: 'teleport',
				accessible: true,
				timeKind: 'window',
				clock: '25:00',
				worst: 'yes',
				speeds: { walk: 5, wheelchair: 99, bike: 20 }
			}),
			''
		);
		expect(s.origin).toEqual({ lat: 51.95, lon: 8.58 });
		expect(s.originName).toBe('Zuhause');
		expect(s.mode).toBe('transit');
		expect(s.accessible).toBe(true);
		expect(s.timeKind).toBe('window');
		expect(s.clock).toBe('07:30');
		expect(s.worst).toBe(false);
		expect(s.speeds).toEqual({ walk: 5, wheelchair: 3.6, bike: 20 });
	});

	it('ignores an origin outside the area, broken JSON and a non-object', () => {
		for (const raw of [stored({ origin: { lat: 48.1, lon: 11.6 } }), '{not json', '[1,2]', null]) {
			const s = new ReachSettings();
			s.restore(raw, '');
			expect(s.origin).toBeNull();
			expect(s.mode).toBe('transit');
		}
	});

	it('prefers the origin in the fragment (a link) over the stored one, rounded to 5 decimals', () => {
		const s = new ReachSettings();
		s.restore(
			stored({ origin: { lat: 51.95, lon: 8.58 }, originName: 'Zuhause' }),
			'#von=52.0064012,8.5668'
		);
		expect(s.origin).toEqual({ lat: 52.0064, lon: 8.5668 });
		expect(s.originName).not.toBe('Zuhause');
	});

	it('round-trips through serialise', () => {
		const a = new ReachSettings();
		a.setOrigin({ lat: 52.01, lon: 8.55 }, 'Sennestadthaus');
		a.mode = 'bike';
		a.speeds.bike = 18;
		const b = new ReachSettings();
		b.restore(a.serialise(), '');
		expect(b.serialise()).toBe(a.serialise());
		expect(b.request?.mode).toBe('bike');
		expect(b.request?.speeds?.bike).toBe(18);
	});

	it('takes the settings a link names over the stored ones, and writes them back', () => {
		const s = new ReachSettings();
		s.restore(
			stored({ mode: 'walk', timeKind: 'depart', clock: '07:30', speeds: { bike: 12 } }),
			'#von=51.94562,8.58588',
			'?kinds=vacancy&mode=bike&time=arrive&at=08:00&step_free=1&bike_kmh=18'
		);
		expect(s.mode).toBe('bike');
		expect(s.timeKind).toBe('arrive');
		expect(s.clock).toBe('08:00');
		expect(s.accessible).toBe(true);
		expect(s.speeds.bike).toBe(18);
		expect(s.origin).toEqual({ lat: 51.94562, lon: 8.58588 });
		const q = s.linkQuery('?kinds=vacancy');
		expect(q).toContain('mode=bike');
		expect(q).not.toContain('51.9');
	});
});
