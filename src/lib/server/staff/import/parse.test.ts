import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { parseImportFile } from './parse';
import { columnKey, normaliseRow } from './rows';
import { parseDate, parseDateTime, parseNumber, localToInstant } from './values';
import { duplicatesInFile, similarity } from './duplicates';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));

describe('values as German spreadsheets write them', () => {
	it('reads decimal commas and thousands points', () => {
		expect(parseNumber('51,9431')).toBe(51.9431);
		expect(parseNumber('1.234,5')).toBe(1234.5);
		expect(parseNumber('8.5861')).toBe(8.5861);
		expect(parseNumber('-3')).toBe(-3);
		expect(parseNumber('')).toBeUndefined();
		expect(parseNumber('zwölf')).toBeNull();
	});
	it('reads Excel serials, dd.mm.yyyy and ISO dates', () => {
		expect(parseDate('45992')).toBe('2025-12-01');
		expect(parseDateTime('46388,4166666667')).toBe('2027-01-01T10:00');
		expect(parseDate('31.12.2027')).toBe('2027-12-31');
		expect(parseDate('1.2.27')).toBe('2027-02-01');
		expect(parseDateTime('15.01.2027 15:00')).toBe('2027-01-15T15:00');
		expect(parseDateTime('2027-01-15T15:00')).toBe('2027-01-15T15:00');
		expect(parseDate('32.13.2027')).toBeNull();
		expect(parseDate('29.02.2027')).toBeNull();
	});
	it('turns Berlin local time into an instant across daylight saving', () => {
		expect(localToInstant('2027-01-15T15:00')).toBe('2027-01-15T14:00:00.000Z');
		expect(localToInstant('2027-07-15T15:00')).toBe('2027-07-15T13:00:00.000Z');
	});
});

describe('decoding uploads', () => {
	it('knows a BOM, plain UTF-8 and Windows-1252', () => {
		expect(decodeText(fixture('orte-excel-utf8-bom.csv')).encoding).toBe('utf-8-bom');
		const cp = decodeText(fixture('orte-excel-windows-1252.csv'));
		expect(cp.encoding).toBe('windows-1252');
		expect(cp.text).toContain('Längengrad');
		expect(cp.text).toContain('Träger Import-Test e.V.');
		expect(decodeText(fixture('orte-libreoffice-komma.csv')).encoding).toBe('utf-8');
	});
});

