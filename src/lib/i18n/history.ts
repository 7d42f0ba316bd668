/**
 * Lines of an entry's history that the system wrote, in the reader's language. Since
 * 20261204100000_history_message_keys.sql such a line is stored as a message key with parameters
 * (moderation_events.message_key / message_params); rows written before carry one of three German
 * sentences in their comment, recognised here and worded the same way. What a person wrote (a
 * reason, a moderator's note) is shown as written.
 */
import { m } from './paraglide/messages';
import { getLocale, type Locale } from './paraglide/runtime';

export interface HistorySource {
	comment: string | null;
	message_key?: string | null;
	message_params?: unknown;
}

/** A calendar day (YYYY-MM-DD) in the reader's format; null when it is no such day. */
export function formatDay(day: string, locale: string = getLocale()): string | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) return null;
	const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3], 12));
	if (Number.isNaN(date.getTime()) || date.getUTCDate() !== +match[3]) return null;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A calendar month (YYYY-MM) in the reader's words ("Dez. 2026", "Dec 2026"); the input when it is none. */
export function formatMonth(month: string, locale: string = getLocale()): string {
	const match = /^(\d{4})-(\d{2})$/.exec(month);
	if (!match || +match[2] < 1 || +match[2] > 12) return month;
	return new Intl.DateTimeFormat(locale, {
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(+match[1], +match[2] - 1, 15)));
}

/** The three German sentences the system wrote before message keys existed. */
function legacy(comment: string): { key: string; params: Record<string, string> } | null {
	const t = comment.trim();
	const until = /^gültig bis (\d{2})\.(\d{2})\.(\d{4})$/.exec(t);
	if (until) return { key: 'valid_until', params: { date: `${until[3]}-${until[2]}-${until[1]}` } };
	if (t === 'vom Team angelegt') return { key: 'staff_created', params: {} };
	if (t === 'vom Team bearbeitet') return { key: 'staff_edited', params: {} };
	return null;
}

function worded(key: string, params: Record<string, unknown>, locale: Locale): string | null {
	switch (key) {
		case 'valid_until': {
			const date = typeof params.date === 'string' ? formatDay(params.date, locale) : null;
			return date ? m.history_valid_until({ date }, { locale }) : null;
		}
		case 'staff_created':
			return m.history_staff_created({}, { locale });
		case 'staff_edited':
			return m.history_staff_edited({}, { locale });
		default:
			return null;
	}
}

/**
 * The note of a history line for the reader: a system line in the reader's language, a person's
 * comment as written, or null.
 */
export function historyNote(row: HistorySource, locale: Locale = getLocale()): string | null {
	if (row.message_key) {
		const params =
			row.message_params && typeof row.message_params === 'object'
				? (row.message_params as Record<string, unknown>)
				: {};
		const text = worded(row.message_key, params, locale);
		if (text) return text;
	}
	if (!row.comment) return null;
	const old = legacy(row.comment);
	return (old && worded(old.key, old.params, locale)) ?? row.comment;
}
