/**
 * The device snapshot ($lib/places/device/snapshot.ts): what a phone needs to filter and search the
 * map's places offline with the server's semantics. Read under the caller's claims (RLS applies);
 * the search columns come from place_search (published places), as search_hits reads them.
 */
import { parseOpeningHours } from '$lib/places/opening-hours';
import { wallClock } from '$lib/region/time';
import type { DevicePlace, DeviceSnapshot, SearchRow } from '$lib/places/device/snapshot';
import type { Session } from '../db';

/** How far ahead the opening hours are known on the device. */
export const HOURS_DAYS = 14;

const pad = (n: number) => String(n).padStart(2, '0');
/** A wall-clock Date as 'YYYY-MM-DDTHH:mm:ss' (its local fields). */
export const wallText = (d: Date) =>
	`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

type Row = DevicePlace & { visible: boolean };

export async function deviceSnapshot(db: Session, now = new Date()): Promise<DeviceSnapshot> {
	const [rows, orgs, quarters, synonyms, [tz]] = await Promise.all([
		db.query<Row>(
			`select s.place_id as id, s.lat, s.lon, s.quarter_id as quarter,
			        s.organisation_id as "orgId", s.search_text as text,
			        (select coalesce(json_agg(json_build_array(u.lexeme, array_to_string(u.weights, ''))
			                                  order by u.lexeme collate "C"), '[]') from unnest(s.search) u) as de,
			        (select coalesce(json_agg(json_build_array(u.lexeme, array_to_string(u.weights, ''))
			                                  order by u.lexeme collate "C"), '[]') from unnest(s.search_i18n) u) as i18n,
			        p.id is not null as visible,
			        p.kind, p.title,
			        coalesce((select jsonb_object_agg(t.key, t.value ->> 'title')
			                    from jsonb_each(p.translations) t
			                   where t.value ->> 'title' is not null), '{}') as titles,
			        o.name as org, p.is_demo as demo, p.wheelchair, p.languages,
			        p.opening_hours as hours, p.map_working_time as "workingTime",
			        v.german_level as "germanLevel", v.childcare_friendly as childcare,
			        v.suitable_for_refugees as refugees, v.start_date::text as "startDate",
			        sd.cost, e.starts_at as "startsAt", e.ends_at as "endsAt",
			        p.valid_from::text as "validFrom", p.valid_through::text as "validThrough"
			   from public.place_search s
			   left join public.places p on p.id = s.place_id
			   left join public.organisations o on o.id = p.organisation_id
			   left join public.vacancy_details v on v.place_id = p.id
			   left join public.service_details sd on sd.place_id = p.id
			   left join public.event_details e on e.place_id = p.id
			  order by s.place_id`
		),
		db.query<{ id: string; name: string; lexemes: string[] }>(
			`select id, name, tsvector_to_array(to_tsvector('german', name)) as lexemes
			   from public.organisations order by id`
		),
		db.query<{ id: string; name: string }>('select id, name from public.quarters order by id'),
		db.query<{ group_key: string; term: string }>(
			'select group_key, term from public.search_synonyms order by group_key, term'
		),
		db.query<{ tz: string }>(`select current_setting('TimeZone') as tz`)
	]);

	const places: DevicePlace[] = [];
	const hidden: SearchRow[] = [];
	for (const r of rows) {
		const search: SearchRow = {
			id: r.id,
			lat: r.lat,
			lon: r.lon,
			quarter: r.quarter,
			orgId: r.orgId,
			de: r.de,
			i18n: r.i18n,
			text: r.text
		};
		if (!r.visible) {
			hidden.push(search);
			continue;
		}
		places.push({
			...search,
			kind: r.kind,
			title: r.title,
			titles: r.titles,
			org: r.org,
			demo: r.demo,
			wheelchair: r.wheelchair,
			languages: r.languages ?? [],
			hours: r.hours,
			workingTime: r.workingTime,
			germanLevel: r.germanLevel,
			childcare: r.childcare,
			refugees: r.refugees,
			startDate: r.startDate,
			cost: r.cost,
			startsAt: r.startsAt ? new Date(r.startsAt).toISOString() : null,
			endsAt: r.endsAt ? new Date(r.endsAt).toISOString() : null,
			validFrom: r.validFrom,
			validThrough: r.validThrough
		});
	}

	// Opening hours as open intervals (wall clock), from yesterday 00:00 for HOURS_DAYS days.
	const today = wallClock(now);
	const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
	const until = new Date(today.getFullYear(), today.getMonth(), today.getDate() + HOURS_DAYS);
	const hours: Record<string, [string, string][]> = {};
	for (const text of new Set(places.map((p) => p.hours).filter((h) => h !== null))) {
		const oh = parseOpeningHours(text);
		if (!oh) continue;
		try {
			hours[text] = oh
				.getOpenIntervals(from, until)
				.filter(([, , unknown]) => !unknown)
				.map(([a, b]) => [wallText(a), wallText(b)]);
		} catch {
			// not evaluable: never open, as isOpenAt says null
		}
	}

	return {
		version: 1,
		builtAt: now.toISOString(),
		dbTimeZone: tz.tz,
		places,
		hidden,
		orgs,
		quarters,
		synonyms: synonyms.map((s) => [s.group_key, s.term]),
		hours,
		hoursFrom: wallText(from),
		hoursUntil: wallText(until)
	};
}
