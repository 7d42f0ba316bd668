import { describe, expect, it } from 'vitest';
import { bielefeld } from './bielefeld.ts';
import { crossCheck, readCatalogue } from './catalogue.ts';

describe('the demo catalogue', () => {
	it('reads and names only what exists', () => {
		const c = readCatalogue(bielefeld);
		expect(crossCheck(c, bielefeld)).toEqual([]);
		expect(c.employers.sectors.length).toBeGreaterThan(10);
	});

	it('reports a quarter, sector or organisation it names that does not exist', () => {
		const c = structuredClone(readCatalogue(bielefeld));
		c.events[0] = { ...c.events[0], sector: undefined, org: 'nobody', quarter: 'mitte' };
		c.vacancies.secondVacancy.sectors.push('astronaut');
		c.employers.slots[0].count += 1;
		const problems = crossCheck(c, bielefeld);
		expect(problems).toContain(`event "${c.events[0].title}": unknown organisation "nobody"`);
		expect(problems).toContain(`event "${c.events[0].title}": unknown quarter "mitte"`);
		expect(problems).toContain('unknown sector "astronaut"');
		expect(problems.some((p) => /employer names for \d+ slots/.test(p))).toBe(true);
	});
});
