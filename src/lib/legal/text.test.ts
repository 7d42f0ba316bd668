import { describe, expect, it } from 'vitest';
import { openPlaceholders, parseLegalText } from './text';

describe('legal text format', () => {
	it('reads headings, paragraphs with line breaks, lists and links; no HTML', () => {
		const blocks = parseLegalText(
			'Einleitung <b>fett</b>\nzweite Zeile\n\n## Kontakt\nTelefon: 1\n- eins\n- [Formular](/barrierefreiheit/melden)\n\n[böse](javascript:alert(1))'
		);
		expect(blocks).toEqual([
			{ type: 'p', lines: [[{ text: 'Einleitung <b>fett</b>' }], [{ text: 'zweite Zeile' }]] },
			{ type: 'h2', text: 'Kontakt', id: 'kontakt' },
			{ type: 'p', lines: [[{ text: 'Telefon: 1' }]] },
			{
				type: 'ul',
				items: [[{ text: 'eins' }], [{ text: 'Formular', href: '/barrierefreiheit/melden' }]]
			},
			{ type: 'p', lines: [[{ text: '[böse](javascript:alert(1))' }]] }
		]);
	});
	it('counts the placeholders still to fill in', () => {
		expect(openPlaceholders('Name: [Name eintragen], [Link](/daten), [Ort]')).toBe(2);
	});
});
