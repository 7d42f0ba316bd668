/**
 * Organisations, employers and their vacancies. Each employer is an organisation and a place near
 * a stop of its quarter; every employer posts one vacancy, some a second one.
 */
import type { Catalogue, VacancyTemplate } from './catalogue.ts';
import type { DemoWorld, Employer, PlaceFields, PlaceRow } from './world.ts';
import { germanDate } from './dates.ts';
import { template } from './world.ts';

/** The project, the public body, the carriers and the landlords, with their contacts. */
export function addOrganisations(world: DemoWorld): void {
	const { project, publicBody, carriers, landlords } = world.catalogue.organisations;
	const noPlace = {
		address: null,
		location: null,
		contact_email: null,
		contact_phone: null,
		website: null
	};
	const add = (
		o: { key: string; name: string; desc: string },
		kind: 'project' | 'public_body' | 'carrier' | 'employer'
	) => world.addOrganisation(o.key, { name: o.name, kind, description: o.desc, ...noPlace });
	add(project, 'project');
	add(publicBody, 'public_body');
	for (const c of carriers) add(c, 'carrier');
	for (const l of landlords) add(l, 'employer');
	for (const o of world.organisations) {
		o.contact_email = `kontakt@${world.domain(o.name, 40)}`;
		o.contact_phone = world.phone();
		o.website = `https://${world.domain(o.name, 40)}`;
	}
}

/** Quarter slots as a list (one entry per place), in the catalogue's order. */
export function expandSlots(slots: Catalogue['employers']['slots']) {
	return slots.flatMap((s) =>
		Array.from({ length: s.count }, () => ({ quarter: s.quarter, outside: !!s.outside }))
	);
}

export function addEmployers(world: DemoWorld): void {
	const { random: r, catalogue: c, locations } = world;
	const slots = r.shuffle(expandSlots(c.employers.slots));
	let i = 0;
	for (const sector of c.employers.sectors) {
		sector.names.forEach((nameTemplate, n) => {
			const { quarter, outside } = slots[i++];
			const name = world.fill(nameTemplate, quarter);
			const { at, stop } = locations.near(quarter, { outside });
			const { address } = locations.address(quarter, stop, null, at);
			const org = world.addOrganisation(`employer/${sector.key}-${n + 1}`, {
				name,
				kind: 'employer',
				description: world.fill(sector.desc[n % sector.desc.length], quarter),
				address,
				location: at,
				contact_email: `info@${world.domain(name, 40)}`,
				contact_phone: world.phone(),
				website: r.chance(0.6) ? `https://${world.domain(name, 40)}` : null
			});
			const tags = [sector.key];
			if (r.chance(0.45)) tags.push('internships');
			if (r.chance(0.3)) tags.push('apprenticeships');
			const extra = [];
			if (tags.includes('internships')) extra.push(c.employers.internshipsText);
			if (tags.includes('apprenticeships')) extra.push(c.employers.apprenticeshipsText);
			const place = world.addPlace('employer', {
				title: name,
				description: [org.description, ...extra].join(' '),
				location: at,
				address,
				opening_hours: r.pick(sector.hours),
				wheelchair: world.wheelchair(),
				languages: world.languages(),
				tags,
				contact_name: world.person(),
				contact_phone: org.contact_phone,
				contact_email: org.contact_email,
				website: org.website,
				organisation_id: org.id
			});
			world.employers.push({ sector, org, place, quarter });
		});
	}
}

/** The first employer of a sector. */
export function employerOf(world: DemoWorld, sector: string): Employer {
	const e = world.employers.find((x) => x.sector.key === sector);
	if (!e) throw new Error(`no employer of sector "${sector}"`);
	return e;
}

const HOURS_PER_WEEK = {
	full_time: [38, 39, 40],
	part_time: [15, 20, 20, 25, 30],
	mini_job: [5, 6, 8, 9]
};
/**
 * Shift times of a demo vacancy, derived from its title and hours without drawing from the random
 * stream (so every other row stays as it was): about one in four gives no times ("hours
 * unknown"), the others start early, in the morning, in the afternoon or at night; a working day
 * is the weekly hours over five days, plus a 30-minute break beyond six hours.
 */
