import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { ANON, type Database } from '../../src/lib/server/db';
import { PROGRAMME_BBOX } from '../../src/lib/region';
import {
	placesCsv,
	placesForExport,
	placesGeoJson
} from '../../src/lib/server/staff/export/places';
import { eventsCalendar, jobPostingFeed } from '../../src/lib/server/staff/export/feeds';
import { hsdsPage } from '../../src/lib/server/staff/export/hsds';
import { hsdsServiceValidator } from '../helpers/hsds-schema';
import { testDatabase } from './setup';

/** The open-data exports on the demo data: what each format holds, licences, HSDS schema validity. */
let db: Database;
const origin = 'https://quartierkarte.example';

beforeAll(async () => {
	db = await testDatabase();
});
afterAll(async () => {
	await db?.close();
});

describe('open data', () => {
	it('CSV: published places with the filters, licence and demo flag per row, formulas defused', async () => {
		const { places } = await placesForExport(db.as(ANON), PROGRAMME_BBOX, {
			kinds: ['vacancy'],
			quarters: ['baumheide']
		});
		expect(places.length).toBeGreaterThan(0);
		const rows = parse(placesCsv(places, origin), {
			bom: true,
			delimiter: ';',
			columns: true
		}) as Record<string, string>[];
		expect(rows.length).toBe(places.length);
		for (const r of rows) {
			expect(r.kind).toBe('vacancy');
			expect(r.quarter).toBe('baumheide');
			expect(r.is_demo).toBe('true');
			expect(r.licence).toMatch(/EUPL-1\.2 \(Demo-Daten, fiktiv\)/);
			expect(r.url).toMatch(/^https:\/\/quartierkarte\.example\/ort\//);
		}
		const injected = placesCsv(
			[{ ...places[0], title: '=HYPERLINK("http://x";"y")', description: '+1' }],
			origin
		);
		const [evil] = parse(injected, { bom: true, delimiter: ';', columns: true }) as Record<
			string,
			string
		>[];
		expect(evil.title.startsWith("'=")).toBe(true);
		expect(evil.description).toBe("'+1");
	});

	it('GeoJSON: the licence as foreign members, drafts never exported', async () => {
		const { places } = await placesForExport(db.as(ANON), PROGRAMME_BBOX, {});
		const fc = JSON.parse(placesGeoJson(places, origin, false));
		expect(fc.license).toBe('dl-de/by-2-0');
		expect(fc.demo_rows).toBe(places.filter((p) => p.is_demo).length);
		expect(fc.demo_note).toMatch(/Demo-Daten/);
		expect(fc.features[0].geometry.type).toBe('Point');
		const statuses = await db
			.as({ role: 'service_role' })
			.query<{ status: string }>(
				'select distinct status::text from public.places where id = any ($1::uuid[])',
				[places.map((p) => p.id)]
			);
		expect(statuses.map((s) => s.status)).toEqual(['published']);
	});

	it('iCalendar: the events, readable by a real parser', async () => {
		const { places } = await placesForExport(db.as(ANON), PROGRAMME_BBOX, { kinds: ['event'] });
		const cal = new ICAL.Component(ICAL.parse(eventsCalendar(places, origin)));
		const events = cal.getAllSubcomponents('vevent');
		expect(events.length).toBe(places.length);
		expect(cal.getFirstPropertyValue('x-license')).toBe('dl-de/by-2-0');
		expect(String(cal.getFirstPropertyValue('x-wr-caldesc'))).toMatch(/Demo-Daten/);
	});

	it('JobPosting feed: a schema.org DataFeed with one JobPosting per vacancy', async () => {
		const { places } = await placesForExport(db.as(ANON), PROGRAMME_BBOX, { kinds: ['vacancy'] });
		const feed = jobPostingFeed(places, origin);
		expect(feed['@type']).toBe('DataFeed');
		expect(feed.license).toBe('https://www.govdata.de/dl-de/by-2-0');
		expect(feed.dataFeedElement.length).toBe(places.length);
		const first = feed.dataFeedElement[0].item as Record<string, unknown>;
		expect(first['@type']).toBe('JobPosting');
		expect(first.title).toBeTruthy();
		expect(first.hiringOrganization).toBeTruthy();
	});

	it('HSDS 3: every exported service is valid against the published schemas', async () => {
		const { places } = await placesForExport(db.as(ANON), PROGRAMME_BBOX, {
			kinds: ['support_service', 'learning_place']
		});
		const page = hsdsPage(places, origin);
		expect(page.contents.length).toBeGreaterThan(0);
		const validate = hsdsServiceValidator();
		for (const service of page.contents) {
			const { ok, errors } = validate(service);
			expect(errors, JSON.stringify(errors.slice(0, 3))).toEqual([]);
			expect(ok).toBe(true);
		}
		// The validator is not a pass-through: a service without a status, or with a key whose schema
		// we do not keep, is refused.
		expect(validate({ ...page.contents[0], status: undefined }).ok).toBe(false);
		expect(validate({ ...page.contents[0], fundings: [{ id: 'x' }] }).ok).toBe(false);
		// The import fixture is valid HSDS too.
		const fixture = JSON.parse(
			readFileSync('tests/fixtures/hsds/../import/hsds-services.json', 'utf8')
		);
		for (const s of fixture.contents) expect(validate(s).errors).toEqual([]);
	});
});
