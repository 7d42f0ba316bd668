import { describe, expect, it } from 'vitest';
import { bboxSchema, filtersToJson, placeFilterSchema } from './filters';

describe('bboxSchema', () => {
	it('parses west,south,east,north', () => {
		expect(bboxSchema.parse('8.5,51.9,8.66,52.1')).toEqual([8.5, 51.9, 8.66, 52.1]);
	});
	it.each(['8.6,51.9,8.5,52.1', '8.5,51.9,8.6', 'a,b,c,d', '8.5,-100,8.6,52', ''])(
		'rejects %s',
		(input) => {
			expect(bboxSchema.safeParse(input).success).toBe(false);
		}
	);
});

describe('placeFilterSchema', () => {
	it('parses lists and flags', () => {
		const f = placeFilterSchema.parse({
			kinds: 'vacancy,event',
			childcare_friendly: '1',
			working_time: 'part_time'
		});
		expect(f).toEqual({
			kinds: ['vacancy', 'event'],
			childcare_friendly: true,
			working_time: ['part_time']
		});
	});
	it('rejects an unknown kind', () => {
		expect(placeFilterSchema.safeParse({ kinds: 'vacancy,casino' }).success).toBe(false);
	});
	it('drops empty values for SQL', () => {
		expect(filtersToJson({ q: '', kinds: [], free_only: false })).toEqual({ free_only: false });
	});
});
