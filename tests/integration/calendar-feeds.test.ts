import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import { refreshFeed } from '../../src/lib/server/staff/ical/job';
import { testDatabase } from './setup';

/**
 * The calendar job on recorded feeds: events appear pending (trusted: published), are updated on
 * the next run, vanish when the partner deletes them, bad feeds leave a clear report, and a feed
 * claimed by another instance is left alone.
 */
let db: Database;
let orgId: string;
const staffId = '00000000-0000-4000-8000-00000000aaaa';
const staff = () =>
	db.as({ role: 'authenticated', sub: staffId, app_metadata: { roles: ['staff'] } });
const system = () => db.as({ role: 'service_role' });
const ics = (name: string) => readFileSync(`tests/fixtures/ical/${name}`, 'utf8');
/**
 * The recorded feeds hold fixed dates (November 2026 to April 2027): the job runs at a fixed
 * instant, as the parser's unit tests do, so which occurrences are still ahead does not change
 * with the day the suite runs.
 */
const now = new Date('2026-12-01T10:00:00Z');
const never = async (): Promise<Response> => {
	throw new Error('no network in tests');
};

async function addFeed(values: { ics?: string; url?: string; trusted?: boolean }) {
	const [feed] = await staff().query<{ id: string }>(
		`insert into public.calendar_feeds (organisation_id, name, ics, url, trusted) values ($1, 'VHS-Kalender', $2, $3, $4) returning id`,
		[orgId, values.ics ?? null, values.url ?? null, values.trusted ?? false]
	);
	return feed.id;
}
const events = (feedId: string) =>
	system().query<{ title: string; status: string; starts_at: string }>(
		`select p.title, p.status::text, e.starts_at::text from public.calendar_feed_events f
		   join public.places p on p.id = f.place_id join public.event_details e on e.place_id = p.id
		  where f.feed_id = $1 order by e.starts_at`,
		[feedId]
	);

beforeAll(async () => {
	db = await testDatabase();
	[{ id: orgId }] = await staff().query<{ id: string }>(
		`insert into public.organisations (name, kind, location) values ('VHS Kalender-Test', 'carrier', st_setsrid(st_makepoint(8.594, 52.046), 4326)::geography) returning id`
	);
});
afterAll(async () => {
	await system().query(`delete from public.organisations where name = 'VHS Kalender-Test'`);
	await db?.close();
});