export function demoShift(
	key: string,
	hours: number
): { shift_start: string | null; shift_end: string | null; weekend_work: boolean } {
	let h = 0;
	for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
	const starts = [null, 6 * 60, 8 * 60, 7 * 60 + 30, 14 * 60, 22 * 60, 9 * 60, 13 * 60];
	const start = starts[h % starts.length];
	if (start === null) return { shift_start: null, shift_end: null, weekend_work: false };
	const day = Math.round((hours / 5) * 2) * 30;
	const end = (start + day + (day > 360 ? 30 : 0)) % (24 * 60);
	const clock = (m: number) =>
		`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
	return { shift_start: clock(start), shift_end: clock(end), weekend_work: (h >> 3) % 3 === 0 };
}

/** Weeks per month, for a monthly salary from an hourly one. */
const WEEKS_PER_MONTH = 4.33;

/** A vacancy of an employer from a template; `overrides` set status or validity. */
export function addVacancy(
	world: DemoWorld,
	employer: Employer,
	tpl: VacancyTemplate,
	overrides: Partial<PlaceFields> = {}
): PlaceRow {
	const { random: r } = world;
	const text = world.catalogue.vacancies;
	const wt = r.pick(tpl.wt);
	const hours = r.pick(HOURS_PER_WEEK[wt]);
	let de = r.pick(tpl.de);
	if (de === 'B1' && r.chance(0.15)) de = 'B2';
	const start = r.pick(text.startDates);
	const fixedTerm = r.chance(0.25);
	let salary: { min: number | null; max: number | null; unit: 'month' | 'hour' | null } = {
		min: null,
		max: null,
		unit: null
	};
	if (r.chance(0.75)) {
		if (wt === 'full_time' && r.chance(0.4)) {
			const k = hours * WEEKS_PER_MONTH;
			salary = {
				min: Math.round((tpl.pay[0] * k) / 10) * 10,
				max: Math.round((tpl.pay[1] * k) / 10) * 10,
				unit: 'month'
			};
		} else {
			salary = { min: tpl.pay[0], max: r.chance(0.6) ? tpl.pay[1] : null, unit: 'hour' };
		}
	}
	const childcare = wt === 'full_time' ? r.chance(0.15) : r.chance(0.6);
	const refugees = ['none', 'A1', 'A2'].includes(de) ? r.chance(0.8) : r.chance(0.3);
	const germanLevelText = text.germanLevelText[de as keyof typeof text.germanLevelText];
	if (!germanLevelText) throw new Error(`no text for German level ${de}`);
	const description = [
		template(text.lead, {
			employer: employer.org.name,
			start: start ? template(text.startFrom, { date: germanDate(start) }) : text.startNow,
			workingTime: text.workingTimeText[wt],
			hours,
			fixedTerm: fixedTerm ? text.fixedTermText : ''
		}),
		germanLevelText,
		r.pick(text.perks),
		childcare && wt !== 'full_time' ? text.childcareText : null
	]
		.filter(Boolean)
		.join(' ');
	const { place, org } = employer;
	return world.addPlace(
		'vacancy',
		{
			title: tpl.title,
			description,
			location: place.location,
			address: place.address,
			opening_hours: null,
			wheelchair: place.wheelchair,
			languages: place.languages,
			tags: [employer.sector.key],
			contact_name: place.contact_name,
			contact_phone: org.contact_phone,
			contact_email: `bewerbung@${world.domain(org.name, 40)}`,
			website: org.website,
			valid_from: r.chance(0.6) ? text.validFrom : null,
			valid_through: r.pick(text.validThrough),
			organisation_id: org.id,
			...overrides
		},
		{
			table: 'vacancy_details',
			working_time: wt,
			hours_per_week: hours,
			fixed_term: fixedTerm,
			start_date: start,
			salary_min: salary.min,
			salary_max: salary.max,
			salary_unit: salary.unit,
			german_level: de,
			childcare_friendly: childcare,
			suitable_for_refugees: refugees,
			how_to_apply: r.pick(text.howToApply),
			...demoShift(`${employer.org.name} ${tpl.title}`, hours)
		}
	);
}

/** One vacancy per employer, a second one at some employers of busy sectors, easy German for a few. */
export function addVacancies(world: DemoWorld): void {
	const { random: r, catalogue: c } = world;
	const first = new Map<Employer, VacancyTemplate>();
	for (const e of world.employers) {
		const tpl = r.pick(e.sector.vacancies);
		first.set(e, tpl);
		addVacancy(world, e, tpl);
	}
	const second = c.vacancies.secondVacancy;
	const busy = world.employers.filter((e) => second.sectors.includes(e.sector.key));
	for (const e of r.shuffle(busy).slice(0, second.count)) {
		const used = first.get(e)!;
		const rest = e.sector.vacancies.filter((t) => t !== used);
		addVacancy(world, e, rest.length ? r.pick(rest) : used);
	}
	const easy = c.vacancies.easyGerman;
	const simple = world.places.filter(
		(p) =>
			p.kind === 'vacancy' &&
			p.details?.table === 'vacancy_details' &&
			['none', 'A1'].includes(p.details.german_level)
	);
	for (const v of simple.slice(0, easy.count)) {
		v.easy_german = v.tags.includes('cleaning') ? easy.cleaning : easy.other;
	}
}
