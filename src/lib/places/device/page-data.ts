/**
 * placesPageData (server/places/page-data.ts) on the phone: the list, the result count, the
 * numbers beside the filter choices and "open now", from the device snapshot — the same shape, so
 * the map page shows it in place of the server's answer while offline.
 */
import { translatedTitle } from '$lib/i18n/place-text';
import type { PlaceFilters } from '../filters';
import type { PlaceOnMap } from '../place';
import type { MapQuery } from '../url-state';
import { deviceMatches, openAt, openAtText } from './filter';
import type { Box } from './search';
import type { DevicePlace, DeviceSnapshot } from './snapshot';

type Counts = Record<string, Record<string, number>>;

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** place_counts of one list: total and the facets. */
function placeCounts(places: DevicePlace[]): Counts {
	const counts: Counts = { total: { '': places.length } };
	const add = (facet: string, value: string | null) => {
		const f = (counts[facet] ??= {});
		f[value ?? ''] = (f[value ?? ''] ?? 0) + 1;
	};
	for (const p of places) {
		add('kind', p.kind);
		add('quarter', p.quarter);
		add('status', 'published');
		add('wheelchair', p.wheelchair);
		for (const l of p.languages) add('language', l);
		if (p.workingTime) add('working_time', p.workingTime);
		if (p.kind === 'vacancy' && p.germanLevel) add('german_level', p.germanLevel);
		if (p.kind === 'vacancy' && p.childcare) add('childcare_friendly', 'true');
		if (p.kind === 'vacancy' && p.refugees) add('suitable_for_refugees', 'true');
		if ((p.kind === 'support_service' || p.kind === 'learning_place') && p.cost)
			add('cost', p.cost);
	}
	return counts;
}

/** The facets counted without their own filter (facetCounts). */
const OWN: [keyof PlaceFilters, string][] = [
	['kinds', 'kind'],
	['quarters', 'quarter'],
	['working_time', 'working_time'],
	['german_level_max', 'german_level'],
	['languages', 'language']
];

/**
 * The times "open at" can take offline: the snapshot knows opening hours from `hoursFrom` until
 * `hoursUntil` (wall clock); the picker is bounded to them (datetime-local min/max, 15 minutes).
 */
export function openRangeOf(snapshot: Pick<DeviceSnapshot, 'hoursFrom' | 'hoursUntil'>) {
	const until = new Date(`${snapshot.hoursUntil.slice(0, 10)}T12:00:00Z`);
	until.setUTCDate(until.getUTCDate() - 1);
	const lastDay = until.toISOString().slice(0, 10);
	return { min: snapshot.hoursFrom.slice(0, 16), max: `${lastDay}T23:45`, lastDay };
}

const withinHours = (snapshot: DeviceSnapshot, at: string) =>
	at >= snapshot.hoursFrom && at < snapshot.hoursUntil;

export function devicePageData(
	snapshot: DeviceSnapshot,
	box: Box,
	query: MapQuery,
	locale: string,
	now = new Date()
) {
	const { filters, open } = query;
	const match = (f: PlaceFilters, o = open) =>
		deviceMatches(snapshot, box, f, o, now).map((m) => m.place);
	const rows = match(filters);
	const counts = placeCounts(rows);
	for (const [key, facet] of OWN) {
		const v = filters[key];
		if (Array.isArray(v) ? v.length === 0 : v === undefined) continue;
		const without = placeCounts(match({ ...filters, [key]: undefined }))[facet];
		if (without) counts[facet] = without;
		else delete counts[facet];
	}
	const at = openAtText(open ?? 'now', now);
	const places: PlaceOnMap[] = rows.map((p) => {
		// The rule of the place page (trimmed, not blank) on the snapshot's raw titles.
		const translated = translatedTitle({ [locale]: { title: p.titles[locale] } }, locale);
		return {
			id: p.id,
			kind: p.kind,
			title: translated ?? p.title,
			lang: translated !== undefined ? locale : 'de',
			lon: round6(p.lon),
			lat: round6(p.lat),
			quarter: p.quarter,
			org: p.org,
			demo: p.demo,
			open: openAt(snapshot, p.hours, at),
			wheelchair: p.wheelchair,
			startsAt: p.startsAt
		};
	});
	return {
		places,
		total: rows.length,
		truncated: false,
		counts,
		openCount: match(filters, 'now').length,
		openRange: openRangeOf(snapshot),
		// A chosen time the snapshot's opening hours do not reach: the page says so.
		openBeyond: open !== undefined && open !== 'now' && !withinHours(snapshot, at)
	};
}