describe('parsing import files', () => {
	for (const name of [
		'orte-excel-utf8-bom.csv',
		'orte-excel-windows-1252.csv',
		'orte-libreoffice-komma.csv'
	]) {
		it(`reads ${name} into the same four rows`, () => {
			const parsed = parseImportFile(name, fixture(name));
			expect(parsed.format).toBe('csv');
			expect(parsed.errors).toEqual([]);
			expect(parsed.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
			expect(parsed.rows[0].values.title).toBe('Lagerhelfer/in (m/w/d)');
			// A quoted field with a line break and a semicolon stays one cell.
			expect(parsed.rows[0].values.description).toBe(
				'Kommissionieren; Verpacken.\nSchichtbetrieb, auch samstags.'
			);
			expect(parsed.rows[2].values.title).toBe('Bewerbungscafé "Mittwochs"');
			expect(parsed.headers.lon).toBe('Längengrad');
			const column = (f: string) => parsed.headers[f] ?? f;
			const places = parsed.rows.map((r) => normaliseRow(r.row, r.values, column));
			expect(places.every((p) => 'place' in p)).toBe(true);
			const [job, fair, cafe, shop] = places.map((p) => ('place' in p ? p.place : null)!);
			expect(job).toMatchObject({
				kind: 'vacancy',
				lat: 51.9431,
				lon: 8.5861,
				languages: ['de', 'tr'],
				wheelchair: 'yes',
				valid_through: '2027-12-31',
				organisation: 'Spedition Import-Test',
				details: { working_time: 'full_time', german_level: 'A2' }
			});
			expect(fair.details).toMatchObject({
				starts_at: '2027-01-01T09:00:00.000Z',
				ends_at: '2027-01-15T14:00:00.000Z'
			});
			expect(cafe).toMatchObject({
				kind: 'support_service',
				languages: ['de', 'ar', 'uk'],
				wheelchair: 'no'
			});
			expect(shop.kind).toBe('vacant_space');
		});
	}

	it('reports exactly the three bad rows, with column and reason', () => {
		const parsed = parseImportFile('orte-3-fehler.csv', fixture('orte-3-fehler.csv'));
		const column = (f: string) => parsed.headers[f] ?? f;
		const errors = parsed.rows.flatMap((r) => {
			const res = normaliseRow(r.row, r.values, column);
			return 'errors' in res ? res.errors : [];
		});
		expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
			[4, undefined, 'coordinates_missing'],
			[6, 'Beginn', 'date_invalid'],
			[7, 'Arbeitszeit', 'choice_invalid']
		]);
	});

	it('reads GeoJSON points and HSDS services', () => {
		const geo = parseImportFile('orte.geojson', fixture('orte.geojson'));
		expect(geo.format).toBe('geojson');
		expect(geo.rows.map((r) => [r.values.kind, r.values.lat, r.values.lon])).toEqual([
			['public_space', '51.9447', '8.5902'],
			['learning_place', '51.9422', '8.5861']
		]);
		const hsds = parseImportFile('hsds-services.json', fixture('hsds-services.json'));
		expect(hsds.format).toBe('hsds');
		expect(hsds.rows[0].values).toMatchObject({
			title: 'Schuldnerberatung im Quartier',
			cost: 'free',
			languages: 'de,ru',
			address: 'Donauschwabenstraße 20, 33609 Bielefeld',
			organisation: 'Diakonie Import-Test'
		});
		expect(hsds.rows[1].values.cost).toBe('paid');
	});

	it('says what is wrong with a broken file', () => {
		expect(parseImportFile('x.csv', new TextEncoder().encode('')).errors[0].params?.problem).toBe(
			'empty'
		);
		expect(
			parseImportFile('x.json', new TextEncoder().encode('{"contents": ')).errors[0].params?.problem
		).toBe('json');
		expect(
			parseImportFile('x.csv', new TextEncoder().encode('Foo;Bar\n1;2\n')).errors[0].params?.problem
		).toBe('no_title');
		const short = parseImportFile('x.csv', new TextEncoder().encode('Titel;Art\r\nA;b;c\r\n'));
		expect(short.errors).toEqual([
			{ row: 2, code: 'columns_count', params: { expected: 2, got: 3 } }
		]);
		const quote = parseImportFile(
			'x.csv',
			new TextEncoder().encode('Titel;Art\r\n"offen;vacancy\r\n')
		);
		expect(quote.errors[0].params?.problem).toBe('csv');
	});

	it('matches column names loosely', () => {
		expect(columnKey('Längengrad (WGS84)')).toBe('laengengrad');
		expect(columnKey('E-Mail')).toBe('e_mail');
	});
});

describe('duplicates', () => {
	it('compares names like pg_trgm', () => {
		expect(similarity('Bäckerei Sonnenschein', 'Baeckerei Sonnenschein GmbH')).toBeGreaterThan(
			0.45
		);
		expect(similarity('Jobcenter', 'Stadtbibliothek')).toBeLessThan(0.2);
	});
	it('finds duplicates within a file (same name and address, or near with a similar name)', () => {
		const base = {
			description: '',
			organisation: null,
			opening_hours: null,
			wheelchair: 'unknown' as const,
			languages: [],
			contact_name: null,
			contact_phone: null,
			contact_email: null,
			website: null,
			valid_from: null,
			valid_through: null,
			details: {},
			kind: 'employer' as const
		};
		const found = duplicatesInFile([
			{
				...base,
				row: 2,
				title: 'Bäckerei Sonnenschein',
				address: 'Elbeallee 5',
				lat: 51.94,
				lon: 8.58
			},
			{
				...base,
				row: 3,
				title: 'Bäckerei Sonnenschein',
				address: 'Elbeallee 5',
				lat: 51.95,
				lon: 8.59
			},
			{
				...base,
				row: 4,
				title: 'Baeckerei Sonnenschein GmbH',
				address: null,
				lat: 51.94005,
				lon: 8.58005
			},
			{ ...base, row: 5, title: 'Friseur Haarmonie', address: null, lat: 51.94001, lon: 8.58001 }
		]);
		expect(found).toEqual([
			{ row: 3, other: 2, reason: 'same_name_address' },
			{ row: 4, other: 2, reason: 'near_similar' }
		]);
	});
});
