/**
 * Which language a place's own text is shown in. Places are written in German; the business or
 * the staff may add translations ({"en": {"title": …, "description": …}, …}). A translation is
 * used field by field when present and not blank, otherwise the German original — and the `lang`
 * of each field says which one it is, so screen readers pronounce it right.
 */
export const BASE_LOCALE = 'de';

export interface TranslatablePlace {
	title: string;
	description?: string | null;
	translations?: unknown;
}

export interface PlaceText {
	title: string;
	titleLang: string;
	description: string;
	descriptionLang: string;
}

function translatedField(translations: unknown, locale: string, field: 'title' | 'description') {
	if (!translations || typeof translations !== 'object') return undefined;
	const entry = (translations as Record<string, unknown>)[locale];
	if (!entry || typeof entry !== 'object') return undefined;
	const value = (entry as Record<string, unknown>)[field];
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The title in `locale` if the place has one there (the rule of placeText: trimmed, not blank,
 * never for German). The list rows, the map's selected place and the device's offline list use it,
 * so they show the same title as the place page.
 */
export function translatedTitle(translations: unknown, locale: string): string | undefined {
	return locale === BASE_LOCALE ? undefined : translatedField(translations, locale, 'title');
}

export function placeText(place: TranslatablePlace, locale: string): PlaceText {
	const title = translatedTitle(place.translations, locale);
	const description =
		locale === BASE_LOCALE ? undefined : translatedField(place.translations, locale, 'description');
	return {
		title: title ?? place.title,
		titleLang: title ? locale : BASE_LOCALE,
		description: description ?? place.description ?? '',
		descriptionLang: description ? locale : BASE_LOCALE
	};
}

/** The UI language for a requested code: one of ours, else the base locale. */
export function pickLocale<L extends string>(
	requested: unknown,
	locales: readonly L[],
	base: L
): L {
	if (typeof requested !== 'string') return base;
	const code = requested.trim().toLowerCase().split(/[-_]/)[0];
	return (locales as readonly string[]).includes(code) ? (code as L) : base;
}
