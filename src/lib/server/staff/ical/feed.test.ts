import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFeed, parseFeed } from './feed';

const now = new Date('2026-12-01T10:00:00Z');
const file = (name: string) => readFileSync(`tests/fixtures/ical/${name}`, 'utf8');
/** A fetch function that answers from recorded files (no network in tests). */
const recorded =
	(name: string, status = 200, type = 'text/calendar') =>
	async () =>
		new Response(file(name), { status, headers: { 'content-type': type } });

describe('partner calendar feeds', () => {
	it('expands a weekly series with EXDATEs and a moved occurrence (Europe/Berlin)', () => {
		const report = parseFeed(file('volkshochschule.ics'), now);
		expect(report.ok).toBe(true);
		const course = report.occurrences.filter(
			(o) => o.uid === 'deutschkurs-a2-2026@vhs.example.org'
		);
		expect(course.map((o) => o.startsAt)).toEqual([
			'2026-12-01T17:00:00.000Z',
			'2026-12-10T16:00:00.000Z', // moved from Tuesday 8 Dec 18:00 to Thursday 17:00
			'2026-12-15T17:00:00.000Z',
			// 22 and 29 December are EXDATEs
			'2027-01-05T17:00:00.000Z',
			'2027-01-12T17:00:00.000Z',
			'2027-01-19T17:00:00.000Z'
		]);
		expect(course[1]).toMatchObject({
			title: 'Deutschkurs A2 am Abend (verlegt auf Donnerstag)',
			recurrenceId: '2026-12-08T17:00:00.000Z',
			endsAt: '2026-12-10T17:30:00.000Z'
		});
		expect(course[0]).toMatchObject({
			description:
				'Für Menschen mit Grundkenntnissen, die im Beruf sicherer sprechen wollen.\nAnmeldung im Büro.',
			location: 'Stadtteilbibliothek Baumheide, Rabenhof 76',
			lat: 52.0465,
			lon: 8.5941
		});
	});

	it('keeps local time across the change to summer time', () => {
		const cafe = parseFeed(
			file('volkshochschule.ics'),
			new Date('2027-03-01T00:00:00Z')
		).occurrences.filter((o) => o.uid === 'lerncafe-2027@vhs.example.org');
		expect(cafe.map((o) => o.startsAt)).toEqual([
			'2027-03-13T09:00:00.000Z',
			'2027-03-20T09:00:00.000Z',
			'2027-03-27T09:00:00.000Z',
			'2027-04-03T08:00:00.000Z',
			'2027-04-10T08:00:00.000Z'
		]);
	});

	it('reads all-day and cancelled events, skips the past and untitled ones', () => {
		const report = parseFeed(file('volkshochschule.ics'), now);
		const day = report.occurrences.find((o) => o.uid === 'tag-der-offenen-tuer@vhs.example.org');
		expect(day).toMatchObject({
			allDay: true,
			startsAt: '2026-12-11T23:00:00.000Z',
			endsAt: '2026-12-12T23:00:00.000Z'
		});
		expect(
			report.occurrences.find((o) => o.uid === 'bewerbungstraining@vhs.example.org')?.cancelled
		).toBe(true);
		expect(report.occurrences.some((o) => o.uid === 'sommerfest-2025@vhs.example.org')).toBe(false);
		expect(report.skipped).toEqual([{ uid: 'ohne-titel@vhs.example.org', reason: 'no_title' }]);
	});

	it('reads TZID=Europe/Berlin without a VTIMEZONE and floating times as Berlin time', () => {
		const report = parseFeed(file('ohne-zeitzone.ics'), now);
		expect(report.occurrences.map((o) => o.startsAt)).toEqual([
			'2026-12-04T13:00:00.000Z',
			'2027-05-07T12:00:00.000Z'
		]);
	});

	it('reports bad feeds clearly', async () => {
		expect(parseFeed(file('leer.ics'), now)).toMatchObject({ ok: false, problem: 'no_events' });
		expect(parseFeed(file('kaputt.ics'), now)).toMatchObject({ ok: false, problem: 'parse' });
		expect(
			await loadFeed(
				'https://x.example/feed.ics',
				recorded('fehlerseite.html', 200, 'text/html'),
				now
			)
		).toMatchObject({
			ok: false,
			problem: 'not_calendar'
		});
		expect(
			await loadFeed('https://x.example/feed.ics', recorded('fehlerseite.html', 404), now)
		).toMatchObject({
			ok: false,
			problem: 'http',
			detail: 'HTTP 404'
		});
		const slow = (_url: string, init?: { signal?: AbortSignal }) =>
			new Promise<Response>((_, reject) =>
				init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))
			);
		expect(await loadFeed('https://x.example/feed.ics', slow, now, 50)).toMatchObject({
			ok: false,
			problem: 'timeout'
		});
		const huge = async () => new Response('BEGIN:VCALENDAR\r\n' + 'X'.repeat(3 * 1024 * 1024));
		expect(await loadFeed('webcal://x.example/feed.ics', huge, now)).toMatchObject({
			ok: false,
			problem: 'too_large'
		});
		const ok = await loadFeed('webcal://x.example/feed.ics', recorded('volkshochschule.ics'), now);
		expect(ok.ok).toBe(true);
	});
});
