/**
 * The coach's ranked list (issue 12, points 2–5): offers (vacancies, courses and learning
 * places, support services) with the trip-chain result of the worker, put in order by fit and
 * door-to-door time, each with why it fits and what does not. Pure: the texts come from the
 * messages, nothing here reads the page.
 */
import type { ClientProfile } from '$lib/coach/client-profile';
import { GERMAN_LEVELS } from '$lib/places/kinds';
import { ChainFlag, reasonableCommuteMinutes } from '$lib/reach/chains';
import type { CoachChainResult } from '$lib/reach/coach-chains';
import { parseClock } from '$lib/reach/view/origin';
import { kitaHours } from './client-profiles.svelte';

export interface Offer {
	id: string;
	kind: 'vacancy' | 'learning_place' | 'support_service';
	title: string;
	/** the place's own translations ({"ar": {"title": …}}), as on the place page */
	translations?: unknown;
	lon: number;
	lat: number;
	address: string | null;
	organisation: string | null;
	opening_hours: string | null;
	languages: string[];
	contact_phone: string | null;
	contact_email: string | null;
	website: string | null;
	working_time: 'full_time' | 'part_time' | 'mini_job' | null;
	hours_per_week: number | null;
	german_level: (typeof GERMAN_LEVELS)[number] | null;
	/** "HH:MM" or null (hours unknown) */
	shift_start: string | null;
	shift_end: string | null;
	weekend_work: boolean;
	childcare_friendly: boolean;
	how_to_apply: string | null;
}

export type ShiftKind = 'early' | 'late' | 'night' | 'weekend';

/** What the worker needs per offer: shift seconds (−1 unknown), weekend, daily hours. */
export function chainInputs(offers: Offer[]) {
	const n = offers.length;
	const start = new Int32Array(n).fill(-1);
	const end = new Int32Array(n).fill(-1);
	const weekend = new Uint8Array(n);
	const dayHours = new Float32Array(n).fill(NaN);
	offers.forEach((o, i) => {
		const s = o.shift_start ? parseClock(o.shift_start.slice(0, 5)) : null;
		const e = o.shift_end ? parseClock(o.shift_end.slice(0, 5)) : null;
		if (s !== null && e !== null) {
			start[i] = s;
			// a night shift ends the next morning: the way back runs on the morning's timetable
			end[i] = e;
		}
		weekend[i] = o.weekend_work ? 1 : 0;
		if (o.hours_per_week) dayHours[i] = o.hours_per_week / 5;
		else if (s !== null && e !== null) dayHours[i] = ((e - s + 86400) % 86400) / 3600;
	});
	return { start, end, weekend, dayHours };
}

/** The shift kinds of an offer's hours: early before 7:00, late after 19:00, night across 0:00. */
export function shiftKinds(o: Pick<Offer, 'shift_start' | 'shift_end' | 'weekend_work'>) {
	const kinds: ShiftKind[] = [];
	const s = o.shift_start ? parseClock(o.shift_start.slice(0, 5)) : null;
	const e = o.shift_end ? parseClock(o.shift_end.slice(0, 5)) : null;
	if (s !== null && e !== null) {
		const night = e < s || s >= 21 * 3600 || s < 4 * 3600;
		if (night) kinds.push('night');
		else {
			if (s < 7 * 3600) kinds.push('early');
			if (e > 19 * 3600) kinds.push('late');
		}
	}
	if (o.weekend_work) kinds.push('weekend');
	return kinds;
}

/** One reason, as a message key with its values (the view translates). */
export type Reason =
	| { key: 'german_low'; needed: string; has: string }
	| { key: 'german_ok'; needed: string }
	| { key: 'working_time'; offer: string }
	| { key: 'working_time_ok'; offer: string }
	| { key: 'shift_unwanted'; shift: ShiftKind }
	| { key: 'shift_ok'; shift: ShiftKind }
	| { key: 'hours_unknown' }
	| { key: 'kita_not_open'; opens: string; start: string }
	| { key: 'kita_closed'; closes: string; end: string }
	| { key: 'kita_unreachable' }
	| { key: 'no_way_to_work'; start: string }
	| { key: 'last_bus'; end: string }
	| { key: 'over_140'; minutes: number; limit: number }
	| { key: 'slack_to'; minutes: number }
	| { key: 'slack_back'; minutes: number }
	| { key: 'weekend_unchecked' }
	| { key: 'weekend_no_data'; feeds: string }
	| { key: 'sunday_ok' }
	| { key: 'sunday_no_way_to_work'; start: string }
	| { key: 'sunday_last_bus'; end: string }
	| { key: 'language'; language: string }
	| { key: 'childcare_friendly' };

export interface RankedRow {
	index: number;
	offer: Offer;
	toWork: number;
	back: number;
	fits: Reason[];
	problems: Reason[];
	/** hours unknown, weekend unchecked: said, not counted */
	notes: Reason[];
	/** hard problems (no way, Kita, § 140(4)) */
	blocking: number;
}

const clock = (s: number) =>
	`${String(Math.floor(s / 3600) % 24).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}`;

