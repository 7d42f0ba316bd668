/**
 * The route sheet's words in the CLIENT's language (any of the six, whatever the page's language
 * is): each leg of the chain as lines, and the short text version for a messenger. The text
 * carries no link: the link holds her home, and a messenger's server would read it.
 */
import { m, type Locale } from '$lib/i18n';
import type { ChainTrip, TripEnd, TripSegment } from '$lib/reach/coach-chains';
import { clockOf, dataName, legText } from '../../beratung/reasons';

export interface SegmentLines {
	from: TripEnd;
	to: TripEnd;
	/** "Spätestens los um 07:12, an 07:50 (Beginn 08:00)", or "no connection" */
	when: string;
	steps: string[];
	next: string | null;
	/** after this leg: hand the child over / pick it up */
	after: string | null;
}

export interface SheetPlace {
	title: string;
	/** the language the title is in (a German original without a translation: 'de') */
	titleLang?: string;
	organisation: string | null;
	address: string | null;
	phone: string | null;
	email: string | null;
	website: string | null;
	howToApply: string | null;
	/** "08:00–16:30", or null when the hours are not given */
	shift: string | null;
}

export function segmentLines(
	seg: TripSegment,
	trip: ChainTrip,
	names: Record<TripEnd, string>,
	locale: Locale,
	back: boolean
): SegmentLines {
	const o = { locale };
	const after =
		seg.to === 'kita'
			? back
				? m.coach_trip_kita_pickup({}, o)
				: m.coach_trip_kita_handover({}, o)
			: null;
	const it = seg.itinerary;
	if (!it)
		return {
			from: seg.from,
			to: seg.to,
			when: m.coach_trip_none({}, o),
			steps: [],
			next: null,
			after
		};
	const when =
		seg.deadline !== undefined
			? m.coach_trip_latest(
					{
						time: clockOf(it.departure),
						arrival: clockOf(it.arrival),
						deadline: clockOf(seg.deadline)
					},
					o
				)
			: m.coach_trip_leave({ time: clockOf(it.departure), arrival: clockOf(it.arrival) }, o);
	const end = (p: 'origin' | 'target') => names[p === 'origin' ? seg.from : seg.to];
	const steps: string[] = [];
	let rides = 0;
	for (const leg of it.legs) {
		if (leg.kind === 'ride' && rides++ > 0)
			steps.push(
				m.coach_trip_change({ stop: dataName(trip.stopNames[leg.from.stop] ?? '', locale) }, o)
			);
		steps.push(legText(leg, trip.stopNames, end, locale, trip.direct));
	}
	const next = seg.next
		? m.coach_trip_next(
				{ time: clockOf(seg.next.departure), arrival: clockOf(seg.next.arrival) },
				o
			)
		: null;
	return { from: seg.from, to: seg.to, when, steps, next, after };
}

export function tripLines(trip: ChainTrip, names: Record<TripEnd, string>, locale: Locale) {
	return {
		there: trip.there.map((s) => segmentLines(s, trip, names, locale, false)),
		back: trip.back.map((s) => segmentLines(s, trip, names, locale, true))
	};
}

/** The short text to paste into a messenger: the place, how to get in touch, both ways. */
export function messengerText(
	place: SheetPlace,
	lines: ReturnType<typeof tripLines>,
	locale: Locale
): string {
	const o = { locale };
	const out: string[] = [place.title + (place.organisation ? ` – ${place.organisation}` : '')];
	if (place.address) out.push(place.address);
	if (place.shift) out.push(m.sheet_shift({ hours: place.shift }, o));
	const contact = [place.phone, place.email, place.website].filter(Boolean).join(' · ');
	if (contact) out.push(`${m.place_contact({}, o)}: ${contact}`);
	if (place.howToApply) out.push(`${m.sheet_apply({}, o)}: ${place.howToApply}`);
	const way = (title: string, segs: SegmentLines[]) => {
		out.push('', title);
		for (const s of segs) {
			out.push(s.when, ...s.steps.map((x) => `– ${x}`));
			if (s.after) out.push(s.after);
		}
	};
	way(m.coach_trip_there({}, o), lines.there);
	way(m.coach_trip_back({}, o), lines.back);
	return out.join('\n');
}
