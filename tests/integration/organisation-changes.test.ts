import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claims, Database } from '../../src/lib/server/db';
import {
	createOrganisation,
	updateOrganisation
} from '../../src/lib/server/business/organisations';
import {
	decideOrganisationChange,
	organisationChangePending,
	pendingOrganisationChanges
} from '../../src/lib/server/business/moderation';
import { testDatabase } from './setup';

/**
 * Issue 9, item 5: a business's change of its organisation waits for moderation. Through the
 * server's own functions (the form's path): the live row and the public place detail keep the
 * approved name until staff approve the diff shown on the moderation page.
 */

let db: Database;
let userId: string;
beforeAll(async () => {
	db = await testDatabase();
	const [user] = await db.transport.transaction((q) =>
		q.query<{ id: string }>(`insert into auth.users (email) values ($1) returning id`, [
			`org-change-${Date.now()}@example.test`
		])
	);
	userId = user.id;
});
afterAll(async () => {
	await db?.transport.transaction((q) => q.query('delete from auth.users where id = $1', [userId]));
	await db?.close();
});

const staff: Claims = {
	role: 'authenticated',
	sub: '00000000-0000-4000-8000-00000000aaaa',
	app_metadata: { roles: ['staff'] }
};
const form = (name: string, website: string) => ({
	name,
	description: 'Brot und Brötchen aus dem Quartier.',
	address: 'Hauptstraße 1, 33602 Bielefeld',
	contact_email: 'info@example.test',
	contact_phone: '',
	website,
	location_query: '',
	fax: ''
});
const here = { lon: 8.5325, lat: 52.0215 };

describe('organisation changes by a business', () => {
	it('wait as a diff for staff; the public keeps the approved name until the approval', async () => {
		const business = db.as({
			role: 'authenticated',
			sub: userId,
			app_metadata: { roles: ['business'] }
		});
		const orgId = await createOrganisation(
			business,
			form('Bäckerei Morgenrot', 'https://morgenrot.example.test') as never,
			here
		);
		// A published vacancy of the organisation (as staff would approve it).
		const [place] = await db.as(staff).query<{ id: string }>(
			`insert into public.places (kind, title, description, location, organisation_id, status)
			 values ('vacancy', 'Verkauf am Morgen', 'Frühschicht', 'SRID=4326;POINT(8.5325 52.0215)', $1, 'published')
			 returning id`,
			[orgId]
		);
		const publicName = async () => {
			const [row] = await db
				.as({ role: 'anon' })
				.query<{ name: string }>(
					`select public.place_detail($1::uuid) -> 'organisation' ->> 'name' as name`,
					[place.id]
				);
			return row.name;
		};

		// A new organisation is not public until staff approve it (…_organisation_approval.sql):
		// the published vacancy names no organisation (nor does its JSON-LD) until then.
		expect(await publicName()).toBeNull();
		const registered = (await pendingOrganisationChanges(db.as(staff))).filter(
			(c) => c.organisation_id === orgId
		);
		expect(registered).toHaveLength(1);
		// Every field is new for the moderator (before: nothing).
		expect(registered[0].fields).toContainEqual({
			field: 'name',
			before: null,
			after: 'Bäckerei Morgenrot'
		});
		expect(await decideOrganisationChange(db.as(staff), registered[0].id, true, '')).toBe(true);
		expect(await publicName()).toBe('Bäckerei Morgenrot');

		expect(
			await updateOrganisation(
				business,
				orgId,
				form('Bäckerei Abendrot', 'https://abendrot.example.test') as never,
				here
			)
		).toBe(true);
		expect(await organisationChangePending(business, orgId)).toBe(true);
		expect(await publicName()).toBe('Bäckerei Morgenrot');

		const changes = (await pendingOrganisationChanges(db.as(staff))).filter(
			(c) => c.organisation_id === orgId
		);
		expect(changes).toHaveLength(1);
		expect(changes[0].organisation_name).toBe('Bäckerei Morgenrot');
		expect(changes[0].fields).toEqual([
			{ field: 'name', before: 'Bäckerei Morgenrot', after: 'Bäckerei Abendrot' },
			{
				field: 'website',
				before: 'https://morgenrot.example.test',
				after: 'https://abendrot.example.test'
			}
		]);
		// The business cannot approve its own change.
		await expect(decideOrganisationChange(business, changes[0].id, true, '')).rejects.toThrow();

		expect(await decideOrganisationChange(db.as(staff), changes[0].id, true, '')).toBe(true);
		expect(await publicName()).toBe('Bäckerei Abendrot');
		expect(await organisationChangePending(business, orgId)).toBe(false);
		expect(await decideOrganisationChange(db.as(staff), changes[0].id, false, 'zu spät')).toBe(
			false
		);

		await db.transport.transaction((q) =>
			q.query('delete from public.organisations where id = $1', [orgId])
		);
	});
});
