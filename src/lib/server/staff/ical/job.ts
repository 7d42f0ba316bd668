import { randomUUID } from 'node:crypto';
import { env } from '$env/dynamic/private';
import type { Database, Queryable } from '../../db';
import { loadFeed, parseFeed, type FeedReport, type FetchFn, type Occurrence } from './feed';

/**
 * The calendar job (ARCHITECTURE §9): claims one due feed's row at a time (`for update skip
 * locked`, a lease in claimed_until), fetches and parses it, writes its events in one transaction
 * and releases the row with the report and the next run. Runs as service_role — a system job on
 * behalf of the partner: events of a trusted feed are published, the others wait in moderation.
 */
export const REFRESH_HOURS = 6;
const LEASE_MINUTES = 5;

interface Feed {
	id: string;
	organisation_id: string;
	place_id: string | null;
	url: string | null;
	ics: string | null;
	trusted: boolean;
	created_by: string;
}

export interface SyncResult {
	created: number;
	updated: number;
	cancelled: number;
	removed: number;
	/** Occurrences left out because no location is known (no GEO, no place, no organisation address). */
	no_location: number;
}

/** Claims the next due feed (or the given one), or null when there is none. */
async function claim(q: Queryable, worker: string, feedId?: string): Promise<Feed | null> {
	const [feed] = await q.query<Feed>(
		`update public.calendar_feeds f
		    set claimed_by = $1, claimed_until = now() + make_interval(mins => $2)
		  where f.id = (
		    select id from public.calendar_feeds
		     where active and (claimed_until is null or claimed_until < now())
		       and ($3::uuid is null and next_run_at <= now() or id = $3::uuid)
		     order by next_run_at
		     for update skip locked
		     limit 1)
		 returning f.id, f.organisation_id, f.place_id, f.url, f.ics, f.trusted, f.created_by`,
		[worker, LEASE_MINUTES, feedId ?? null]
	);
	return feed ?? null;
}

/** Writes a feed's occurrences: new events created, known ones updated, vanished ones archived. */
export async function syncFeedEvents(
	q: Queryable,
	feed: Feed,
	occurrences: Occurrence[],
	now: Date = new Date()
): Promise<SyncResult> {
	const result: SyncResult = { created: 0, updated: 0, cancelled: 0, removed: 0, no_location: 0 };
	const [home] = await q.query<{ lon: number | null; lat: number | null }>(
		`select coalesce(p.lon, st_x(o.location::geometry)) as lon, coalesce(p.lat, st_y(o.location::geometry)) as lat
		   from public.organisations o left join public.places p on p.id = $2::uuid
		  where o.id = $1::uuid`,
		[feed.organisation_id, feed.place_id]
	);
	const known = new Map(
		(
			await q.query<{ uid: string; recurrence_id: string; place_id: string }>(
				'select uid, recurrence_id, place_id from public.calendar_feed_events where feed_id = $1',
				[feed.id]
			)
		).map((k) => [`${k.uid}|${k.recurrence_id}`, k.place_id])
	);
	const seen = new Set<string>();
	const status = feed.trusted ? 'published' : 'pending';
	for (const o of occurrences) {
		const key = `${o.uid}|${o.recurrenceId}`;
		seen.add(key);
		const existing = known.get(key);
		if (o.cancelled) {
			if (existing) {
				await q.query(
					`update public.places set status = 'archived' where id = $1 and status <> 'archived'`,
					[existing]
				);
				result.cancelled++;
			}
			continue;
		}
		const lon = o.lon ?? home?.lon ?? null;
		const lat = o.lat ?? home?.lat ?? null;
		if (lon === null || lat === null) {
			result.no_location++;
			continue;
		}
		const validThrough = (o.endsAt ?? o.startsAt).slice(0, 10);
		if (existing) {
			// Only what changed is written (no audit entry and no cache flush for an unchanged event).
			const place = await q.query(
				`update public.places set title = $2, description = $3, address = $4, website = $5,
				        location = st_setsrid(st_makepoint($6, $7), 4326)::geography, valid_through = $8::date + 1,
				        status = case when status = 'archived' then $9::public.place_status else status end
				  where id = $1
				    and (title, description, address, website, valid_through, status = 'archived',
				         round(lon::numeric, 6), round(lat::numeric, 6))
				        is distinct from ($2, $3, $4, $5, $8::date + 1, false,
				         round($6::numeric, 6), round($7::numeric, 6))
				 returning id`,
				[existing, o.title, o.description, o.location, o.url, lon, lat, validThrough, status]
			);
			const times = await q.query(
				`update public.event_details set starts_at = $2, ends_at = $3
				  where place_id = $1 and (starts_at, ends_at) is distinct from ($2::timestamptz, $3::timestamptz)
				 returning place_id`,
				[existing, o.startsAt, o.endsAt]
			);
			if (place.length || times.length) result.updated++;
		} else {
			const id = randomUUID();
			await q.query(
				`insert into public.places (id, kind, title, description, address, website, location, status,
				   organisation_id, created_by, valid_through)
				 values ($1, 'event', $2, $3, $4, $5, st_setsrid(st_makepoint($6, $7), 4326)::geography,
				   $8::public.place_status, $9, $10, $11::date + 1)`,
				[
					id,
					o.title,
					o.description,
					o.location,
					o.url,
					lon,
					lat,
					status,
					feed.organisation_id,
					feed.created_by,
					validThrough
				]
			);
			await q.query(
				`insert into public.event_details (place_id, event_type, starts_at, ends_at) values ($1, 'other', $2, $3)`,
				[id, o.startsAt, o.endsAt]
			);
			await q.query(
				`insert into public.calendar_feed_events (feed_id, uid, recurrence_id, place_id) values ($1, $2, $3, $4)`,
				[feed.id, o.uid, o.recurrenceId, id]
			);
			result.created++;
		}
	}
	// Occurrences no longer in the feed (deleted by the partner) leave the map, unless they are over.
	for (const [key, placeId] of known) {
		if (seen.has(key)) continue;
		const removed = await q.query(
			`update public.places p set status = 'archived'
			   from public.event_details e
			  where p.id = $1 and e.place_id = p.id and p.status <> 'archived'
			    and coalesce(e.ends_at, e.starts_at) >= $2::timestamptz
			 returning p.id`,
			[placeId, now.toISOString()]
		);
		result.removed += removed.length;
	}
	return result;
}