export function rankOffers(
	offers: Offer[],
	r: CoachChainResult,
	profile: ClientProfile,
	inputs = chainInputs(offers)
): RankedRow[] {
	// a Kita without hours: the chains ran with the assumed ones, and the reasons name those
	const kita = profile.kita ? kitaHours(profile.kita) : null;
	// weekend rows checked on the Sunday timetable: `f` holds both days, `day` the weekday's own
	const sunday = r.sunday?.status === 'checked' ? r.sunday : undefined;
	const missing = r.sunday?.status === 'unchecked' ? r.sunday.feeds : [];
	const rows: RankedRow[] = offers.map((offer, i) => {
		const f = r.flags[i];
		const day = sunday ? sunday.weekdayFlags[i] : f;
		const fits: Reason[] = [];
		const problems: Reason[] = [];
		const notes: Reason[] = [];
		let blocking = 0;
		const hard = (x: Reason) => {
			problems.push(x);
			blocking++;
		};
		const isJob = offer.kind === 'vacancy';
		const { start, end } = inputs;
		if (isJob && offer.german_level) {
			const need = GERMAN_LEVELS.indexOf(offer.german_level);
			const has = GERMAN_LEVELS.indexOf(profile.german);
			if (need > has)
				problems.push({ key: 'german_low', needed: offer.german_level, has: profile.german });
			else if (need > 0) fits.push({ key: 'german_ok', needed: offer.german_level });
		}
		if (isJob && offer.working_time && profile.workingTimes.length) {
			if (profile.workingTimes.includes(offer.working_time))
				fits.push({ key: 'working_time_ok', offer: offer.working_time });
			else problems.push({ key: 'working_time', offer: offer.working_time });
		}
		if (isJob)
			for (const shift of shiftKinds(offer)) {
				if (profile.shifts.includes(shift)) fits.push({ key: 'shift_ok', shift });
				else problems.push({ key: 'shift_unwanted', shift });
			}
		if (isJob && f & ChainFlag.HOURS_UNKNOWN) notes.push({ key: 'hours_unknown' });
		if (day & ChainFlag.KITA_UNREACHABLE) hard({ key: 'kita_unreachable' });
		if (isJob && day & ChainFlag.KITA_NOT_OPEN && kita)
			hard({ key: 'kita_not_open', opens: kita.opens, start: clock(start[i]) });
		else if (isJob && start[i] >= 0 && day & ChainFlag.NO_WAY_TO_WORK)
			hard({ key: 'no_way_to_work', start: clock(start[i]) });
		if (isJob && day & ChainFlag.KITA_CLOSED && kita)
			hard({ key: 'kita_closed', closes: kita.closes, end: clock(end[i]) });
		else if (isJob && end[i] >= 0 && day & ChainFlag.NO_WAY_BACK)
			hard({ key: 'last_bus', end: clock(end[i]) });
		if (isJob && sunday && offer.weekend_work && start[i] >= 0 && end[i] >= 0) {
			// what fails on Sunday only (the weekday's problems are said above)
			const sun = sunday.flags[i];
			const there = ChainFlag.NO_WAY_TO_WORK | ChainFlag.KITA_NOT_OPEN | ChainFlag.KITA_UNREACHABLE;
			const back = ChainFlag.NO_WAY_BACK | ChainFlag.KITA_CLOSED;
			if (sun & there & ~day) hard({ key: 'sunday_no_way_to_work', start: clock(start[i]) });
			if (sun & back & ~day) hard({ key: 'sunday_last_bus', end: clock(end[i]) });
			if (!(sun & (there | back))) fits.push({ key: 'sunday_ok' });
		}
		if (f & ChainFlag.OVER_140)
			hard({
				key: 'over_140',
				minutes: Math.round(r.toWork[i] + r.back[i]),
				limit: reasonableCommuteMinutes(
					Number.isNaN(inputs.dayHours[i]) ? undefined : inputs.dayHours[i]
				)
			});
		if (isJob && f & ChainFlag.WEEKEND_UNCHECKED)
			notes.push(
				missing.length
					? { key: 'weekend_no_data', feeds: missing.join(', ') }
					: { key: 'weekend_unchecked' }
			);
		if (isJob && !Number.isNaN(r.slackTo[i]) && r.slackTo[i] >= 0 && start[i] >= 0)
			fits.push({ key: 'slack_to', minutes: Math.round(r.slackTo[i]) });
		if (isJob && !Number.isNaN(r.slackBack[i]) && r.slackBack[i] >= 0 && end[i] >= 0)
			fits.push({ key: 'slack_back', minutes: Math.round(r.slackBack[i]) });
		const spoken = offer.languages.find((l) => l !== 'de' && profile.languages.includes(l));
		if (spoken) fits.push({ key: 'language', language: spoken });
		if (isJob && offer.childcare_friendly && profile.kita) fits.push({ key: 'childcare_friendly' });
		return {
			index: i,
			offer,
			toWork: r.toWork[i],
			back: r.back[i],
			fits,
			problems,
			notes,
			blocking
		};
	});
	const total = (x: RankedRow) => (Number.isNaN(x.toWork + x.back) ? Infinity : x.toWork + x.back);
	return rows.sort(
		(a, b) =>
			a.blocking - b.blocking ||
			a.problems.length - b.problems.length ||
			total(a) - total(b) ||
			a.offer.title.localeCompare(b.offer.title)
	);
}
