import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvCell, toCsv } from './csv-writer';

describe('csvCell', () => {
	it('defuses every formula start (CSV injection)', () => {
		for (const evil of ['=1+1', '+49 521', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
			expect(csvCell(evil).replace(/^"/, '').startsWith("'")).toBe(true);
		}
		expect(csvCell('=HYPERLINK("http://evil","klick")')).toBe(
			`"'=HYPERLINK(""http://evil"",""klick"")"`
		);
	});
	it('leaves numbers and ordinary text alone', () => {
		expect(csvCell(-8.5)).toBe('-8.5');
		expect(csvCell('Bäckerei Sonnenschein')).toBe('Bäckerei Sonnenschein');
		expect(csvCell(null)).toBe('');
		expect(csvCell(['de', 'tr'])).toBe('de, tr');
	});
	it('quotes separators, quotes and newlines', () => {
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('a,b', ',')).toBe('"a,b"');
		expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
		expect(csvCell('sagt "hallo"')).toBe('"sagt ""hallo"""');
	});
});

describe('toCsv', () => {
	it('round-trips through a real CSV parser', () => {
		const rows = [
			{ title: 'Café "Mitte"; Treff', note: 'zwei\r\nZeilen', n: 3 },
			{ title: '=cmd|calc', note: '', n: -1 }
		];
		const text = toCsv(['title', 'note', 'n'], rows);
		expect(text.startsWith('\uFEFF')).toBe(true);
		const back = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<
			string,
			string
		>[];
		expect(back).toEqual([
			{ title: 'Café "Mitte"; Treff', note: 'zwei\r\nZeilen', n: '3' },
			{ title: "'=cmd|calc", note: '', n: '-1' }
		]);
	});
});
