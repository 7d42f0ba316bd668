import { randomUUID } from 'node:crypto';
import { env } from '$env/dynamic/private';
import type { Database } from '../../db';
import type { FetchFn } from '../ical/feed';
import { nearQuarters, searchJobs, type BaJob, type BaVersion, type WorkingTime } from './jobsuche';

/**
 * Vacancies near the three quarters from the BA job search, refreshed and expired with the
 * source: each run asks for every working time, stores new ads as published vacancies (source tag
 * `source:ba-jobsuche`, link to the original ad), updates known ones, and archives those the source
 * no longer lists. A run whose searches fail changes nothing (an outage does not empty the map).
 * Off unless QK_BA_JOBSUCHE=1 and QK_BA_CLIENT_ID (the X-API-Key header) are set.
 */
export const SOURCE_TAG = 'source:ba-jobsuche';
const WORKING_TIMES: WorkingTime[] = ['full_time', 'part_time', 'mini_job'];
const KEEP_DAYS = 7;

export interface BaSyncReport {
	fetched: number;
	near: number;
	created: number;
	updated: number;
	expired: number;
}

export function baConfig(): { clientId: string; version: BaVersion } | null {
	if (env.QK_BA_JOBSUCHE !== '1' || !env.QK_BA_CLIENT_ID) return null;
	return { clientId: env.QK_BA_CLIENT_ID, version: env.QK_BA_VERSION === 'v4' ? 'v4' : 'v6' };
}

function describe(j: BaJob) {
	return [
		j.employer ? `${j.employer} sucht: ${j.title}.` : j.title,
		j.startDate ? `Beginn: ${j.startDate.split('-').reverse().join('.')}.` : '',
		'Quelle: Jobbörse der Bundesagentur für Arbeit. Bewerbung und alle Angaben im Original-Angebot (Link).'
	]
		.filter(Boolean)
		.join(' ');
}

export async function syncBaJobs(
	db: Database,
	fetchFn: FetchFn,
	config: { clientId: string; version: BaVersion; maxPages?: number }
): Promise<BaSyncReport> {
	const byRef = new Map<string, BaJob>();
	let fetched = 0;
	for (const workingTime of WORKING_TIMES) {
		for (let page = 1; page <= (config.maxPages ?? 5); page++) {
			const jobs = await searchJobs(fetchFn, { ...config, workingTime, page, size: 100 });
			fetched += jobs.length;
			for (const j of jobs) if (!byRef.has(j.ref)) byRef.set(j.ref, j);
			if (jobs.length < 100) break;
		}
	}
	const near = [...byRef.values()].filter(nearQuarters);
	return db.as({ role: 'service_role' }).tx(async (q) => {
		// One run at a time across instances.
		const [{ locked }] = await q.query<{ locked: boolean }>(
			`select pg_try_advisory_xact_lock(hashtext('qk:ba-jobsuche')) as locked`
		);
		if (!locked) return { fetched, near: near.length, created: 0, updated: 0, expired: 0 };
		const known = new Map(
			(
				await q.query<{ ref: string; place_id: string }>(
					`select ref, place_id from public.external_jobs where source = 'ba-jobsuche'`
				)
			).map((k) => [k.ref, k.place_id])
		);
		let created = 0;
		let updated = 0;
		for (const j of near) {
			const address =
				[j.street, [j.postcode, j.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') ||
				null;
			const values = [j.title, describe(j), address, j.url, j.lon, j.lat, KEEP_DAYS];
			const existing = known.get(j.ref);
			if (existing) {
				await q.query(
					`update public.places set title = $2, description = $3, address = $4, website = $5,
					        location = st_setsrid(st_makepoint($6, $7), 4326)::geography,
					        valid_through = current_date + $8::int, status = 'published'
					  where id = $1`,
					[existing, ...values]
				);
				await q.query(
					`update public.vacancy_details set working_time = $2, start_date = $3 where place_id = $1`,
					[existing, j.workingTime, j.startDate]
				);
				await q.query(
					`update public.external_jobs set last_seen = now() where source = 'ba-jobsuche' and ref = $1`,
					[j.ref]
				);
				updated++;
			} else {
				const id = randomUUID();
				await q.query(
					`insert into public.places (id, kind, title, description, address, website, location, status,
					   valid_from, valid_through, tags, created_by)
					 values ($1, 'vacancy', $2, $3, $4, $5, st_setsrid(st_makepoint($6, $7), 4326)::geography,
					   'published', $9::date, current_date + $8::int, array[$10], null)`,
					[id, ...values, j.published, SOURCE_TAG]
				);
				await q.query(
					`insert into public.vacancy_details (place_id, working_time, start_date, german_level, how_to_apply)
					 values ($1, $2, $3, 'none', $4)`,
					[id, j.workingTime, j.startDate, `Bewerbung über das Original-Angebot: ${j.url}`]
				);
				await q.query(
					`insert into public.external_jobs (source, ref, place_id) values ('ba-jobsuche', $1, $2)`,
					[j.ref, id]
				);
				created++;
			}
		}
		// Ads the source no longer lists expire with it.
		const seen = new Set(near.map((j) => j.ref));
		const gone = [...known.entries()].filter(([ref]) => !seen.has(ref)).map(([, id]) => id);
		const expired = gone.length
			? await q.query(
					`update public.places set status = 'archived', valid_through = current_date - 1
					  where id = any ($1::uuid[]) and status <> 'archived' returning id`,
					[gone]
				)
			: [];
		return { fetched, near: near.length, created, updated, expired: expired.length };
	});
}

/** Every 6 hours when switched on (QK_BA_JOBSUCHE=1 and QK_BA_CLIENT_ID); returns a stop function. */
export function startBaJob(getDb: () => Promise<Database>): () => void {
	const config = baConfig();
	if (!config) return () => {};
	const run = async () => {
		try {
			const report = await syncBaJobs(await getDb(), fetch, config);
			console.log(`[ba-jobsuche] ${JSON.stringify(report)}`);
		} catch (e) {
			console.error('[ba-jobsuche] run failed, nothing changed', e);
		}
	};
	const first = setTimeout(run, 90_000);
	const every = setInterval(run, 6 * 3600_000);
	first.unref();
	every.unref();
	return () => {
		clearTimeout(first);
		clearInterval(every);
	};
}
