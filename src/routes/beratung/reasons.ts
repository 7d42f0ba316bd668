/** The ranked list's reasons and the itinerary's steps in the page's language. */
import {
	getLocale,
	germanLevelLabel,
	languageName,
	m,
	workingTimeLabel,
	type Locale
} from '$lib/i18n';
import { BASE_LOCALE } from '$lib/i18n/place-text';
import type { ItineraryLeg } from '$lib/reach/itinerary';
import type { Reason, ShiftKind } from './ranking';

const shift: Record<ShiftKind, () => string> = {
	early: m.coach_shift_early,
	late: m.coach_shift_late,
	night: m.coach_shift_night,
	weekend: m.coach_shift_weekend
};

export function reasonText(r: Reason): string {
	switch (r.key) {
		case 'german_low':
			return m.coach_why_german_low({ needed: r.needed, has: germanLevelLabel(r.has) });
		case 'german_ok':
			return m.coach_why_german_ok({ needed: r.needed });
		case 'working_time':
			return m.coach_why_working_time({ offer: workingTimeLabel(r.offer) });
		case 'working_time_ok':
			return m.coach_why_working_time_ok({ offer: workingTimeLabel(r.offer) });
		case 'shift_unwanted':
			return m.coach_why_shift_unwanted({ shift: shift[r.shift]() });
		case 'shift_ok':
			return m.coach_why_shift_ok({ shift: shift[r.shift]() });
		case 'hours_unknown':
			return m.coach_why_hours_unknown();
		case 'kita_not_open':
			return m.coach_why_kita_not_open({ opens: r.opens, start: r.start });
		case 'kita_closed':
			return m.coach_why_kita_closed({ closes: r.closes, end: r.end });
		case 'kita_unreachable':
			return m.coach_why_kita_unreachable();
		case 'no_way_to_work':
			return m.coach_why_no_way_to_work({ start: r.start });
		case 'last_bus':
			return m.coach_why_last_bus({ end: r.end });
		case 'over_140':
			return m.coach_why_over_140({ minutes: String(r.minutes), limit: String(r.limit) });
		case 'slack_to':
			return m.coach_why_slack_to({ minutes: String(r.minutes) });
		case 'slack_back':
			return m.coach_why_slack_back({ minutes: String(r.minutes) });
		case 'weekend_unchecked':
			return m.coach_why_weekend_unchecked();
		case 'weekend_no_data':
			return m.coach_why_weekend_no_data({ feeds: r.feeds });
		case 'sunday_ok':
			return m.coach_why_sunday_ok();
		case 'sunday_no_way_to_work':
			return m.coach_why_sunday_no_way_to_work({ start: r.start });
		case 'sunday_last_bus':
			return m.coach_why_sunday_last_bus({ end: r.end });
		case 'language':
			return m.coach_why_language({ language: languageName(r.language) });
		case 'childcare_friendly':
			return m.coach_why_childcare_friendly();
	}
}

/** "07:34" from seconds of the service day (past midnight wraps). */
export function clockOf(seconds: number): string {
	const m = Math.floor(seconds / 60);
	return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** First-strong isolate … pop directional isolate: a name kept apart from the sentence around it. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * A name from the timetable (a stop, a line, its direction) inside a sentence in `locale`: as it
 * is in German; in any other language between isolates, so right-to-left text keeps its order
 * around it (a line name in brackets came out in the wrong order) and DataText.svelte shows it
 * as German.
 */
export function dataName(name: string, locale: Locale = getLocale()): string {
	return name && locale !== BASE_LOCALE ? `${FSI}${name}${PDI}` : name;
}

/** One step of an itinerary as a line: walk 6 min to X; line Y at 7:34 towards Z; change at W. */
export function legText(
	leg: ItineraryLeg,
	names: Record<number, string>,
	endName: (p: 'origin' | 'target') => string,
	locale?: Locale,
	/** how she goes door to door without a vehicle (ChainTrip.direct): by bike the whole way */
	direct: 'walk' | 'bike' = 'walk'
): string {
	const options = locale ? { locale } : undefined;
	const loc = locale ?? getLocale();
	const placeName = (p: ItineraryLeg['to']) =>
		p.kind === 'stop' ? dataName(names[p.stop] ?? '', loc) : endName(p.kind);
	if (leg.kind === 'walk')
		return (
			direct === 'bike' && leg.from.kind === 'origin' && leg.to.kind === 'target'
				? m.coach_trip_bike
				: m.coach_trip_walk
		)(
			{
				time: clockOf(leg.departure),
				minutes: String(Math.max(1, Math.round((leg.arrival - leg.departure) / 60))),
				to: placeName(leg.to)
			},
			options
		);
	return m.coach_trip_ride(
		{
			time: clockOf(leg.departure),
			line: dataName(leg.routeName, loc),
			towards: dataName(leg.headsign, loc),
			stops: String(leg.stopsRidden),
			to: placeName(leg.to),
			arrival: clockOf(leg.arrival)
		},
		options
	);
}