/**
 * Refreshes one feed (claimed first). With `feedId` the given feed now (a staff member's "refresh
 * now"); else the next due one. Returns null when nothing was due (or the feed is claimed).
 */
export async function refreshFeed(
	db: Database,
	fetchFn: FetchFn,
	options: { worker?: string; feedId?: string; now?: Date } = {}
): Promise<{ feedId: string; report: FeedReport; result: SyncResult | null } | null> {
	const system = db.as({ role: 'service_role' });
	const worker = options.worker ?? `instance-${process.pid}`;
	const feed = await system.tx((q) => claim(q, worker, options.feedId));
	if (!feed) return null;
	const report = feed.url
		? await loadFeed(feed.url, fetchFn, options.now)
		: parseFeed(feed.ics ?? '', options.now);
	let result: SyncResult | null = null;
	let failure: string | undefined;
	if (report.ok) {
		try {
			result = await system.tx((q) => syncFeedEvents(q, feed, report.occurrences, options.now));
		} catch (e) {
			failure = String((e as Error).message).slice(0, 300);
		}
	}
	const ok = report.ok && !failure;
	await system.query(
		`update public.calendar_feeds
		    set claimed_by = null, claimed_until = null, last_run_at = now(), last_ok = $2,
		        last_report = $3::jsonb, next_run_at = now() + make_interval(hours => $4)
		  where id = $1 and claimed_by = $5`,
		[
			feed.id,
			ok,
			JSON.stringify({
				problem: report.problem ?? (failure ? 'database' : undefined),
				detail: report.detail ?? failure,
				occurrences: report.occurrences.length,
				skipped: report.skipped.length,
				...result
			}),
			REFRESH_HOURS,
			worker
		]
	);
	return { feedId: feed.id, report, result };
}

/** Every 15 minutes: refresh the feeds that are due. QK_CALENDAR_JOB=off disables it. */
export function startCalendarJob(getDb: () => Promise<Database>): () => void {
	if (env.QK_CALENDAR_JOB === 'off') return () => {};
	const worker = `instance-${process.pid}-${randomUUID().slice(0, 8)}`;
	const run = async () => {
		try {
			const db = await getDb();
			for (let i = 0; i < 20; i++) {
				const done = await refreshFeed(db, fetch, { worker });
				if (!done) break;
			}
		} catch (e) {
			console.error('[calendar] run failed', e);
		}
	};
	const first = setTimeout(run, 60_000);
	const every = setInterval(run, 15 * 60_000);
	first.unref();
	every.unref();
	return () => {
		clearTimeout(first);
		clearInterval(every);
	};
}
