import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITY_BBOX, PROGRAMME_BBOX, REGION, TIME_ZONE, chosenRegionId } from './index';
import { regionSchema, validateRegion } from './schema';
import { QUARTER_IDS } from '$lib/places/kinds';
import { parseOpeningHours } from '$lib/places/opening-hours';
import { locales, offeredLocales } from '$lib/i18n';
import { hsdsService } from '$lib/server/staff/export/hsds';
import { searchUrl } from '$lib/server/staff/ba/jobsuche';
import { ReachSettings } from '../../routes/erreichbarkeit/reach-settings.svelte';
import type { ExportPlace } from '$lib/server/staff/export/places';

/** Every region folder's region.json, by folder name. */
const REGIONS: Record<string, unknown> = Object.fromEntries(
	readdirSync('regions')
		.filter((f) => statSync(join('regions', f)).isDirectory())
		.map((id) => [id, JSON.parse(readFileSync(join('regions', id, 'region.json'), 'utf8'))])
);

describe('region configuration', () => {
	it('every folder under regions/ is a valid region', () => {
		for (const id of Object.keys(REGIONS)) {
			const raw = JSON.parse(readFileSync(join('regions', id, 'region.json'), 'utf8'));
			expect(validateRegion(id, raw).id).toBe(id);
		}
	});

	it('every region folder has its files, and they agree with region.json', () => {
		for (const id of Object.keys(REGIONS)) {
			const r = validateRegion(id, REGIONS[id]);
			const file = (url: string) =>
				JSON.parse(readFileSync(join('regions', id, 'static', url), 'utf8'));
			const areas = file(r.boundaries.areas).features as { properties: { id: string } }[];
			expect(areas.map((f) => f.properties.id).sort(), id).toEqual(r.areas.map((a) => a.id).sort());
			file(r.boundaries.outline);
			file(r.boundaries.districts);
			const stops = file('/data/stops.geojson').features as { properties: { name: string } }[];
			expect(
				stops.some((s) => s.properties.name.includes(r.exampleStop)),
				`${id}: exampleStop`
			).toBe(true);
			const attribution = file('/data/ATTRIBUTION.json') as { layer: string }[];
			expect(
				attribution.map((a) => a.layer),
				id
			).toContain('quarters');
			const manifest = file('/reach/manifest.json');
			expect(manifest.format, id).toBe('quartierkarte-reach');
			if (r.basemap) {
				// npm run data:basemap writes it; a region.json that names a missing archive would
				// give a blank map.
				const head = readFileSync(join('regions', id, 'static', r.basemap.url)).subarray(0, 8);
				expect(head.toString('latin1'), `${id}: basemap`).toBe('PMTiles\x03');
			}
		}
	});

	it('Bielefeld is the default and keeps the values the app had before', () => {
		expect(chosenRegionId()).toBe('bielefeld');
		expect(TIME_ZONE).toBe('Europe/Berlin');
		expect(PROGRAMME_BBOX).toEqual([8.5, 51.91, 8.66, 52.08]);
		expect(CITY_BBOX).toEqual({ west: 8.37, south: 51.91, east: 8.67, north: 52.12 });
		expect(QUARTER_IDS).toEqual(['sennestadt', 'sieker-mitte', 'baumheide']);
		expect(REGION.areas.filter((a) => a.approximate).map((a) => a.id)).toEqual([
			'sieker-mitte',
			'baumheide'
		]);
	});

	it('refuses a broken region file with the reason', () => {
		const bad = structuredClone(REGION) as Record<string, unknown>;
		bad.timeZone = 'Europe/Bielefeld';
		bad.programmeBbox = [8.66, 51.91, 8.5, 52.08];
		const r = regionSchema.safeParse(bad);
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
			'programmeBbox',
			'timeZone'
		]);
		expect(() => validateRegion('elsewhere', REGION)).toThrow(/has id bielefeld/);
	});

	it('every region offers only languages the app is translated to', () => {
		for (const [id, raw] of Object.entries(REGIONS)) {
			const langs = (raw as { defaultLanguages: string[] }).defaultLanguages;
			expect(
				langs.filter((l) => !(locales as readonly string[]).includes(l)),
				id
			).toEqual([]);
		}
		expect(offeredLocales).toEqual(REGION.defaultLanguages);
	});

	it("reads the region's departure time, job search and postcode (not literals)", () => {
		expect(new ReachSettings().clock).toBe(REGION.defaultDepartureTime);
		const url = new URL(searchUrl({ version: 'v6', clientId: 'x', workingTime: 'full_time' }));
		expect(url.searchParams.get('wo')).toBe(REGION.jobSearch.place);
		expect(url.searchParams.get('umkreis')).toBe(String(REGION.jobSearch.radiusKm));
		const place = {
			id: '00000000-0000-4000-8000-000000000001',
			title: 'Beratung',
			description: '',
			address: 'Elbeallee 33, 33689 Bielefeld',
			lon: 8.58,
			lat: 51.94,
			languages: [],
			website: null,
			contact_email: null,
			contact_phone: null,
			organisation: null,
			is_demo: true,
			updated_at: '2026-12-01T00:00:00Z',
			details: null
		} as unknown as ExportPlace;
		const address = (s: Record<string, unknown>) =>
			(s.service_at_locations as { location: { addresss: Record<string, string>[] } }[])[0].location
				.addresss[0];
		expect(address(hsdsService(place, 'https://x.test'))).toMatchObject({
			address_1: 'Elbeallee 33',
			postal_code: '33689'
		});
		// A number of the street is no postcode: only the region's pattern counts.
		const other = { ...place, address: 'Hauptstraße 12345' } as ExportPlace;
		expect(address(hsdsService(other, 'https://x.test')).postal_code).toBe('');
		const bad = structuredClone(REGION) as Record<string, unknown>;
		bad.postcode = '^(33\\d{3})$';
		expect(regionSchema.safeParse(bad).success).toBe(false);
	});

	it("uses the region's public holidays for opening hours (NRW: Corpus Christi)", () => {
		const oh = parseOpeningHours('Mo-Fr 09:00-17:00; PH off');
		// Thursday 4 June 2026 is Fronleichnam, a holiday in NRW but not in e.g. Berlin.
		expect(oh?.getState(new Date(2026, 5, 4, 12, 0))).toBe(false);
		expect(oh?.getState(new Date(2026, 5, 11, 12, 0))).toBe(true);
	});
});

