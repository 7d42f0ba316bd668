/**
 * The data notes under the reachability view in the reader's language. The pipeline writes its
 * manifest's label and credit lines in German; the sources it knows (OpenStreetMap, GTFS feeds,
 * the stop positions, the demo timetable) are said here in the messages' words instead, from the
 * manifest's fields. A source we do not know keeps the pipeline's line (lang="de").
 */
import { m, type Locale } from '$lib/i18n';
import type { LoadedInfo } from '$lib/reach/protocol';
import type { ManifestSource } from '$lib/reach/manifest';

export interface Credit {
	text: string;
	/** Set when the text is the pipeline's own (German), not the reader's language. */
	lang?: string;
}

/** One source's credit line. */
export function sourceCredit(s: ManifestSource, locale?: Locale): Credit {
	const o = { locale };
	const licence = s.licence && s.licence !== 'unknown' ? s.licence.replaceAll('-', ' ') : '';
	if (s.name === 'OpenStreetMap') return { text: m.reach_source_osm({}, o) };
	if (s.name === 'Demo timetable') return { text: m.reach_source_demo({}, o) };
	if (/db-hafas-stations/.test(s.name)) return { text: m.reach_source_stops({}, o) };
	if (s.name.startsWith('GTFS ') && s.publisher) {
		const text = m.reach_source_timetable({ publisher: s.publisher }, o);
		return { text: licence ? `${text} (${licence})` : text };
	}
	return { text: s.attribution, lang: 'de' };
}

/** The line about the data as a whole (the manifest's label), or null. */
export function dataLabel(info: Pick<LoadedInfo, 'demo' | 'model' | 'label'>, locale?: Locale) {
	const o = { locale };
	if (info.demo) {
		const demo = m.reach_label_demo({}, o);
		return { text: info.model === 'fallback' ? `${demo}; ${m.reach_label_fallback({}, o)}` : demo };
	}
	return info.label ? { text: info.label, lang: 'de' } : null;
}
