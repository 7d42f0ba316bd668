/**
 * The interface's words. Messages live in messages/{locale}.json and are compiled by Paraglide JS
 * into ./paraglide (generated, do not edit). Names of quarters are proper names and stay German;
 * language names come from the browser's Intl.DisplayNames in the reader's language.
 */
import { m } from './paraglide/messages';
import { getLocale, locales, type Locale } from './paraglide/runtime';
import { REGION, TIME_ZONE } from '$lib/region';

export { m, getLocale, locales, type Locale };
/** Every enumeration's words (kinds, working time, German level, …) live in labels.ts. */
export * from './labels';

/** Each language's own name, for the language switch (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = {
	de: 'Deutsch',
	en: 'English',
	tr: 'Türkçe',
	ar: 'العربية',
	ru: 'Русский',
	uk: 'Українська'
};

/**
 * The languages the menu offers, in the region's order (region.json `defaultLanguages`); a
 * language the app has no translation for is left out (region.test.ts refuses such a file).
 */
export const offeredLocales: readonly Locale[] = REGION.defaultLanguages.filter((l): l is Locale =>
	(locales as readonly string[]).includes(l)
);

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
