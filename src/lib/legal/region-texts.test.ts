import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLegalText } from './text';

/**
 * Bielefeld's default privacy notice and accessibility statement exist in all six languages
 * (issue 15, review) and each translation keeps what a participant must understand: the same
 * sections as the German text, the controller placeholder, the names of what is kept on the
 * device, the legal bases, the feedback form and the conciliation body.
 */
const LANGS = ['de', 'en', 'tr', 'ar', 'uk', 'ru'];
const read = (slug: string, lang: string) =>
	readFileSync(`regions/bielefeld/legal/${slug}.${lang}.md`, 'utf8');
const headings = (text: string) => text.split('\n').filter((l) => l.startsWith('## ')).length;

describe.each(LANGS)('regions/bielefeld/legal in %s', (lang) => {
	it('privacy notice: every section, the stored names, legal bases and placeholders', () => {
		const text = read('datenschutz', lang);
		expect(text).toMatch(/^# \S/);
		expect(headings(text)).toBe(headings(read('datenschutz', 'de')));
		for (const kept of [
			'PARAGLIDE_LOCALE',
			'qk_session',
			'qk.reach.settings.v1',
			'qk.reach.minutes.v1',
			'#'
		])
			expect(text).toContain(kept);
		for (const basis of ['6', '13', '15', '17', '21', '28']) expect(text).toContain(basis);
		expect(text).toContain('Kavalleriestraße 2–4, 40213 Düsseldorf');
		// placeholders for what only the project knows, in brackets
		expect(text.match(/\[[^\]]+\]/g)!.length).toBeGreaterThanOrEqual(6);
		if (lang !== 'de') expect(text).not.toContain('Verantwortlich');
	});

	it('accessibility statement: status, gaps, the feedback form', () => {
		const text = read('barrierefreiheit', lang);
		expect(headings(text)).toBe(headings(read('barrierefreiheit', 'de')));
		expect(text).toContain('EN 301 549');
		expect(text).toContain('WCAG');
		expect(text).toContain('](/barrierefreiheit/melden)');
		// the same list of known gaps as the German text
		const items = (t: string) => t.split('\n').filter((l) => l.startsWith('- ')).length;
		expect(items(text)).toBe(items(read('barrierefreiheit', 'de')));
		const parsed = parseLegalText(text.replace(/^# .*\n/, ''));
		expect(parsed.length).toBeGreaterThan(5);
	});
});
