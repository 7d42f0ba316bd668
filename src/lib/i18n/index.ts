/**
 * The interface's words. Messages live in messages/{locale}.json and are compiled by Paraglide JS
 * into ./paraglide (generated, do not edit). Names of quarters are proper names and stay German;
 * language names come from the browser's Intl.DisplayNames in the reader's language.
 */
import { m } from './paraglide/messages';
import { getLocale, locales, type Locale } from './paraglide/runtime';
import type { PlaceKind } from '$lib/places/kinds';
import { TIME_ZONE } from '$lib/region';

export { m, getLocale, locales, type Locale };

/** Each language's own name, for the language switch (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = {
	de: 'Deutsch',
	en: 'English',
	tr: 'Türkçe',
	ar: 'العربية',
	ru: 'Русский',
	uk: 'Українська'
};

export function kindLabel(kind: PlaceKind): string {
	const labels: Record<PlaceKind, () => string> = {
		vacancy: m.kind_vacancy,
		employer: m.kind_employer,
		vacant_space: m.kind_vacant_space,
		support_service: m.kind_support_service,
		learning_place: m.kind_learning_place,
		event: m.kind_event,
		public_space: m.kind_public_space
	};
	return labels[kind]();
}

export function workingTimeLabel(value: string): string {
	const labels: Record<string, () => string> = {
		full_time: m.wt_full_time,
		part_time: m.wt_part_time,
		mini_job: m.wt_mini_job
	};
	return labels[value]?.() ?? value;
}

export function germanLevelLabel(value: string): string {
	return value === 'none' ? m.german_none() : value;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** "Türkisch" in German, "Turkish" in English, …; the code itself if the runtime does not know it. */
export function languageName(code: string, locale: string = getLocale()): string {
	try {
		let names = displayNames.get(locale);
		if (!names) {
			names = new Intl.DisplayNames([locale], { type: 'language' });
			displayNames.set(locale, names);
		}
		return names.of(code) ?? code;
	} catch {
		return code;
	}
}

/** Dates and times in the reader's language, always in the region's time zone. */
export function formatDateTime(iso: string, locale: string = getLocale(), withTime = true): string {
	return new Intl.DateTimeFormat(locale, {
		dateStyle: 'medium',
		...(withTime ? { timeStyle: 'short' } : {}),
		timeZone: TIME_ZONE
	}).format(new Date(iso));
}
