import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paraglideMiddleware } from '$lib/i18n/paraglide/server';
import { locales } from '$lib/i18n/paraglide/runtime';
import { roleLabel } from '$lib/i18n';
import { newPasswordSchema, signUpSchema } from '$lib/auth/schemas';
import { spaceSchema } from './schemas';

/** Runs `fn` the way a request in `locale` runs it on the server (language cookie set). */
function inLocale<T>(locale: string, fn: () => T): Promise<T> {
	const request = new Request('http://localhost/betrieb', {
		headers: { cookie: `PARAGLIDE_LOCALE=${locale}` }
	});
	return paraglideMiddleware(request, async () => new Response(JSON.stringify(fn()))).then(
		(res) => res.json() as Promise<T>
	);
}

function fieldErrors(result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
	const out: Record<string, string> = {};
	for (const issue of result.error?.issues ?? []) out[String(issue.path[0])] ??= issue.message;
	return out;
}

const badSpace = {
	title: 'Laden',
	location_query: 'Elbeallee',
	lat: 40,
	lon: 8.5,
	valid_through: '2001-01-01',
	contact_phone: 'ruf an!',
	area_m2: 0
};

describe('form errors in the reader’s language', () => {
	it('gives the same invalid space offer German errors with de and English ones with en', async () => {
		const de = await inLocale('de', () => fieldErrors(spaceSchema.safeParse(badSpace)));
		const en = await inLocale('en', () => fieldErrors(spaceSchema.safeParse(badSpace)));
		expect(de).toEqual({
			valid_through: 'Dieses Datum liegt in der Vergangenheit.',
			contact_phone: 'Bitte nur Ziffern, Leerzeichen und + - / ( ) verwenden.',
			area_m2: 'Bitte eine Zahl zwischen 1 und 99999 eingeben.',
			lat: 'Diese Koordinaten liegen nicht in Bielefeld. Bitte die Stecknadel neu setzen.'
		});
		expect(en).toEqual({
			valid_through: 'This date is in the past.',
			contact_phone: 'Please use only digits, spaces and + - / ( ).',
			area_m2: 'Please enter a number between 1 and 99999.',
			lat: 'These coordinates are not in Bielefeld. Please set the pin again.'
		});
	});

	it('translates sign-up errors with parameters (password length) per request', async () => {
		// Sign-up asks for name and address only; the password is chosen on the confirmation page.
		const input = { display_name: '', email: 'nope' };
		const chosen = {
			token: 'x'.repeat(32),
			typ: 'signup',
			password: 'short',
			password_repeat: 'short'
		};
		const de = {
			...(await inLocale('de', () => fieldErrors(signUpSchema.safeParse(input)))),
			...(await inLocale('de', () => fieldErrors(newPasswordSchema.safeParse(chosen))))
		};
		const tr = {
			...(await inLocale('tr', () => fieldErrors(signUpSchema.safeParse(input)))),
			...(await inLocale('tr', () => fieldErrors(newPasswordSchema.safeParse(chosen))))
		};
		expect(de.password).toBe('Das Passwort muss mindestens 10 Zeichen lang sein.');
		expect(de.email).toBe('Bitte geben Sie eine gültige E-Mail-Adresse ein.');
		expect(tr.password).toBe('Şifre en az 10 karakter olmalı.');
		expect(tr.display_name).toBe('Lütfen adınızı yazın.');
	});
});

describe('role names', () => {
	it('are German in mails whatever the reader’s language, translated elsewhere', async () => {
		expect(await inLocale('en', () => roleLabel('staff', 'de'))).toBe('Projektteam');
		expect(await inLocale('en', () => roleLabel('staff'))).toBe('Project team');
	});
});

describe('message catalogues', () => {
	const read = (locale: string) =>
		JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
	const base = read('de');
	const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

	it.each(locales.filter((l) => l !== 'de'))(
		'%s has every German key, non-empty and with the same placeholders',
		(locale) => {
			const other = read(locale);
			expect(Object.keys(other).sort()).toEqual(Object.keys(base).sort());
			for (const [key, text] of Object.entries(base)) {
				if (key === '$schema') continue;
				expect(other[key], `${locale}.${key}`).toBeTruthy();
				expect(params(other[key]), `${locale}.${key}`).toEqual(params(text));
			}
		}
	);
});
