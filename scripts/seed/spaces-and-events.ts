/**
 * Vacant spaces, events, and the rows anon must not see (drafts, pending, expired).
 */
import type { Catalogue, DemoEvent, Wheelchair } from './catalogue.ts';
import { germanDate, zonedTime } from './dates.ts';
import { addVacancy, employerOf, expandSlots } from './jobs.ts';
import type { LonLat } from './geometry.ts';
import type { DemoWorld, OrganisationRow, PlaceFields, PlaceRow } from './world.ts';
import { template } from './world.ts';

/** Rent per m² and month, from and to (euros). */
const RENT_PER_M2: [number, number] = [6, 11];

export function addVacantSpaces(world: DemoWorld): void {
	const { random: r, catalogue: c, locations } = world;
	const s = c.vacantSpaces;
	let templates: Catalogue['vacantSpaces']['templates'] = [];
	for (const slot of expandSlots(s.slots)) {
		if (!templates.length) templates = r.shuffle(s.templates);
		const tpl = templates.pop()!;
		const { at, stop } = locations.near(slot.quarter, { outside: slot.outside });
		const { street, address } = locations.address(slot.quarter, stop, null, at);
		const area = Math.round(tpl.area[0] + r.next() * (tpl.area[1] - tpl.area[0]));
		const free = tpl.type === 'room' ? r.chance(0.6) : r.chance(0.25);
		const perM2 = () => RENT_PER_M2[0] + r.next() * (RENT_PER_M2[1] - RENT_PER_M2[0]);
		const rent = free ? null : Math.round((area * perM2()) / 10) * 10;
		const from = r.pick(s.availableFrom);
		const orgKey = free ? r.pick(s.freeOfferedBy) : r.pick(s.rentedOutBy);
		const org = orgKey ? world.organisation(orgKey) : null;
		world.addPlace(
			'vacant_space',
			{
				title: tpl.title.replace('{street}', street),
				description: [
					tpl.desc,
					free ? s.text.free : template(s.text.rent, { rent: rent! }),
					from ? template(s.text.from, { date: germanDate(from) }) : s.text.now
				].join(' '),
				location: at,
				address,
				wheelchair: world.wheelchair(),
				languages: ['de'],
				tags: [tpl.type],
				contact_name: world.person(),
				contact_phone: org?.contact_phone ?? world.phone(),
				contact_email: org
					? `vermietung@${world.domain(org.name, 30)}`
					: `leerstand-${r.int(10, 99)}@example.org`,
				valid_through: s.validThrough,
				organisation_id: org?.id ?? null
			},
			{
				table: 'space_details',
				space_type: tpl.type,
				area_m2: area,
				rent_eur_month: rent,
				free_interim_use: free,
				available_from: from,
				available_until: free ? r.pick(s.freeUntil) : null,
				welcome_uses: tpl.uses
			}
		);
	}
}

/** An event at its employer's place (`sector`) or near a stop of its quarter (`org`, `quarter`). */
export function addEvent(
	world: DemoWorld,
	ev: DemoEvent,
	overrides: Partial<PlaceFields> = {}
): PlaceRow {
	const { random: r, locations } = world;
	let org: OrganisationRow;
	let where: { at: LonLat; address: string; wheelchair: Wheelchair };
	if (ev.sector) {
		const employer = employerOf(world, ev.sector);
		org = employer.org;
		const { place } = employer;
		where = { at: place.location, address: place.address, wheelchair: place.wheelchair };
	} else {
		org = world.organisation(ev.org!);
		const quarter = locations.quarter(ev.quarter!);
		const nearStop = r.chance(0.5) ? quarter.centralStop : null;
		const { at, stop } = locations.near(quarter.id, { nearStop, maxM: 200 });
		where = {
			at,
			address: locations.address(quarter.id, stop, null, at).address,
			wheelchair: r.pick<Wheelchair>(['yes', 'yes', 'limited'])
		};
	}
	const starts = zonedTime(ev.start, world.region.timeZone);
	const ends = new Date(starts.getTime() + ev.dur * 3600e3);
	const text = world.catalogue.eventText;
	return world.addPlace(
		'event',
		{
			title: ev.title,
			description: ev.desc + (ev.reg ? text.registration : text.noRegistration),
			location: where.at,
			address: where.address,
			wheelchair: where.wheelchair,
			languages:
				ev.type === 'info'
					? ['de', 'ar', 'uk']
					: r.pick([['de'], ['de', 'en'], ['de', 'tr', 'ar']]),
			tags: [ev.type],
			contact_name: world.person(),
			contact_phone: org.contact_phone,
			contact_email: `veranstaltungen@${world.domain(org.name, 30)}`,
			website: org.website,
			valid_through: ends.toISOString().slice(0, 10),
			organisation_id: org.id,
			...overrides
		},
		{
			table: 'event_details',
			event_type: ev.type,
			starts_at: starts.toISOString(),
			ends_at: ends.toISOString(),
			registration_needed: ev.reg
		}
	);
}

export function addEvents(world: DemoWorld): void {
	for (const ev of world.catalogue.events) addEvent(world, ev);
}

/** Drafts, entries waiting for moderation and expired ones: rows anon must never see. */
export function addUnpublished(world: DemoWorld): void {
	const u = world.catalogue.unpublished;
	const { locations } = world;
	for (const v of u.draftVacancies)
		addVacancy(world, employerOf(world, v.sector), v, { status: 'draft' });
	for (const v of u.pendingVacancies)
		addVacancy(world, employerOf(world, v.sector), v, { status: 'pending' });
	for (const s of u.pendingSpaces) {
		const { stop, at } = locations.near(s.quarter);
		const { address } = locations.address(s.quarter, stop, s.street);
		const org = world.organisation(s.organisation);
		world.addPlace(
			'vacant_space',
			{
				title: s.title,
				description: s.desc,
				location: at,
				address,
				wheelchair: s.wheelchair,
				languages: ['de'],
				tags: s.tags.slice(),
				contact_name: world.person(),
				contact_phone: org.contact_phone,
				contact_email: s.contactEmail,
				status: 'pending',
				valid_through: s.validThrough,
				organisation_id: org.id
			},
			{
				table: 'space_details',
				space_type: s.type,
				area_m2: s.area,
				rent_eur_month: s.rent,
				free_interim_use: s.free,
				available_from: s.availableFrom,
				available_until: s.availableUntil,
				welcome_uses: s.uses
			}
		);
	}
	for (const ev of u.pendingEvents) addEvent(world, ev, { status: 'pending' });
	for (const v of u.expiredVacancies) {
		const overrides = { valid_from: v.validFrom, valid_through: v.validThrough };
		addVacancy(world, employerOf(world, v.sector), v, overrides);
	}
	for (const ev of u.expiredEvents) addEvent(world, ev);
}
