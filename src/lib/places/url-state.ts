/**
 * The map page's state in the URL, so a coach can send a link that opens exactly one view:
 * filters, the open-at time, the map position and the selected place. This module has what the
 * browser needs (types, formatting); the lenient parser with its zod schemas is in url-parse.ts
 * and runs on the server, so zod never reaches the phone.
 */
import type { PlaceFilters } from './filters';

export interface MapView {
	lon: number;
	lat: number;
	zoom: number;
}

export interface MapQuery {
	filters: PlaceFilters;
	/** 'now', or a local (the region's time zone) time 'YYYY-MM-DDTHH:mm'. */
	open?: string;
	view?: MapView;
	/** The highlighted place. */
	place?: string;
}

/** A URL parameter that was ignored, with the value as given (shortened). */
export interface IgnoredParam {
	param: string;
	value: string;
}

/** List parameters first, then single values: the order of links the app writes. */
export const LIST_PARAMS = ['kinds', 'quarters', 'working_time', 'languages'] as const;
export const SCALAR_PARAMS = [
	'q',
	'german_level_max',
	'childcare_friendly',
	'suitable_for_refugees',
	'start_by',
	'wheelchair',
	'free_only',
	'event_from',
	'event_to'
] as const;

/** The query as URL parameters in a stable order (so equal views have equal links). */
export function mapQueryToParams(query: MapQuery): URLSearchParams {
	const out = new URLSearchParams();
	const f = query.filters as Record<string, unknown>;
	for (const key of [...LIST_PARAMS, ...SCALAR_PARAMS]) {
		const v = f[key];
		if (v === undefined || v === false || v === '') continue;
		if (Array.isArray(v)) {
			if (v.length) out.set(key, v.join(','));
		} else out.set(key, v === true ? '1' : String(v));
	}
	if (query.open) out.set('open', query.open);
	if (query.view) out.set('map', formatView(query.view));
	if (query.place) out.set('place', query.place);
	return out;
}

/** `zoom/lat/lon` with as many decimals as the zoom needs (about a metre). */
export function formatView({ lon, lat, zoom }: MapView): string {
	const d = Math.max(3, Math.min(6, Math.ceil(zoom / 3)));
	return `${zoom.toFixed(2).replace(/\.?0+$/, '')}/${lat.toFixed(d)}/${lon.toFixed(d)}`;
}

/** How many filters are set (the badge on the filter button). */
export function activeFilterCount(query: MapQuery): number {
	const f = query.filters as Record<string, unknown>;
	let n = query.open ? 1 : 0;
	for (const [key, v] of Object.entries(f)) {
		if (key === 'q' || key === 'event_to') continue;
		if (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false) n++;
	}
	return n;
}

/**
 * The filter form as canonical URL parameters (lists comma-joined, empty fields dropped, the
 * "open at" radio button replaced by its time). No validation here: the server parses the URL
 * leniently and says what it ignored.
 */
export function formToParams(data: FormData): URLSearchParams {
	const out = new URLSearchParams();
	const values = (key: string) =>
		data
			.getAll(key)
			.filter((v): v is string => typeof v === 'string')
			.map((v) => v.trim())
			.filter((v) => v !== '' && v !== '0');
	for (const key of LIST_PARAMS) {
		const v = values(key);
		if (v.length) out.set(key, v.join(','));
	}
	for (const key of SCALAR_PARAMS) {
		const [v] = values(key);
		if (v) out.set(key, v);
	}
	const [open] = values('open');
	const [openAt] = values('open_at');
	if (open === 'at') {
		if (openAt) out.set('open', openAt);
	} else if (open) out.set('open', open);
	return out;
}

/** A query string people can read in a link: `,` `/` `:` are legal in a query and stay as they are. */
export function toQueryString(params: URLSearchParams): string {
	return params.toString().replace(/%2C/gi, ',').replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}
