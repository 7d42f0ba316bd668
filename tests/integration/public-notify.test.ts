import { authContext } from './auth-context';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedProvider } from '../../src/lib/server/auth/embedded';
import { saveDraft } from '../../src/lib/server/business/drafts';
import { PUBLIC_DATA_CHANNEL } from '../../src/lib/server/cache/public-cache';
import type { Claims, Database } from '../../src/lib/server/db';
import { testDatabase } from './setup';

/**
 * NOTIFY qk_public_data (which empties every server's cache of public answers) comes only from
 * writes that change what the public sees: a publish, a change of a published place, an
 * organisation's public columns. Not from a sign-in, an autosave, a draft or a submission.
 * Deterministic: after the quiet writes a marker notification is sent; notifications arrive in
 * commit order, so anything the quiet writes sent would have arrived before the marker.
 */

let db: Database;
const heard: string[] = [];

beforeAll(async () => {
	db = await testDatabase();
	await db.transport.listen(PUBLIC_DATA_CHANNEL, (payload) => heard.push(payload));
});
afterAll(async () => {
	await db?.close();
});

const staff: Claims = {
	role: 'authenticated',
	sub: '00000000-0000-4000-8000-00000000aaaa',
	email: 'staff@example.org',
	app_metadata: { roles: ['staff'] }
};

/** What was heard up to a fresh marker (and forget it). */
async function heardUntilMarker() {
	const marker = `marker-${Math.random().toString(36).slice(2)}`;
	await db.transport.transaction((q) =>
		q.query('select pg_notify($1, $2)', [PUBLIC_DATA_CHANNEL, marker])
	);
	const end = Date.now() + 5000;
	while (!heard.includes(marker)) {
		if (Date.now() > end) throw new Error('marker notification not heard');
		await new Promise((r) => setTimeout(r, 10));
	}
	return heard.splice(0).filter((p) => p !== marker);
}

describe('which writes empty the public caches', () => {
	it('a sign-in, an autosave, a draft and a submission do not; a publish and a public organisation change do', async () => {
		const provider = embeddedProvider(async () => db);
		const email = `notify-${Date.now()}@example.test`;
		const userId = await provider.ensureUser({
			email,
			password: 'ein langes Passwort 42',
			roles: ['business']
		});
		const business = db.as({
			role: 'authenticated',
			sub: userId,
			email,
			app_metadata: { roles: ['business'] }
		});
		await heardUntilMarker();

		// Sign-in: a session row and last_sign_in_at.
		const ctx = authContext('http://localhost/anmelden');
		const signedIn = await provider.signInWithPassword(ctx, {
			email,
			password: 'ein langes Passwort 42'
		});
		expect(signedIn.ok).toBe(true);
		expect(await heardUntilMarker(), 'sign-in').toEqual([]);

		// Registering an organisation (its owner row) and the profile.
		const [org] = await business.query<{ id: string }>(
			`insert into public.organisations (name, kind, website) values ('Notify GmbH', 'employer', 'https://notify.example.test') returning id`
		);
		await business.query(
			`insert into public.profiles (id, display_name) values (auth.uid(), 'Notify')`
		);
		expect(await heardUntilMarker(), 'organisation registered').toEqual([]);

		// Autosave while typing.
		await saveDraft(business, 'entry:new:vacancy', {
			title: 'Aushilfe im Lager',
			description: 'Halbfertig'
		});
		await saveDraft(business, 'entry:new:vacancy', {
			title: 'Aushilfe im Lager (m/w/d)',
			description: 'Fast fertig'
		});
		expect(await heardUntilMarker(), 'autosave').toEqual([]);

		// A draft saved, edited, its details written, then submitted for moderation.
		const [place] = await business.query<{ id: string }>(
			`insert into public.places (kind, title, description, location, organisation_id, status)
			 values ('vacancy', 'Aushilfe im Lager', 'Entwurf', 'SRID=4326;POINT(8.55 52.03)', $1, 'draft') returning id`,
			[org.id]
		);
		await business.query(
			`insert into public.vacancy_details (place_id, working_time) values ($1, 'part_time')`,
			[place.id]
		);
		await business.query(
			`update public.places set description = 'Entwurf, überarbeitet' where id = $1`,
			[place.id]
		);
		await business.query(
			`update public.vacancy_details set hours_per_week = 20 where place_id = $1`,
			[place.id]
		);
		await business.query(`update public.places set status = 'pending' where id = $1`, [place.id]);
		expect(await heardUntilMarker(), 'draft and submission').toEqual([]);

		// Staff publish it: the public map changes.
		await db
			.as(staff)
			.query(`update public.places set status = 'published' where id = $1`, [place.id]);
		expect(await heardUntilMarker(), 'publish').toEqual(['places']);

		// A detail of a published place changes: public.
		await db
			.as(staff)
			.query(`update public.vacancy_details set hours_per_week = 25 where place_id = $1`, [
				place.id
			]);
		expect(await heardUntilMarker(), 'published detail').toEqual(['vacancy_details']);

		// An organisation's bookkeeping column: not public; its public name: public.
		await db
			.as(staff)
			.query(`update public.organisations set updated_at = now() where id = $1`, [org.id]);
		expect(await heardUntilMarker(), 'organisation updated_at').toEqual([]);
		await db
			.as(staff)
			.query(`update public.organisations set name = 'Notify GmbH & Co. KG' where id = $1`, [
				org.id
			]);
		expect(await heardUntilMarker(), 'organisation name').toEqual(['organisations']);

		// Withdrawn (archived): the public map changes again.
		await db
			.as(staff)
			.query(`update public.places set status = 'archived' where id = $1`, [place.id]);
		expect(await heardUntilMarker(), 'archive').toEqual(['places']);

		await db.transport.transaction(async (q) => {
			await q.query('delete from public.organisations where id = $1', [org.id]);
			await q.query('delete from auth.users where id = $1', [userId]);
		});
	});
});
