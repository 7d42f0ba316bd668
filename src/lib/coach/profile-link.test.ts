import { describe, expect, it } from 'vitest';
import { REGION } from '$lib/region';
import { formatSheetHash } from './sheet-link';
import type { ClientProfile } from './client-profile';
import { QUARTER_IDS } from '$lib/places/kinds';
import { parseMapQuery } from '$lib/places/url-parse';
import { formToParams, toQueryString } from '$lib/places/url-state';
import { formatProfileHash, formatProfileLink, parseProfileHash } from './profile-link';

const [minLon, minLat, maxLon, maxLat] = REGION.originBounds;
const inside = {
	lat: Math.round(((minLat + maxLat) / 2) * 1e5) / 1e5,
	lon: Math.round(((minLon + maxLon) / 2) * 1e5) / 1e5
};
const kitaPlace = {
	id: '0b7c2a4e-5d6f-4a1b-9c3d-2e1f0a9b8c7d',
	title: 'Kita Sonne',
	lon: inside.lon,
	lat: inside.lat + 0.01
};

const profile: ClientProfile = {
	pseudonym: 'Klientin Rose',
	home: { ...inside, name: 'Zuhause & Co' },
	modes: ['walk', 'bike', 'transit'],
	stepFree: true,
	kita: {
		id: kitaPlace.id,
		name: 'Kita Sonne',
		lon: kitaPlace.lon,
		lat: kitaPlace.lat,
		opens: '07:00',
		closes: '16:30'
	},
	workingTimes: ['part_time', 'mini_job'],
	shifts: ['early', 'weekend'],
	german: 'A2',
	languages: ['ar', 'tr']
};

describe('client profile link', () => {
	it('carries the whole profile in the fragment and reads it back unchanged', () => {
		const hash = formatProfileHash(profile);
		expect(hash).toMatch(/^#v=2&n=Klientin\+Rose&h=/);
		expect(parseProfileHash(hash, [kitaPlace])).toEqual({ ok: true, problems: [], profile });
	});

	it('takes the Kita from the place list now (a renamed place keeps its id)', () => {
		const renamed = { ...kitaPlace, title: 'Kita Sonne und Mond' };
		const r = parseProfileHash(formatProfileHash(profile), [renamed]);
		expect(r.ok && r.profile.kita?.name).toBe('Kita Sonne und Mond');
	});

	it('keeps a Kita whose place id is gone by its position and hours, and says so', () => {
		const r = parseProfileHash(formatProfileHash(profile), []);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.problems).toEqual(['kita_unknown']);
		expect(r.profile.kita).toEqual({ ...profile.kita, id: '' });
		// the rest of the profile is all there
		expect({ ...r.profile, kita: null }).toEqual({ ...profile, kita: null });
	});

	it('names a lost Kita when the link has only its id', () => {
		const r = parseProfileHash(`#v=2&n=A&h=${inside.lat},${inside.lon}&k=gone-id&g=B1`, []);
		expect(r).toMatchObject({
			ok: true,
			problems: ['kita_lost'],
			profile: { kita: null, german: 'B1' }
		});
	});

	it('reads a route sheet link (no version) as an older link: home, modes, step-free, Kita', () => {
		const hash = formatSheetHash({
			home: inside,
			modes: ['bike'],
			stepFree: true,
			kita: {
				lat: kitaPlace.lat,
				lon: kitaPlace.lon,
				name: 'Kita Sonne',
				opens: '07:30',
				closes: '16:00'
			},
			lang: 'ar'
		});
		const r = parseProfileHash(hash, [kitaPlace]);
		expect(r).toMatchObject({
			ok: true,
			problems: ['version_old'],
			profile: {
				pseudonym: '',
				home: { ...inside, name: '' },
				modes: ['bike'],
				stepFree: true,
				kita: { id: '', name: 'Kita Sonne', opens: '07:30', closes: '16:00' },
				// the sheet's language is not what she speaks
				languages: [],
				german: 'none'
			}
		});
	});

	it('reads what it can of an unknown version and says which values it left out', () => {
		const r = parseProfileHash(
			`#v=7&n=B&h=${inside.lat},${inside.lon}&m=walk.teleport&w=part_time.four_days&g=Z9&l=ar.arabic&ko=25:00&x=1`,
			[]
		);
		expect(r).toMatchObject({
			ok: true,
			problems: ['version_unknown', 'dropped'],
			profile: { modes: ['walk'], workingTimes: ['part_time'], german: 'none', languages: ['ar'] }
		});
	});

	it('keeps a home outside the region and says so', () => {
		const r = parseProfileHash(`#v=2&n=C&h=48.13743,11.57549&g=A1`, []);
		expect(r).toMatchObject({
			ok: true,
			problems: ['home_outside'],
			profile: { home: { lat: 48.13743, lon: 11.57549 }, german: 'A1' }
		});
	});

	it('refuses a fragment without a profile, and never throws', () => {
		expect(parseProfileHash('', [])).toEqual({ ok: false, problem: 'missing' });
		expect(parseProfileHash('#main', [])).toEqual({ ok: false, problem: 'garbled' });
		expect(parseProfileHash('#v=2', [])).toEqual({ ok: false, problem: 'garbled' });
		for (const junk of ['#h=91,8', '#%E0%A4%A', '#h=abc&k=&&&', '#n=' + 'x'.repeat(5000)])
			expect(() => parseProfileHash(junk, [])).not.toThrow();
		const r = parseProfileHash('#h=91,8&n=D', []);
		expect(r).toMatchObject({ ok: true, profile: { home: null, pseudonym: 'D' } });
		expect(r.ok && r.problems).toContain('dropped');
	});
});

