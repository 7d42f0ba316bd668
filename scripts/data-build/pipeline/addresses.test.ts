import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
	decodeAddresses,
	encodeAddresses,
	readAddressHeader
} from '../../../src/lib/addresses/format';
import { AddressSearch, foldAddress } from '../../../src/lib/addresses/search';
import { haversineMeters } from '../../../src/lib/reach/geo';
import { musterstadtAddresses, ROW_STREETS, COLUMN_STREETS } from '../testing/musterstadt';
import { buildAddressIndex, regionQuarters } from './addresses';

const osm = new Uint8Array(readFileSync('regions/musterstadt/source/musterstadt.osm.pbf'));
const built = buildAddressIndex(osm, {
	osmName: 'musterstadt.osm.pbf',
	quarters: regionQuarters('musterstadt'),
	builtAt: '2026-12-02T00:00:00Z'
});
const search = new AddressSearch(decodeAddresses(built.bytes));
const truth = musterstadtAddresses();

describe('address index of the synthetic region (Musterstadt)', () => {
	it('holds every address of the extract once, and one entry per named street', () => {
		expect(built.header.addresses).toBe(truth.length);
		const streets = new Set([...ROW_STREETS, ...COLUMN_STREETS, 'Hafeninsel']);
		expect(built.header.streets).toBe(streets.size);
		expect(built.header.count).toBe(truth.length + ROW_STREETS.length + COLUMN_STREETS.length);
		expect(built.header.postcodes).toEqual(['50100', '50200', '50300']);
		expect(built.header.source.licence).toBe('ODbL-1.0');
	});

	it('finds every address by "street number" first, at its place (nodes and buildings)', () => {
		const misses: string[] = [];
		for (const a of truth) {
			const [hit] = search.search(`${a.street} ${a.housenumber}`, 1);
			if (
				!hit ||
				hit.street !== a.street ||
				hit.housenumber !== a.housenumber ||
				hit.postcode !== a.postcode ||
				haversineMeters(hit.lon, hit.lat, a.lon, a.lat) > 2
			)
				misses.push(
					`${a.street} ${a.housenumber} → ${hit ? `${hit.street} ${hit.housenumber}` : '—'}`
				);
		}
		expect(misses).toEqual([]);
	});

	it('tolerates typos, folding and other spellings', () => {
		const first = (q: string) => {
			const [h] = search.search(q, 1);
			return h ? `${h.street} ${h.housenumber}`.trim() : '';
		};
		expect(first('Elbeallee 12a')).toBe('Elbeallee 12a');
		expect(first('elbealle 12 a')).toBe('Elbeallee 12a'); // missing letter, split suffix
		expect(first('Elbaellee 7')).toBe('Elbeallee 7'); // swapped letters
		expect(first('Elbalee 7')).toBe('Elbeallee 7'); // two letters missing
		expect(first('Muehlenweg 3')).toBe('Mühlenweg 3');
		expect(first('mühlenwg 3')).toBe('Mühlenweg 3');
		expect(first('Hafenstr. 10')).toBe('Hafenstraße 10');
		expect(first('hafenstrasse 10')).toBe('Hafenstraße 10');
		expect(first('Grosse Str 4')).toBe('Große Straße 4');
		expect(first('10 Hafenstraße')).toBe('Hafenstraße 10');
		expect(first('Elbeallee 12a, 50100 Musterstadt')).toBe('Elbeallee 12a'); // a postal line
		expect(first('Lerchenweg 5')).toBe('Lärchenweg 5');
		expect(first('Hafeninsel 1')).toBe('Hafeninsel 1'); // addr:place
		// a street alone is the street itself; a number it lacks still gives the street
		expect(first('Elbeallee')).toBe('Elbeallee');
		expect(first('Elbeallee 999')).toBe('Elbeallee');
		expect(search.search('xqzv 3')).toEqual([]);
		expect(search.search('1')).toEqual([]);
	});

	it('sorts by relevance: exact street before a similar one, the postcode decides between equals', () => {
		const hits = search.search('Rathaus', 4).map((h) => h.street);
		expect(hits.slice(0, 2).sort()).toEqual(['Rathausring', 'Rathausstraße']);
		expect(search.search('Rathausring 2', 1)[0].street).toBe('Rathausring');
		const lines = search.search('Bahnhofstraße 1', 3);
		expect(lines[0].housenumber).toBe('1');
		expect(lines.map((h) => h.housenumber)).toContain('10');
	});

	it('matches a postal line only when street and number are clear', () => {
		expect(search.match('Elbeallee 12a, 50100 Musterstadt')?.housenumber).toBe('12a');
		expect(search.match('Elbealee 7')?.street).toBe('Elbeallee'); // one letter missing
		expect(search.match('Elbeallee 999')).toBeNull(); // no such number
		expect(search.match('Elbeallee')).toBeNull(); // no number
		expect(search.match('Elblx 7')).toBeNull(); // street unclear
	});

	it('knows the quarter of each address', () => {
		// Altstadt is the block of rows 4..7, columns 4..7 (region.json)
		const inAltstadt = search.search('Lindenallee 18', 1)[0]; // row 6, 1,083 m east
		expect(inAltstadt.quarter).toBe('altstadt');
		expect(search.search('Hafenstraße 1', 1)[0].quarter).toBe(null);
		expect(search.search('Hafenstraße 28', 1)[0].quarter).toBe('hafen');
	});

	it('the shipped file is the one the pipeline builds from the shipped extract', () => {
		const shipped = new Uint8Array(
			readFileSync('regions/musterstadt/static/addresses/addresses.v1.bin')
		);
		const h = readAddressHeader(shipped);
		expect({ ...h, builtAt: '' }).toEqual({ ...built.header, builtAt: '' });
		const body = (b: Uint8Array) =>
			b.subarray(8 + new DataView(b.buffer, b.byteOffset).getUint32(4, true));
		expect(Buffer.from(body(shipped)).equals(Buffer.from(body(built.bytes)))).toBe(true);
		expect(gzipSync(shipped).length).toBeLessThan(4000);
	});

	it('round-trips odd house numbers and coordinates to 1e-5°', () => {
		const entries = [
			{ street: 'A-Weg', housenumber: '3-5', lon: 8.53271, lat: 52.02112 },
			{ street: 'A-Weg', housenumber: '1/2', lon: 8.53281, lat: 52.02102, postcode: '33602' },
			{ street: 'A-Weg', housenumber: '', lon: 8.5, lat: 52 },
			{ street: 'Ölweg', housenumber: '123456', lon: -0.00001, lat: -33.5 }
		];
		const index = decodeAddresses(
			encodeAddresses(entries, { quarters: [], builtAt: 'x', source: built.header.source })
		);
		expect(index.streetNames).toEqual(['A-Weg', 'Ölweg']);
		expect(index.housenumbers).toEqual(['', '1/2', '3-5', '123456']);
		expect([...index.lon]).toEqual([8.5, 8.53281, 8.53271, -0.00001]);
		expect(index.header.postcodes).toEqual(['33602']);
		expect(() => decodeAddresses(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(
			/not an address/
		);
	});

	it('folds the way people type', () => {
		expect(foldAddress('Große  Straße')).toBe('grosse strasse');
		expect(foldAddress('Hafenstr.')).toBe('hafenstrasse');
		expect(foldAddress('MÜHLENWEG')).toBe(foldAddress('Muehlenweg'));
	});
});
