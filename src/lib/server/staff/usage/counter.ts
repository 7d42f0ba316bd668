import { placeFilterSchema } from '$lib/places/filters';
import type { Database } from '../../db';
import { localDay } from '$lib/region/time';

/**
 * Anonymous usage figures (issue #15 item 7): counts per day, kept in memory for at most a minute
 * and then added to public.usage_daily (as service_role, a system write). No cookie, nothing on the
 * device, no IP address, no user id, no time of day: only (day, metric, dimension) and a number.
 * Counts of the last minute are lost if the process dies; several instances each add theirs.
 */
export type UsageMetric = 'search' | 'filter' | 'route_sheet' | 'place_view' | 'export';

const DIMENSION = /^[a-z0-9_=;:.-]{0,80}$/;
const pending = new Map<string, number>();

export function countUsage(metric: UsageMetric, dimension = '', now = new Date()) {
	// Dimensions are built from known values; anything else is dropped rather than stored.
	if (!DIMENSION.test(dimension)) return;
	const key = `${localDay(now)}|${metric}|${dimension}`;
	pending.set(key, (pending.get(key) ?? 0) + 1);
}

const FILTER_KEYS = Object.keys(placeFilterSchema.shape);
const KNOWN = /^[a-z0-9-]{1,40}$/;

/**
 * What one page request counts: a map view with filters in its URL is a search (once per kind and
 * quarter asked for) and uses filters; a place page is opened. Only the route and the URL's filter
 * names and known values are looked at.
 */
export function countPageRequest(routeId: string | null, url: URL) {
	if (routeId === '/') {
		const used = FILTER_KEYS.filter((k) => (url.searchParams.get(k) ?? '') !== '');
		if (used.length === 0) return;
		const list = (k: string) =>
			(url.searchParams.get(k) ?? '')
				.split(',')
				.filter((v) => KNOWN.test(v))
				.slice(0, 10);
		const kinds = list('kinds');
		const quarters = list('quarters');
		for (const kind of kinds.length ? kinds : ['all']) {
			for (const quarter of quarters.length ? quarters : ['all']) {
				countUsage('search', `kind=${kind};quarter=${quarter}`);
			}
		}
		for (const key of used) countUsage('filter', key);
	} else if (routeId === '/ort/[id]') {
		countUsage('place_view');
	}
}

/** Adds what was counted to the database; the counts stay pending if that fails. */
export async function flushUsage(db: Database): Promise<number> {
	if (pending.size === 0) return 0;
	const entries = [...pending.entries()];
	pending.clear();
	const split = entries.map(([k, n]) => [...k.split('|'), n] as [string, string, string, number]);
	try {
		await db
			.as({ role: 'service_role' })
			.query('select private.add_usage($1::date[], $2::text[], $3::text[], $4::bigint[])', [
				split.map((e) => e[0]),
				split.map((e) => e[1]),
				split.map((e) => e[2]),
				split.map((e) => e[3])
			]);
	} catch (e) {
		for (const [k, n] of entries) pending.set(k, (pending.get(k) ?? 0) + n);
		throw e;
	}
	return entries.length;
}

/** For tests: what is waiting to be written. */
export function pendingUsage() {
	return new Map(pending);
}

/** Flushes every minute; returns a stop function that flushes once more. */
export function startUsageFlush(getDb: () => Promise<Database>): () => Promise<void> {
	const run = async () => {
		try {
			await flushUsage(await getDb());
		} catch (e) {
			console.error('[usage] flush failed, kept for the next one', e);
		}
	};
	const every = setInterval(run, 60_000);
	every.unref();
	return async () => {
		clearInterval(every);
		await run();
	};
}