describe('calendar feeds', () => {
	it('creates pending events from an uploaded file, updates them, archives vanished ones', async () => {
		const feedId = await addFeed({ ics: ics('volkshochschule.ics') });
		const first = await refreshFeed(db, never, { feedId, now });
		expect(first?.report.ok).toBe(true);
		// 6 course evenings (2 EXDATEs, one moved), the open day, 5 Saturdays of the learning café;
		// the cancelled training, the past summer party and the untitled event are not created.
		expect(first?.result).toMatchObject({ created: 12, updated: 0, cancelled: 0, no_location: 0 });
		const rows = await events(feedId);
		expect(rows.every((r) => r.status === 'pending')).toBe(true);
		expect(rows.some((r) => r.title === 'Deutschkurs A2 am Abend (verlegt auf Donnerstag)')).toBe(
			true
		);

		// Unchanged feed: nothing written.
		const second = await refreshFeed(db, never, { feedId, now });
		expect(second?.result).toMatchObject({ created: 0, updated: 0 });
		// The partner moves one evening: that one event changes.
		const moved = ics('volkshochschule.ics').replace(
			'DTSTART;TZID=Europe/Berlin:20261210T170000',
			'DTSTART;TZID=Europe/Berlin:20261210T173000'
		);
		await staff().query('update public.calendar_feeds set ics = $2 where id = $1', [feedId, moved]);
		expect((await refreshFeed(db, never, { feedId, now }))?.result).toMatchObject({
			created: 0,
			updated: 1
		});

		// The partner deletes the open day from the calendar.
		const without = ics('volkshochschule.ics').replace(
			/BEGIN:VEVENT\r\nUID:tag-der-offenen-tuer[\s\S]*?END:VEVENT\r\n/,
			''
		);
		await staff().query('update public.calendar_feeds set ics = $2 where id = $1', [
			feedId,
			without
		]);
		const third = await refreshFeed(db, never, { feedId, now });
		expect(third?.result).toMatchObject({ removed: 1 });
		expect((await events(feedId)).find((r) => r.title === 'Tag der offenen Tür')?.status).toBe(
			'archived'
		);
		const [feed] = await staff().query<{
			last_ok: boolean;
			claimed_by: string | null;
			next_run_at: string;
		}>('select last_ok, claimed_by, next_run_at::text from public.calendar_feeds where id = $1', [
			feedId
		]);
		expect(feed.last_ok).toBe(true);
		expect(feed.claimed_by).toBeNull();
		expect(new Date(feed.next_run_at).getTime()).toBeGreaterThan(Date.now() + 5 * 3600_000);
	});

	it('publishes the events of a trusted partner at once', async () => {
		const feedId = await addFeed({ ics: ics('ohne-zeitzone.ics'), trusted: true });
		await refreshFeed(db, never, { feedId, now });
		const rows = await events(feedId);
		expect(rows.map((r) => r.status)).toEqual(['published', 'published']);
		expect(new Date(rows[0].starts_at).toISOString()).toBe('2026-12-04T13:00:00.000Z');
	});

	it('reports a bad feed and writes nothing', async () => {
		const feedId = await addFeed({ url: 'https://vhs.example.org/kalender.ics' });
		const html = async () => new Response(ics('fehlerseite.html'), { status: 404 });
		const done = await refreshFeed(db, html, { feedId, now });
		expect(done?.report).toMatchObject({ ok: false, problem: 'http', detail: 'HTTP 404' });
		const [feed] = await staff().query<{ last_ok: boolean; last_report: { problem: string } }>(
			'select last_ok, last_report from public.calendar_feeds where id = $1',
			[feedId]
		);
		expect(feed).toMatchObject({ last_ok: false, last_report: { problem: 'http' } });
		expect(await events(feedId)).toEqual([]);
	});

	it('cleans NUL and control characters out of a feed fetched by URL (issue 9)', async () => {
		const feedId = await addFeed({ url: 'https://stadtteilzentrum.example.org/termine.ics' });
		// Recorded bytes as the partner's server sent them: NUL, BEL, ESC, VT, DEL, SOH inside.
		const recorded = async () =>
			new Response(readFileSync('tests/fixtures/ical/steuerzeichen.ics'), {
				headers: { 'content-type': 'text/calendar; charset=utf-8' }
			});
		const done = await refreshFeed(db, recorded, { feedId, now });
		expect(done?.report.ok).toBe(true);
		expect(done?.result).toMatchObject({ created: 2 });
		const rows = await system().query<Record<string, string | null>>(
			`select p.title, p.description, p.address, p.website, f.uid
			   from public.calendar_feed_events f join public.places p on p.id = f.place_id
			   join public.event_details e on e.place_id = p.id
			  where f.feed_id = $1 order by e.starts_at`,
			[feedId]
		);
		expect(rows).toEqual([
			{
				title: 'Nähcafé für alle[31m',
				description: 'Mitbringen: Stoff, Garn.\nZeile zwei mit NUL und Steuerzeichen.',
				address: 'Stadtteilzentrum Sennestadt',
				website: 'https://stadtteilzentrum.example.org/naehcafe',
				uid: 'naehcafe-1@stadtteilzentrum.example.org'
			},
			{
				title: 'Repair-Café',
				description: '',
				address: null,
				website: null,
				uid: 'repair-1@stadtteilzentrum.example.org'
			}
		]);
	});

	it('reports a page with NUL where a calendar was expected, cleaned', async () => {
		const feedId = await addFeed({ url: 'https://stadtteilzentrum.example.org/wartung.ics' });
		const page = async () => new Response(readFileSync('tests/fixtures/ical/steuerzeichen.html'));
		const done = await refreshFeed(db, page, { feedId, now });
		expect(done?.report).toMatchObject({ ok: false, problem: 'not_calendar' });
		const [feed] = await staff().query<{
			last_ok: boolean;
			claimed_by: string | null;
			last_report: { problem: string; detail: string };
		}>('select last_ok, claimed_by, last_report from public.calendar_feeds where id = $1', [
			feedId
		]);
		expect(feed).toMatchObject({ last_ok: false, claimed_by: null });
		expect(feed.last_report).toMatchObject({
			problem: 'not_calendar',
			detail: '<html><body>Wartungsarbeiten</body></html>\n'
		});
	});

	it('leaves a feed alone that another instance has claimed', async () => {
		const feedId = await addFeed({ ics: ics('ohne-zeitzone.ics') });
		await system().query(
			`update public.calendar_feeds set claimed_by = 'other-instance', claimed_until = now() + interval '5 minutes' where id = $1`,
			[feedId]
		);
		expect(await refreshFeed(db, never, { feedId, now })).toBeNull();
		expect(await events(feedId)).toEqual([]);
	});
});
