/**
 * The map page's data computed on the phone from the device snapshot, when it is offline: the
 * same rows, order and counts as the server's placesPageData, by the same rules as the SQL
 * (parse_place_filters: a filter of one kind narrows to that kind; place_matches: every filter;
 * map_places: order by kind, title, id, or by relevance with a term; place_counts + facetCounts:
 * the counts). tests/integration/device-filter.test.ts runs the server's test cases on both and
 * fails on any difference.
 */
import { GERMAN_LEVELS } from '../kinds';
import type { PlaceFilters } from '../filters';
import { localDay, localToInstant, wallClock } from '$lib/region/time';
import { searchHits, type Box } from './search';
import type { DevicePlace, DeviceSnapshot } from './snapshot';

/** The order of the database's place_kind enum (map_places sorts by it). */
const KIND_ORDER = [
	'employer',
	'vacancy',
	'vacant_space',
	'public_space',
	'support_service',
	'learning_place',
	'event'
];

const pad = (n: number) => String(n).padStart(2, '0');
const wallText = (d: Date) =>
	`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

/** resolveOpenAt (opening-hours.ts) as a wall-clock text: 'now', or 'YYYY-MM-DDTHH:mm'. */
export function openAtText(open: string, now: Date): string {
	return open === 'now' ? wallText(wallClock(now)) : `${open}:00`;
}

/** isOpenAt on the snapshot's intervals: null when unknown (no hours, or beyond the snapshot). */
export function openAt(snapshot: DeviceSnapshot, hours: string | null, at: string): boolean | null {
	if (!hours) return null;
	const intervals = snapshot.hours[hours];
	if (!intervals || at < snapshot.hoursFrom || at >= snapshot.hoursUntil) return null;
	return intervals.some(([from, to]) => from <= at && at < to);
}

const set = <T>(v: T[] | undefined) => (v && v.length > 0 ? v : undefined);

/** The places `filters` keep (place_matches), in the database's order, with their rank. */
export function deviceMatches(
	snapshot: DeviceSnapshot,
	box: Box,
	filters: PlaceFilters,
	open: string | undefined,
	now: Date
): { place: DevicePlace; rank: number }[] {
	const [west, south, east, north] = box;
	let kinds = set(filters.kinds) as string[] | undefined;
	const narrow = (allowed: string[]) =>
		(kinds = (kinds ?? KIND_ORDER).filter((k) => allowed.includes(k)));
	const workingTime = set(filters.working_time);
	const germanMax = filters.german_level_max
		? GERMAN_LEVELS.indexOf(filters.german_level_max)
		: undefined;
	if (
		workingTime ||
		germanMax !== undefined ||
		filters.childcare_friendly ||
		filters.suitable_for_refugees ||
		filters.start_by
	)
		narrow(['vacancy']);
	if (filters.free_only) narrow(['support_service', 'learning_place']);
	const eventFrom = filters.event_from ? localToInstant(`${filters.event_from}T00:00`) : undefined;
	const eventTo = filters.event_to ? nextDayStart(filters.event_to) : undefined;
	if (eventFrom || eventTo) narrow(['event']);

	const q = filters.q?.trim() || undefined;
	const hits = q ? searchHits(snapshot, q, box) : undefined;
	const today = localDay(now, snapshot.dbTimeZone);
	const at = open ? openAtText(open, now) : undefined;
	const quarters = set(filters.quarters) as string[] | undefined;
	const languages = set(filters.languages);

	const out: { place: DevicePlace; rank: number }[] = [];
	for (const p of snapshot.places) {
		if (p.lat < south || p.lat > north || p.lon < west || p.lon > east) continue;
		if (kinds && !kinds.includes(p.kind)) continue;
		if (quarters && (p.quarter === null || !quarters.includes(p.quarter))) continue;
		if ((p.validFrom && p.validFrom > today) || (p.validThrough && p.validThrough < today))
			continue;
		if (languages && !p.languages.some((l) => languages.includes(l))) continue;
		if (filters.wheelchair && p.wheelchair !== 'yes' && p.wheelchair !== 'limited') continue;
		if (at && openAt(snapshot, p.hours, at) !== true) continue;
		if (hits && !hits.has(p.id)) continue;
		if (workingTime && (p.workingTime === null || !workingTime.includes(p.workingTime))) continue;
		if (germanMax !== undefined || filters.childcare_friendly || filters.suitable_for_refugees) {
			// a vacancy_details row (its german_level is never null)
			if (p.germanLevel === null) continue;
			if (germanMax !== undefined && GERMAN_LEVELS.indexOf(p.germanLevel as never) > germanMax)
				continue;
			if (filters.childcare_friendly && !p.childcare) continue;
			if (filters.suitable_for_refugees && !p.refugees) continue;
		}
		if (filters.start_by) {
			if (p.germanLevel === null) continue;
			if (p.startDate !== null && p.startDate > filters.start_by) continue;
		}
		if (filters.free_only && p.cost !== 'free') continue;
		if (eventFrom || eventTo) {
			if (!p.startsAt) continue;
			const end = Date.parse(p.endsAt ?? p.startsAt);
			if (eventFrom && end < Date.parse(eventFrom)) continue;
			if (eventTo && Date.parse(p.startsAt) >= Date.parse(eventTo)) continue;
		}
		out.push({ place: p, rank: hits?.get(p.id) ?? 0 });
	}
	const byTitle = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return out.sort(
		(a, b) =>
			b.rank - a.rank ||
			KIND_ORDER.indexOf(a.place.kind) - KIND_ORDER.indexOf(b.place.kind) ||
			byTitle(a.place.title, b.place.title) ||
			byTitle(a.place.id, b.place.id)
	);
}

/** Midnight after `day` (YYYY-MM-DD) in the region's zone, as an instant. */
function nextDayStart(day: string): string {
	const [y, m, d] = day.split('-').map(Number);
	const next = new Date(Date.UTC(y, m - 1, d + 1));
	return localToInstant(`${next.toISOString().slice(0, 10)}T00:00`);
}
