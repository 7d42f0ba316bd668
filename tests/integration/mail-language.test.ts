import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paraglideMiddleware } from '../../src/lib/i18n/paraglide/server';
import type { Database } from '../../src/lib/server/db';
import { embeddedProvider, type EmbeddedProvider } from '../../src/lib/server/auth/embedded';
import { authContext } from './auth-context';
import { testDatabase } from './setup';

/**
 * Mails in the reader's language (embedded provider, real database): a sign-up made in Arabic gets
 * its mail in Arabic with the German text below and stores the language on the account; a sign-in
 * in Turkish changes it; mails to that person outside a request (moderation, reminders) read the
 * stored language through recipientsOf; without one they are German.
 */
let db: Database;
let auth: EmbeddedProvider;

const ctx = () => authContext('http://karte.example/registrieren');

/** Runs `fn` as a request in `lang` does: Paraglide keeps the request's language for it. */
function inRequest<T>(lang: string, fn: () => Promise<T>): Promise<T> {
	let result: T;
	const request = new Request('http://karte.example/', {
		headers: { cookie: `PARAGLIDE_LOCALE=${lang}` }
	});
	return paraglideMiddleware(request, async () => {
		result = await fn();
		return new Response('');
	}).then(() => result);
}

async function lastMail(email: string, kind: string) {
	const [row] = await db.transport.transaction((q) =>
		q.query<{ subject: string; body: string; link: string }>(
			`select subject, body, link from auth.outbox where to_email = $1 and kind = $2
			  order by id desc limit 1`,
			[email, kind]
		)
	);
	return row;
}

async function userId(email: string) {
	const [row] = await db.transport.transaction((q) =>
		q.query<{ id: string }>('select id from auth.users where email = $1', [email])
	);
	return row.id;
}

beforeAll(async () => {
	db = await testDatabase();
	auth = embeddedProvider(async () => db);
});
afterAll(async () => {
	await db.transport.transaction((q) =>
		q.query(`delete from auth.users where email like '%@mail-language.test'`)
	);
	await db?.close();
});

describe('mails in the reader’s language', () => {
	it('a sign-up in Arabic: the mail in Arabic, the German text below, the language kept', async () => {
		const email = 'amal@mail-language.test';
		await inRequest('ar', () => auth.signUp(ctx(), { email, displayName: 'Amal' }));
		const mail = await lastMail(email, 'signup');
		expect(mail.subject).toBe('Quartierkarte: يرجى تأكيد عنوان بريدك الإلكتروني');
		const [arabic, german] = mail.body.split('\n———\n');
		expect(arabic).toContain('يرجى تأكيد تسجيلك');
		expect(arabic).toContain(mail.link);
		expect(german).toContain('النص نفسه بالألمانية:');
		expect(german).toContain('bitte bestätigen Sie Ihre Anmeldung');
		expect(german).toContain(mail.link);
		const recipients = await auth.recipientsOf([await userId(email)]);
		expect([...recipients.values()]).toEqual([{ email, locale: 'ar' }]);
	});

	it('signing in in Turkish changes the language of later mails', async () => {
		const email = 'ayse@mail-language.test';
		await inRequest('de', () => auth.signUp(ctx(), { email, displayName: 'Ayşe' }));
		const signup = await lastMail(email, 'signup');
		// German: no second copy.
		expect(signup.subject).toBe('Quartierkarte: Bitte bestätigen Sie Ihre E-Mail-Adresse');
		expect(signup.body).not.toContain('———');
		const token = new URL(signup.link).searchParams.get('token')!;
		const signedIn = await inRequest('tr', () => auth.verifyLink(ctx(), { token, kind: 'signup' }));
		expect(signedIn.ok).toBe(true);
		const id = await userId(email);
		expect((await auth.recipientsOf([id])).get(id)).toEqual({ email, locale: 'tr' });
		// A reset asked for in Turkish comes in Turkish.
		await inRequest('tr', () => auth.requestPasswordReset(ctx(), email));
		expect((await lastMail(email, 'recovery')).subject).toBe('Quartierkarte: Şifrenizi sıfırlayın');
	});

	it('"you already have an account" goes in the owner’s language, not the form filler’s', async () => {
		const email = 'ayse@mail-language.test';
		await inRequest('ru', () => auth.signUp(ctx(), { email, displayName: 'Someone else' }));
		expect((await lastMail(email, 'existing')).subject).toBe(
			'Quartierkarte: Zaten bir hesabınız var'
		);
	});

	it('an account without a stored language gets German mails', async () => {
		const email = 'alt@mail-language.test';
		const [{ id }] = await db.transport.transaction((q) =>
			q.query<{ id: string }>(
				`insert into auth.users (email, raw_app_meta_data) values ($1, '{"roles":["business"]}') returning id`,
				[email]
			)
		);
		expect((await auth.recipientsOf([id])).get(id)).toEqual({ email, locale: 'de' });
	});
});
