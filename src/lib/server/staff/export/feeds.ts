import { jobPostingJsonLd } from '$lib/places/json-ld';
import { writeCalendar, type CalendarEvent } from './ical-writer';
import { DATA_LICENCE, licenceLine, licenceStatement } from './licence';
import type { ExportPlace } from './places';
import { QUARTERS } from '$lib/places/kinds';

/** "A, B und C": the names of the region's quarters, in German. */
function quarterList(): string {
	const names = QUARTERS.map((q) => q.name);
	return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} und ${names.at(-1)}`;
}

/** Published events as an iCalendar feed (subscribe in any calendar program). */
export function eventsCalendar(places: ExportPlace[], origin: string, now = new Date()): string {
	const events: CalendarEvent[] = [];
	for (const p of places) {
		const d = p.details ?? {};
		if (p.kind !== 'event' || typeof d.starts_at !== 'string') continue;
		const url = new URL(`/ort/${p.id}`, origin).toString();
		events.push({
			uid: `${p.id}@quartierkarte`,
			title: p.is_demo ? `${p.title} (Demo-Daten)` : p.title,
			description: [p.description, p.organisation?.name, url].filter(Boolean).join('\n\n'),
			location: [p.address, p.quarter_name].filter(Boolean).join(', ') || null,
			url,
			start: new Date(d.starts_at),
			end: typeof d.ends_at === 'string' ? new Date(d.ends_at) : null,
			lat: p.lat,
			lon: p.lon,
			updated: new Date(p.updated_at),
			categories: typeof d.event_type === 'string' ? [d.event_type] : undefined
		});
	}
	const demoRows = places.filter((p) => p.is_demo).length;
	return writeCalendar(
		{
			name: 'Quartierkarte – Termine',
			description: `Termine in ${quarterList()}. ${licenceLine(demoRows)}`,
			extra: { 'X-LICENSE': DATA_LICENCE.id, 'X-LICENSE-URL': DATA_LICENCE.url }
		},
		events,
		now
	);
}

/**
 * Published vacancies as a schema.org DataFeed of JobPosting items (the same JobPosting as each
 * vacancy's page carries), with the licence on the feed.
 */
export function jobPostingFeed(places: ExportPlace[], origin: string) {
	const demoRows = places.filter((p) => p.is_demo).length;
	const items = places
		.filter((p) => p.kind === 'vacancy')
		.map((p) => {
			const url = new URL(`/ort/${p.id}`, origin).toString();
			const posting = jobPostingJsonLd(p as unknown as Record<string, unknown>, url);
			if (posting) delete posting['@context'];
			if (posting && p.is_demo) posting.disambiguatingDescription = 'Demo-Daten: fiktiv';
			return {
				'@type': 'DataFeedItem',
				dateModified: p.updated_at,
				item: posting
			};
		});
	return {
		'@context': 'https://schema.org',
		'@type': 'DataFeed',
		name: 'Quartierkarte – Stellenangebote',
		url: new URL('/api/jobposting.json', origin).toString(),
		license: DATA_LICENCE.url,
		creditText: licenceLine(demoRows),
		dateModified: new Date().toISOString(),
		dataFeedElement: items,
		...{ 'x-licence': licenceStatement(demoRows) }
	};
}
