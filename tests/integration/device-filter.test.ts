/**
 * Offline filters and search (issue 13, point 4): the phone computes the map page's data from its
 * snapshot (src/lib/places/device) with the server's semantics. Every case of the server's tests
 * (tests/fixtures/filter-cases.ts: the random filter combinations of filter-counts.test.ts and the
 * terms of search.test.ts) runs on the database (placesPageData) and on the device
 * (devicePageData) and must give the same list in the same order, the same counts and "open
 * now"; the German stemmer and the trigram functions are compared with PostgreSQL word by word.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, Session } from '../../src/lib/server/db';
import { placesPageData } from '../../src/lib/server/places/page-data';
import { deviceSnapshot } from '../../src/lib/server/places/device-snapshot';
import { placeDetail } from '../../src/lib/server/places';
import { placeText, type TranslatablePlace } from '../../src/lib/i18n/place-text';
import { devicePageData } from '../../src/lib/places/device/page-data';
import { germanLexeme } from '../../src/lib/places/device/german-stem';
import { similarity, wordSimilarity } from '../../src/lib/places/device/trigram';
import type { DeviceSnapshot } from '../../src/lib/places/device/snapshot';
import type { MapQuery } from '../../src/lib/places/url-state';
import { PROGRAMME_BBOX } from '../../src/lib/region';
import { randomQuery, rng, SEARCH_TERMS } from '../fixtures/filter-cases';
import { testDatabase } from './setup';

let db: Database;
let anon: Session;
let locals: Parameters<typeof placesPageData>[0];
let snapshot: DeviceSnapshot;
const now = new Date();

beforeAll(async () => {
	// One clock for both sides ("open now"), the real day (the database's current_date).
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(now);
	db = await testDatabase();
	anon = db.as({ role: 'anon' });
	locals = { db: anon, claims: { role: 'anon' } };
	// As the phone gets it: through JSON.
	snapshot = JSON.parse(JSON.stringify(await deviceSnapshot(anon, now)));
});
afterAll(async () => {
	vi.useRealTimers();
	await db?.close();
});

async function compare(query: MapQuery, locale = 'de') {
	const label = `${locale} ${JSON.stringify(query)}`;
	const server = await placesPageData(locals, query, locale);
	const device = devicePageData(snapshot, PROGRAMME_BBOX, query, locale, now);
	expect(device.places, `${label}: list`).toEqual(server.places);
	expect(device.total, `${label}: total`).toBe(server.total);
	expect(device.counts, `${label}: counts`).toEqual(server.counts);
	expect(device.openCount, `${label}: open now`).toBe(server.openCount);
	return server.places.length;
}

describe('the device filters and searches like the server', () => {
	it('the snapshot holds the public places with their search texts', () => {
		expect(snapshot.places.length).toBeGreaterThan(100);
		expect(snapshot.places.every((p) => p.de.length > 0)).toBe(true);
		expect(snapshot.synonyms.length).toBeGreaterThan(20);
		expect(Object.keys(snapshot.hours).length).toBeGreaterThan(5);
	});

	it('every search term of the server tests, in German and Arabic', async () => {
		let found = 0;
		for (const q of SEARCH_TERMS) {
			for (const locale of ['de', 'ar'])
				if ((await compare({ filters: { q } }, locale)) > 0) found++;
		}
		expect(found).toBeGreaterThan(SEARCH_TERMS.length);
	});

	it('60 random filter combinations (the generator of filter-counts.test.ts)', async () => {
		const random = rng(13);
		let nonEmpty = 0;
		for (let i = 0; i < 60; i++) {
			const query = i === 0 ? { filters: {} } : randomQuery(random);
			if ((await compare(query, i % 3 === 0 ? 'uk' : 'de')) > 0) nonEmpty++;
		}
		expect(nonEmpty).toBeGreaterThan(20);
	});

	it('stems every word of the catalogue as PostgreSQL does', async () => {
		const rows = await anon.query<{ w: string; stem: string | null }>(
			`select w, (ts_lexize('german_stem', w))[1] as stem
			   from (select distinct lower(m[1]) w
			           from public.places p,
			                regexp_matches(p.title || ' ' || coalesce(p.description, ''),
			                               '([[:alpha:]]+)', 'g') m) words`
		);
		expect(rows.length).toBeGreaterThan(300);
		const wrong = rows.filter((r) => (germanLexeme(r.w) ?? null) !== (r.stem ?? null));
		expect(wrong).toEqual([]);
	});

	it('trigram similarity as pg_trgm computes it', async () => {
		const rows = await anon.query<{ w: string; t: string; ws: number; s: number }>(
			`select w, t, word_similarity(w, t) as ws, similarity(w, t) as s
			   from unnest(array['pflge', 'lagr', 'bäckr', 'sennstadt', 'تنظيف', 'kassirer']) w,
			        (select search_text t from public.place_search order by place_id limit 40) x`
		);
		expect(rows.length).toBe(240);
		for (const r of rows) {
			expect(wordSimilarity(r.w, r.t), `${r.w} / ${r.t}`).toBeCloseTo(Number(r.ws), 5);
			expect(similarity(r.w, r.t), `${r.w} / ${r.t}`).toBeCloseTo(Number(r.s), 5);
		}
	});
});

describe('titles in the reader language: the list, the device and the place page agree', () => {
	const LOCALES = ['de', 'en', 'tr', 'ar', 'uk', 'ru'];

	it('every row in every language has the title of its place page, with its language', async () => {
		// Awkward translations a business might save: padded, blank, only a description.
		const [padded, blank, descOnly] = snapshot.places
			.filter((p) => p.kind === 'support_service' && p.titles.ar)
			.map((p) => p.id);
		const service = db.as({ role: 'service_role' });
		const set = (id: string, ar: object) =>
			service.query(
				`update public.places set translations = translations || jsonb_build_object('ar', $2::jsonb) where id = $1`,
				[id, JSON.stringify(ar)]
			);
		await set(padded, { title: '  عنوان مع مسافات  ' });
		await set(blank, { title: '   ', description: 'وصف' });
		await set(descOnly, { description: 'وصف فقط' });
		const fresh: DeviceSnapshot = JSON.parse(JSON.stringify(await deviceSnapshot(anon, now)));

		const query: MapQuery = { filters: { kinds: ['support_service', 'learning_place'] } };
		let translated = 0;
		for (const locale of LOCALES) {
			const server = await placesPageData(locals, query, locale);
			const device = devicePageData(fresh, PROGRAMME_BBOX, query, locale, now);
			expect(device.places, `${locale}: device list`).toEqual(server.places);
			for (const row of server.places) {
				const detail = (await placeDetail(anon, row.id)) as unknown as TranslatablePlace;
				const page = placeText(detail, locale);
				expect([row.title, row.lang], `${locale} ${row.id}`).toEqual([page.title, page.titleLang]);
				if (row.lang !== 'de') translated++;
			}
			if (locale === 'ar') {
				const byId = new Map(server.places.map((p) => [p.id, p]));
				expect(byId.get(padded)?.title).toBe('عنوان مع مسافات');
				expect(byId.get(blank)?.lang).toBe('de');
				expect(byId.get(descOnly)?.lang).toBe('de');
			}
		}
		// The demo catalogue's translations reach the list (not only the place page).
		expect(translated).toBeGreaterThan(50);
	});
});

describe('"open at" offline: within the snapshot like the server, beyond it said', () => {
	const day = (offset: number, time: string) => {
		const d = new Date(now);
		d.setDate(d.getDate() + offset);
		const pad = (n: number) => String(n).padStart(2, '0');
		return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time}`;
	};

	it('every day the picker offers offline gives the server list', async () => {
		const range = devicePageData(snapshot, PROGRAMME_BBOX, { filters: {} }, 'de', now).openRange;
		// The picker's bounds are the snapshot's: from yesterday to the last day it knows.
		expect(range.min <= day(0, '00:00')).toBe(true);
		expect(range.max.slice(0, 10)).toBe(day(13, '00:00').slice(0, 10));
		let open = 0;
		for (const offset of [1, 4, 9, 13]) {
			for (const time of ['03:15', '10:30', '17:45']) {
				const query: MapQuery = { filters: {}, open: day(offset, time) };
				const device = devicePageData(snapshot, PROGRAMME_BBOX, query, 'de', now);
				expect(device.openBeyond, query.open).toBe(false);
				open += await compare(query);
			}
		}
		// The last day's max (23:45) too.
		expect(
			devicePageData(snapshot, PROGRAMME_BBOX, { filters: {}, open: range.max }, 'de', now)
		).toMatchObject({ openBeyond: false });
		expect(open).toBeGreaterThan(20);
	});

	it('a time beyond the snapshot is said, not silently empty', () => {
		for (const offset of [14, 40]) {
			const query: MapQuery = { filters: {}, open: day(offset, '10:30') };
			const device = devicePageData(snapshot, PROGRAMME_BBOX, query, 'de', now);
			expect(device.openBeyond, query.open).toBe(true);
			expect(device.places).toEqual([]);
		}
		expect(
			devicePageData(snapshot, PROGRAMME_BBOX, { filters: {}, open: 'now' }, 'de', now).openBeyond
		).toBe(false);
	});
});
