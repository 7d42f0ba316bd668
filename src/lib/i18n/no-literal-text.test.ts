/**
 * UI text comes from the message catalogues (messages/*.json), never from a literal in a
 * component: a literal stays German (or English) in every language. This reads every .svelte file
 * as text, drops <script>, <style> and comments, and looks for words in text nodes and in the
 * attributes a reader sees or hears (label, hint, placeholder, title, alt, aria-label, legend),
 * written as "text" or as a quoted string inside {…}.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'src';
/** Text a person never reads: the honeypot field is for bots and hidden from people. */
const ALLOWED: Record<string, string[]> = {
	'src/lib/forms/Honeypot.svelte': ['Fax (bitte leer lassen)']
};

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'paraglide' ? [] : svelteFiles(path);
		return e.name.endsWith('.svelte') ? [path] : [];
	});
}

const WORD = /[A-Za-zÀ-ÿ\u0600-\u06ff\u0400-\u04ff]{3,}/;

/** Literal reader-visible text in a component's markup. */
export function literalTexts(source: string): string[] {
	const markup = source
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '');
	const found: string[] = [];
	for (const [, text] of markup.matchAll(/>([^<>{}]*)</g))
		if (WORD.test(text)) found.push(text.trim());
	const attr = /\b(?:label|hint|placeholder|title|alt|aria-label|legend)=/g;
	for (const match of markup.matchAll(attr)) {
		const rest = markup.slice(match.index + match[0].length);
		let value = '';
		if (rest.startsWith('"'))
			// "{m.a()}: {name}" is built from messages; only the words outside {…} are literal.
			value = rest.slice(1, rest.indexOf('"', 1)).replace(/\{[^}]*\}/g, '');
		else if (rest.startsWith('{')) {
			// The expression up to its closing brace; quoted strings inside it are literals.
			let depth = 0;
			let end = 0;
			for (; end < rest.length; end++) {
				if (rest[end] === '{') depth++;
				else if (rest[end] === '}' && --depth === 0) break;
			}
			value = [...rest.slice(1, end).matchAll(/'([^']*)'|"([^"]*)"|`([^`$]*)`/g)]
				.map((q) => q[1] ?? q[2] ?? q[3])
				.filter((q) => q.includes(' ') || /^[A-ZÄÖÜ]/.test(q))
				.join(' ');
		}
		if (WORD.test(value)) found.push(value.trim());
	}
	return found;
}

describe('no literal UI text in components', () => {
	it('finds a literal where there is one (the check can fail)', () => {
		expect(literalTexts(`<p>Hallo Welt</p>`)).toEqual(['Hallo Welt']);
		expect(literalTexts(`<Field hint={x ? 'z. B. Verkäufer' : undefined} />`)).toEqual([
			'z. B. Verkäufer'
		]);
		expect(literalTexts(`<img alt="Karte" />`)).toEqual(['Karte']);
		expect(literalTexts(`<a title="{m.a()}: {name}">x</a>`)).toEqual([]);
		expect(literalTexts(`<a title="{m.a()} Seite">x</a>`)).toEqual(['Seite']);
		expect(
			literalTexts(`<script>const a = 'Text hier';</script><p>{m.x()}</p><i class="a b"></i>`)
		).toEqual([]);
		expect(
			literalTexts(`<input type="time" label={m.a()} hint={t === 'x' ? m.b() : ''} />`)
		).toEqual([]);
	});

	for (const file of svelteFiles(ROOT)) {
		it(file, () => {
			const allowed = ALLOWED[file] ?? [];
			const literals = literalTexts(readFileSync(file, 'utf8')).filter((t) => !allowed.includes(t));
			expect(literals, 'put these texts into messages/*.json').toEqual([]);
		});
	}
});
