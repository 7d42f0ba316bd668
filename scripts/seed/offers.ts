/**
 * Support services, learning places and public spaces: the catalogue's "every quarter" types in
 * each quarter, then its extra ones.
 */
import { slug } from './ids.ts';
import type { DemoWorld } from './world.ts';

type Translations = Record<string, { title: string; description: string }>;

function placements(
	world: DemoWorld,
	list: { everyQuarter: string[]; extra: { type: string; quarter: string; outside?: boolean }[] }
) {
	const perQuarter = world.region.quarters.flatMap((q) =>
		list.everyQuarter.map((type) => ({ type, quarter: q.id, outside: false }))
	);
	return [...perQuarter, ...list.extra.map((e) => ({ ...e, outside: !!e.outside }))];
}

function translated(world: DemoWorld, translations: Translations | undefined, quarter: string) {
	const out: Translations = {};
	for (const [lang, t] of Object.entries(translations ?? {})) {
		out[lang] = {
			title: world.fill(t.title, quarter),
			description: world.fill(t.description, quarter)
		};
	}
	return out;
}

export function addServices(world: DemoWorld): void {
	const { random: r, catalogue: c, locations } = world;
	for (const s of placements(world, c.services)) {
		const t = c.services.types[s.type];
		const quarter = locations.quarter(s.quarter);
		const central = !!t.nearCentre && r.chance(0.6);
		const { at, stop } = locations.near(s.quarter, {
			outside: s.outside,
			nearStop: central ? quarter.centralStop : null,
			maxM: central ? 180 : 250
		});
		const { address } = locations.address(s.quarter, stop, null, at);
		const org = world.organisation(t.org);
		const reduced = c.services.reducedFees.find(
			(f) => f.type === s.type && f.quarter === s.quarter
		);
		world.addPlace(
			'support_service',
			{
				title: world.fill(t.title, s.quarter),
				description: t.desc,
				easy_german: t.easyGerman ?? null,
				translations: translated(world, t.translations, s.quarter),
				location: at,
				address,
				opening_hours: r.pick(t.hours),
				wheelchair: world.wheelchairOfService(),
				languages: t.langs.slice(),
				tags: [s.type],
				contact_name: world.person(),
				contact_phone: world.phone(),
				contact_email: `${s.type}-${slug(quarter.short)}@${world.domain(org.name, 30)}`,
				website: org.website,
				organisation_id: org.id
			},
			{
				table: 'service_details',
				eligibility: t.eligibility,
				cost: reduced ? 'reduced' : 'free',
				fees_description: reduced?.fees ?? null,
				required_documents: t.docs.slice(),
				application_process: t.appointment
					? c.services.applicationText.appointment
					: c.services.applicationText.walkIn,
				appointment_needed: t.appointment
			}
		);
	}
}

export function addLearningPlaces(world: DemoWorld): void {
	const { random: r, catalogue: c, locations } = world;
	const projectOffice = c.organisations.project.officeQuarter;
	for (const l of placements(world, c.learningPlaces)) {
		const t = c.learningPlaces.types[l.type];
		const quarter = locations.quarter(l.quarter);
		const office = !!t.isQuarterOffice;
		const { at, stop } = locations.near(l.quarter, {
			outside: l.outside,
			nearStop: office ? quarter.centralStop : null,
			maxM: office ? 120 : 250
		});
		const { address } = locations.address(l.quarter, stop, null, at);
		const org = world.organisation(t.org);
		const row = world.addPlace('learning_place', {
			title: world.fill(t.title, l.quarter),
			description: t.desc,
			easy_german: t.easyGerman ?? null,
			translations: translated(world, t.translations, l.quarter),
			location: at,
			address,
			opening_hours: r.pick(t.hours),
			wheelchair: world.wheelchairOfService(),
			languages: t.languages ? t.languages.slice() : world.languages(),
			tags: t.tags.slice(),
			contact_name: world.person(),
			contact_phone: world.phone(),
			contact_email: `${l.type}-${slug(quarter.short)}@${world.domain(org.name, 30)}`,
			website: org.website,
			organisation_id: org.id
		});
		if (office && l.quarter === projectOffice) {
			const project = world.organisation(c.organisations.project.key);
			project.location = row.location;
			project.address = row.address;
		}
	}
}

export function addPublicSpaces(world: DemoWorld): void {
	const { random: r, catalogue: c, locations } = world;
	for (const q of world.region.quarters) {
		for (const ps of c.publicSpaces[q.id] ?? []) {
			const { at, stop } = locations.near(q.id, { nearStop: ps.nearStop ?? null, maxM: 160 });
			const street = ps.street ?? locations.streetOfStop(stop.name) ?? r.pick(q.streets);
			world.addPlace('public_space', {
				title: ps.title,
				description: ps.desc,
				location: at,
				address: `${street}, ${q.postcode} ${world.region.city.name}`,
				opening_hours: ps.hours,
				wheelchair: world.wheelchairOutdoors(),
				languages: ['de'],
				tags: ps.tags.slice()
			});
		}
	}
}
