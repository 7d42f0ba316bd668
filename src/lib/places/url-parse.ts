/**
 * Lenient parsing of the map page's URL (see url-state.ts): a bad or unknown parameter is dropped
 * and reported as a notice, the rest still applies, and nothing ever throws. (The JSON API is
 * strict and answers 400.) Server-side only: it brings zod.
 */
import { z } from 'zod';
import { GERMAN_LEVELS, PLACE_KINDS, QUARTER_IDS, WORKING_TIMES } from './kinds';
import type { PlaceFilters } from './filters';
import type { IgnoredParam, MapQuery } from './url-state';

const flag = z.enum(['1', 'true', 'ja']).transform(() => true);
const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine(
		(s) =>
			!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
			new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)
	);
const localDateTime = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
	.refine(
		(s) =>
			isoDate.safeParse(s.slice(0, 10)).success &&
			Number(s.slice(11, 13)) < 24 &&
			Number(s.slice(14)) < 60
	);

/** Single-valued parameters and their schema. */
const SCALARS = {
	q: z.string().trim().min(1).max(100),
	german_level_max: z.enum(GERMAN_LEVELS),
	childcare_friendly: flag,
	suitable_for_refugees: flag,
	start_by: isoDate,
	wheelchair: flag,
	free_only: flag,
	event_from: isoDate,
	event_to: isoDate
} as const;

/** Comma-separated list parameters: each item is checked on its own. */
const LISTS = {
	kinds: z.enum(PLACE_KINDS),
	quarters: z.enum(QUARTER_IDS),
	working_time: z.enum(WORKING_TIMES),
	languages: z.string().regex(/^[a-z]{2}$/)
} as const;

const OTHER = ['open', 'open_at', 'map', 'place'] as const;

/** Parameters that other parts of the app may add to the map URL and that we leave alone. */
const PASSTHROUGH = new Set(['utm_source', 'utm_medium', 'utm_campaign']);

export const MAP_PARAMS = [...Object.keys(SCALARS), ...Object.keys(LISTS), ...OTHER];

const mapView = z
	.string()
	.regex(/^\d{1,2}(\.\d+)?\/-?\d{1,2}(\.\d+)?\/-?\d{1,3}(\.\d+)?$/)
	.transform((s) => s.split('/').map(Number))
	.pipe(
		z.tuple([z.number().min(0).max(22), z.number().min(-85).max(85), z.number().min(-180).max(180)])
	)
	.transform(([zoom, lat, lon]) => ({ zoom, lat, lon }));

const shorten = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

export function parseMapQuery(params: URLSearchParams): {
	query: MapQuery;
	ignored: IgnoredParam[];
} {
	const filters: Record<string, unknown> = {};
	const query: MapQuery = { filters: filters as PlaceFilters };
	const ignored: IgnoredParam[] = [];
	const seen = new Set<string>();
	let openAt: string | undefined;

	for (const [param, raw] of params) {
		const value = raw.trim();
		if (seen.has(param) && param in SCALARS) {
			ignored.push({ param, value: shorten(value) });
			continue;
		}
		seen.add(param);
		if (value === '' || value === '0' || value === 'false') continue; // an empty form field
		if (param in SCALARS) {
			const r = SCALARS[param as keyof typeof SCALARS].safeParse(value);
			if (r.success) filters[param] = r.data;
			else ignored.push({ param, value: shorten(value) });
		} else if (param in LISTS) {
			const schema = LISTS[param as keyof typeof LISTS];
			const items = value
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean);
			const good: string[] = (filters[param] as string[] | undefined) ?? [];
			for (const item of items.slice(0, 20)) {
				const r = schema.safeParse(item);
				if (r.success && !good.includes(r.data)) good.push(r.data);
				else if (!r.success) ignored.push({ param, value: shorten(item) });
			}
			if (items.length > 20) ignored.push({ param, value: `… (${items.length - 20})` });
			if (good.length) filters[param] = good;
		} else if (param === 'open') {
			// 'at' comes from the form's radio button; the time is then in open_at.
			if (value === 'now' || value === 'at' || localDateTime.safeParse(value).success)
				query.open = value;
			else ignored.push({ param, value: shorten(value) });
		} else if (param === 'open_at') {
			openAt = value;
		} else if (param === 'map') {
			const r = mapView.safeParse(value);
			if (r.success) query.view = r.data;
			else ignored.push({ param, value: shorten(value) });
		} else if (param === 'place') {
			const r = z.uuid().safeParse(value);
			if (r.success) query.place = r.data;
			else ignored.push({ param, value: shorten(value) });
		} else if (!PASSTHROUGH.has(param)) {
			ignored.push({ param, value: shorten(value) });
		}
	}
	if (query.open === 'at') {
		if (openAt && localDateTime.safeParse(openAt).success) query.open = openAt;
		else {
			ignored.push({ param: 'open_at', value: shorten(openAt ?? '') });
			delete query.open;
		}
	}
	if (
		typeof filters.event_from === 'string' &&
		typeof filters.event_to === 'string' &&
		filters.event_to < filters.event_from
	) {
		ignored.push({ param: 'event_to', value: filters.event_to });
		delete filters.event_to;
	}
	return { query, ignored };
}