/**
 * The region lives in regions/<id>/region.json, not in the code. This fails when a city name, a
 * quarter name, the time zone or a bounding-box number of Bielefeld turns up in src/ again.
 * Each entry of ALLOWED is a file and the literal it may keep, with the reason it is still there.
 */
const LITERAL =
	/Bielefeld|Sennestadt|Baumheide|Sieker|Jahnplatz|Berlin|Nordrhein|NRW|\b3\\d\{4\}|\b33\d{3}\b|\b(?:8\.(?:3|37|48|5|53|66|67|68|8)|51\.(?:8|9|91)|52\.(?:02|08|09|12|2))\b/g;
const ALLOWED: Record<string, { literals: string[]; reason: string }> = {
	'src/lib/reach/view/origin.ts': {
		literals: ['52.0'],
		reason: 'an example origin in the doc comment (52.00640), not a value'
	},
	'scripts/data-build/pipeline/region.ts': {
		literals: ['Bielefeld'],
		reason: 'the doc comment saying which region is the default'
	},
	'supabase/migrations/20261125000300_quarters.sql': {
		literals: ['Sennestadt', 'Sieker', 'Baumheide'],
		reason: 'an applied migration (history): its comment; the quarters come from the region folder'
	},
	'supabase/migrations/20261201200300_legal_pages.sql': {
		literals: ['Bielefeld', 'Sennestadt', 'Sieker', 'Baumheide', 'NRW', 'Nordrhein'],
		reason:
			'an applied migration (history): the first default texts, replaced by regions/<id>/legal/ (loadRegionLegalPages) where nobody edited them'
	},
	'supabase/migrations/20261125001400_map_query.sql': {
		literals: ['Berlin'],
		reason:
			'an applied migration (history): the event-date time zone, from region_settings since 20261202070000'
	},
	'supabase/migrations/20261201234000_filters_one_meaning.sql': {
		literals: ['Berlin'],
		reason:
			'an applied migration (history): the event-date time zone, from region_settings since 20261202070000'
	}
};

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) {
			return p.endsWith(join('i18n', 'paraglide')) || p.endsWith(join('lib', 'region'))
				? []
				: sourceFiles(p);
		}
		return /\.(ts|js|svelte|sql)$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
	});
}

/** The app, the city-agnostic data pipeline and the schema (the demo catalogue is allowed). */
const SCANNED = ['src', 'scripts/data-build/pipeline', 'supabase/migrations', 'supabase/shim'];

describe('no Bielefeld literal in code outside the region folder', () => {
	it('finds none beyond the allow-list', () => {
		const found: string[] = [];
		for (const file of SCANNED.flatMap((dir) => sourceFiles(dir))) {
			const rel = relative('.', file).split('\\').join('/');
			const text = readFileSync(file, 'utf8');
			for (const [literal] of text.matchAll(LITERAL)) {
				if (!ALLOWED[rel]?.literals.some((a) => literal.startsWith(a))) {
					found.push(`${rel}: ${literal}`);
				}
			}
		}
		expect(found).toEqual([]);
	});

	it('no message in any language names the city or its quarters', () => {
		const city =
			/Bielefeld|Sennestadt|Sieker|Baumheide|Jahnplatz|Билефельд|Білефельд|بيليفيلد|Зеннештадт|Зеннештадті|زينِشتات/g;
		const found = readdirSync('messages')
			.filter((f) => f.endsWith('.json'))
			.flatMap((f) =>
				[...readFileSync(join('messages', f), 'utf8').matchAll(city)].map((x) => `${f}: ${x[0]}`)
			);
		expect(found).toEqual([]);
	});

	it('the guard catches a literal (self-check)', () => {
		expect('const box = [8.5, 51.91, 8.66, 52.08];'.match(LITERAL)).toHaveLength(4);
		expect("timeZone: 'Europe/Berlin'".match(LITERAL)).toEqual(['Berlin']);
		expect('function todayBerlin() {}'.match(LITERAL)).toEqual(['Berlin']);
		expect(String.raw`const POSTCODE = /\b(3\d{4})\b/;`.match(LITERAL)).toEqual([
			String.raw`3\d{4}`
		]);
		expect("fetch('/x', { wo: 'Jahnplatz', plz: '33602' })".match(LITERAL)).toEqual([
			'Jahnplatz',
			'33602'
		]);
	});
});
