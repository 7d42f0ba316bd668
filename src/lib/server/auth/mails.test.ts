import { describe, expect, it } from 'vitest';
import { locales, roleLabel } from '$lib/i18n';
import { asLocale, mailText } from './mails';

/** Every mail in every language: its words filled in, the link in it, German below it. */
const LINK = 'https://karte.example/passwort/neu?token=abc&typ=signup';
const all = {
	signup: (l: (typeof locales)[number]) => mailText.signup(l, LINK),
	existing: (l: (typeof locales)[number]) => mailText.existing(l, LINK),
	magiclink: (l: (typeof locales)[number]) => mailText.magiclink(l, LINK),
	recovery: (l: (typeof locales)[number]) => mailText.recovery(l, LINK),
	invite: (l: (typeof locales)[number]) => mailText.invite(l, LINK, ['business', 'coach']),
	roleAdded: (l: (typeof locales)[number]) => mailText.roleAdded(l, LINK, ['staff']),
	approved: (l: (typeof locales)[number]) => mailText.approved(l, 'Kiosk', 'Foto fehlt', LINK),
	returned: (l: (typeof locales)[number]) => mailText.returned(l, 'Kiosk', 'Foto fehlt', LINK),
	rejected: (l: (typeof locales)[number]) => mailText.rejected(l, 'Kiosk', 'Werbung', LINK),
	expiry: (l: (typeof locales)[number]) => mailText.expiry(l, 'Kiosk', '2026-12-31', LINK),
	freshness: (l: (typeof locales)[number]) => mailText.freshness(l, 'Kiosk', 6, LINK)
};

describe('mail texts', () => {
	for (const [kind, make] of Object.entries(all)) {
		it(`${kind}: each language filled in, with the link, German below`, () => {
			const german = make('de');
			expect(german.body).not.toContain('———');
			for (const locale of locales) {
				const { subject, body } = make(locale);
				expect(subject, locale).toMatch(/^Quartierkarte: /);
				expect(`${subject}${body}`, locale).not.toMatch(/[{}]/);
				expect(body.split(LINK).length - 1, locale).toBe(locale === 'de' ? 1 : 2);
				if (locale !== 'de') {
					expect(body.endsWith(german.body), locale).toBe(true);
					expect(body.slice(0, body.indexOf('———')), locale).not.toBe(german.body);
				}
			}
		});
	}

	it('dates in the reader’s way of writing them, role names in the reader’s language', () => {
		expect(mailText.expiry('de', 'K', '2026-12-31', LINK).body).toContain('31.12.2026');
		expect(mailText.expiry('en', 'K', '2026-12-31', LINK).body).toMatch(/Dec 31, 2026|31 Dec 2026/);
		const turkish = mailText.invite('tr', LINK, ['coach']).body.split('\n———\n');
		expect(turkish[0]).toContain(`(${roleLabel('coach', 'tr')})`);
		expect(turkish[1]).toContain(`(${roleLabel('coach', 'de')})`);
		expect(roleLabel('coach', 'tr')).not.toBe(roleLabel('coach', 'de'));
	});

	it('a stored language is used only if the app has it', () => {
		expect(asLocale('ar')).toBe('ar');
		expect(asLocale('fr')).toBeNull();
		expect(asLocale(undefined)).toBeNull();
	});
});
