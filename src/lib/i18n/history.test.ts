import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth, historyNote } from './history';

/** The history lines the system writes, in the reader's language (issue 15, review). */
describe('historyNote', () => {
	const renewed = {
		comment: null,
		message_key: 'valid_until',
		message_params: { date: '2026-12-31' }
	};

	it('words a stored key in German and in the reader’s language', () => {
		expect(historyNote(renewed, 'de')).toBe('gültig bis 31.12.2026');
		expect(historyNote(renewed, 'en')).toBe('valid until Dec 31, 2026');
		const ar = historyNote(renewed, 'ar')!;
		expect(ar).toMatch(/^صالح حتى /);
		expect(ar).toContain(formatDay('2026-12-31', 'ar'));
		expect(ar).not.toContain('31.12.2026');
		expect(historyNote({ comment: null, message_key: 'staff_created' }, 'tr')).toBe(
			'ekip tarafından oluşturuldu'
		);
		expect(historyNote({ comment: null, message_key: 'staff_edited' }, 'uk')).toBe(
			'змінено командою'
		);
	});

	it('words the German sentences of rows written before the keys the same way', () => {
		expect(historyNote({ comment: 'gültig bis 05.03.2027' }, 'en')).toBe('valid until Mar 5, 2027');
		expect(historyNote({ comment: 'gültig bis 05.03.2027' }, 'de')).toBe('gültig bis 05.03.2027');
		expect(historyNote({ comment: 'vom Team angelegt' }, 'ru')).toBe('создано командой');
		expect(historyNote({ comment: 'vom Team bearbeitet' }, 'en')).toBe('edited by the team');
	});

	it('shows what a person wrote as written', () => {
		expect(historyNote({ comment: 'Bitte Adresse prüfen' }, 'en')).toBe('Bitte Adresse prüfen');
		expect(historyNote({ comment: 'gültig bis morgen' }, 'en')).toBe('gültig bis morgen');
		expect(historyNote({ comment: null }, 'en')).toBeNull();
	});

	it('never fails on what it does not know', () => {
		expect(historyNote({ comment: null, message_key: 'later_key' }, 'en')).toBeNull();
		expect(historyNote({ comment: 'x', message_key: 'later_key' }, 'en')).toBe('x');
		expect(
			historyNote(
				{ comment: null, message_key: 'valid_until', message_params: { date: '2026-02-30' } },
				'en'
			)
		).toBeNull();
		expect(
			historyNote({ comment: null, message_key: 'valid_until', message_params: null }, 'en')
		).toBeNull();
		// an impossible legacy date stays as written
		expect(historyNote({ comment: 'gültig bis 31.02.2027' }, 'en')).toBe('gültig bis 31.02.2027');
	});
});

describe('formatMonth', () => {
	it('names the month in the reader’s language, keeps what is no month', () => {
		expect(formatMonth('2026-12', 'de')).toBe('Dez. 2026');
		expect(formatMonth('2026-12', 'en')).toBe('Dec 2026');
		expect(formatMonth('2026-12', 'ar')).not.toContain('2026-12');
		expect(formatMonth('2026-13', 'de')).toBe('2026-13');
		expect(formatMonth('x', 'de')).toBe('x');
	});
});