describe('client profile link with the map filters (issue 12, point 5)', () => {
	const base = 'https://quartier.example';
	const mapQuery = (search: string) => parseMapQuery(new URLSearchParams(search));

	it('puts the filters in the query as the map writes them, the profile in the fragment', () => {
		const { query } = mapQuery(
			'kinds=vacancy,learning_place&working_time=part_time&german_level_max=A2&languages=ar&wheelchair=1&open=now&map=14/51.95/8.58&place=0b7c2a4e-5d6f-4a1b-9c3d-2e1f0a9b8c7d'
		);
		const url = new URL(formatProfileLink('/beratung', profile, query), base);
		expect(url.pathname).toBe('/beratung');
		// the map's own order and format; no map position, no selected place (not filters)
		expect(url.search).toBe(
			'?kinds=vacancy,learning_place&working_time=part_time&languages=ar&german_level_max=A2&wheelchair=1&open=now'
		);
		// read back: the same filters (as the server reads them), the same profile
		const back = mapQuery(url.search);
		expect(back.ignored).toEqual([]);
		expect(back.query).toEqual({ filters: query.filters, open: 'now' });
		expect(parseProfileHash(url.hash, [kitaPlace])).toEqual({ ok: true, problems: [], profile });
	});

	it("writes what the map page's filter form writes for the same choices", () => {
		const form = new FormData();
		form.append('kinds', 'vacancy');
		form.append('quarters', QUARTER_IDS[0]);
		form.append('working_time', 'mini_job');
		form.append('working_time', 'part_time');
		form.append('childcare_friendly', '1');
		form.append('open', 'at');
		form.append('open_at', '2026-12-07T07:30');
		const fromForm = toQueryString(formToParams(form));
		const link = formatProfileLink('/beratung', profile, mapQuery(fromForm).query);
		expect(new URL(link, base).search).toBe(`?${fromForm}`);
	});

	it('keeps the home out of the query, whatever the profile holds', () => {
		const tricky: ClientProfile = {
			...profile,
			pseudonym: 'kinds=employer&h=1',
			home: { ...inside, name: '?wheelchair=1#x' }
		};
		const { query } = mapQuery('kinds=support_service');
		const url = new URL(formatProfileLink('/beratung', tricky, query), base);
		expect(url.search).toBe('?kinds=support_service');
		for (const v of [String(inside.lat), String(inside.lon), 'h=', 'employer'])
			expect(url.search).not.toContain(v);
		expect(mapQuery(url.search).query.filters).toEqual({ kinds: ['support_service'] });
		expect(parseProfileHash(url.hash, [kitaPlace])).toMatchObject({ ok: true, profile: tricky });
	});

	it('has no query without filters (the link as before)', () => {
		expect(formatProfileLink('/beratung', profile)).toBe(`/beratung${formatProfileHash(profile)}`);
		expect(formatProfileLink('/beratung', profile, mapQuery('map=14/51.95/8.58').query)).toBe(
			`/beratung${formatProfileHash(profile)}`
		);
	});
});
