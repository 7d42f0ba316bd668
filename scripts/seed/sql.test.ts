import { describe, expect, it } from 'vitest';
import { sqlArea, sqlLiteral, sqlPoint, sqlTextArray } from './sql.ts';

describe('SQL literals', () => {
	it('doubles single quotes and leaves everything else as it is (standard strings)', () => {
		expect(sqlLiteral("Bäckerei O'Neill")).toBe("'Bäckerei O''Neill'");
		expect(sqlLiteral("''; drop table places; --")).toBe("'''''; drop table places; --'");
		expect(sqlLiteral('C:\\Pfad\\n')).toBe("'C:\\Pfad\\n'");
		expect(sqlLiteral('ساعات')).toBe("'ساعات'");
	});

	it('writes null, booleans and numbers bare, and refuses numbers SQL cannot read', () => {
		expect(sqlLiteral(null)).toBe('null');
		expect(sqlLiteral(undefined)).toBe('null');
		expect(sqlLiteral(true)).toBe('true');
		expect(sqlLiteral(false)).toBe('false');
		expect(sqlLiteral(14.6)).toBe('14.6');
		expect(() => sqlLiteral(Number.NaN)).toThrow();
		expect(() => sqlLiteral(Infinity)).toThrow();
	});

	it('writes text arrays, empty ones typed', () => {
		expect(sqlTextArray([])).toBe("'{}'::text[]");
		expect(sqlTextArray(['de', "it's"])).toBe("array['de', 'it''s']::text[]");
	});

	it('writes points and areas in WGS 84', () => {
		expect(sqlPoint(null)).toBe('null');
		expect(sqlPoint([8.5, 52.01])).toBe('st_setsrid(st_makepoint(8.5, 52.01), 4326)::geography');
		expect(
			sqlArea({
				type: 'Polygon',
				coordinates: [
					[
						[8, 52],
						[8.1, 52],
						[8, 52.1],
						[8, 52]
					]
				]
			})
		).toBe(
			`st_multi(st_setsrid(st_geomfromgeojson('{"type":"Polygon","coordinates":[[[8,52],[8.1,52],[8,52.1],[8,52]]]}'), 4326))`
		);
	});
});
