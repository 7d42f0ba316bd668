/**
 * The app's mails in the reader's language (messages/*.json, keys `mail_*`), the German text below
 * when that is another language: a mail is forwarded to a colleague or read out by a helper, and a
 * stored language may be out of date.
 *
 * Which language: a mail to the person acting in the request (sign-up, sign-in link, password
 * reset) is in the request's language; a mail to somebody else (a moderation decision, a reminder,
 * "you already have an account") is in the language stored on the recipient's account
 * (`raw_user_meta_data.locale`, written at sign-up and at each sign-in), German where none is
 * stored. An invitation goes to somebody who has no account yet: in the inviter's language.
 */
import { getLocale, locales, m, roleLabel, type Locale } from '$lib/i18n';
import { formatDay } from '$lib/i18n/history';
import type { AppRole } from '../db/types';

export interface MailText {
	subject: string;
	body: string;
}

/** A stored or requested language if the app has it, else null. */
export function asLocale(value: unknown): Locale | null {
	return typeof value === 'string' && (locales as readonly string[]).includes(value)
		? (value as Locale)
		: null;
}

/** The request's language (Paraglide keeps it per request); German outside a request. */
export function requestLocale(): Locale {
	try {
		return asLocale(getLocale()) ?? 'de';
	} catch {
		return 'de';
	}
}

/** One mail in `locale`, with the German text under it when `locale` is not German. */
function compose(locale: Locale, make: (l: Locale) => MailText): MailText {
	const own = make(locale);
	if (locale === 'de') return own;
	const german = make('de');
	return {
		subject: own.subject,
		body: `${own.body}\n\n———\n${m.mail_german_below({}, { locale })}\n\n${german.body}`
	};
}

const roles = (list: AppRole[], locale: Locale) => list.map((r) => roleLabel(r, locale)).join(', ');

export const mailText = {
	signup: (locale: Locale, link: string) =>
		compose(locale, (l) => ({
			subject: m.mail_signup_subject({}, { locale: l }),
			body: m.mail_signup_body({ link }, { locale: l })
		})),
	existing: (locale: Locale, link: string) =>
		compose(locale, (l) => ({
			subject: m.mail_existing_subject({}, { locale: l }),
			body: m.mail_existing_body({ link }, { locale: l })
		})),
	magiclink: (locale: Locale, link: string) =>
		compose(locale, (l) => ({
			subject: m.mail_magiclink_subject({}, { locale: l }),
			body: m.mail_magiclink_body({ link }, { locale: l })
		})),
	recovery: (locale: Locale, link: string) =>
		compose(locale, (l) => ({
			subject: m.mail_recovery_subject({}, { locale: l }),
			body: m.mail_recovery_body({ link }, { locale: l })
		})),
	invite: (locale: Locale, link: string, list: AppRole[]) =>
		compose(locale, (l) => ({
			subject: m.mail_invite_subject({}, { locale: l }),
			body: m.mail_invite_body({ link, roles: roles(list, l) }, { locale: l })
		})),
	roleAdded: (locale: Locale, link: string, list: AppRole[]) =>
		compose(locale, (l) => ({
			subject: m.mail_role_added_subject({}, { locale: l }),
			body: m.mail_role_added_body({ link, roles: roles(list, l) }, { locale: l })
		})),
	approved: (locale: Locale, title: string, comment: string, link: string) =>
		compose(locale, (l) => ({
			subject: m.mail_approved_subject({ title }, { locale: l }),
			body: [
				m.mail_approved_body({ title, link }, { locale: l }),
				comment ? m.mail_moderation_note({ comment }, { locale: l }) : '',
				m.mail_thanks({}, { locale: l })
			]
				.filter(Boolean)
				.join('\n\n')
		})),
	returned: (locale: Locale, title: string, comment: string, link: string) =>
		compose(locale, (l) => ({
			subject: m.mail_returned_subject({ title }, { locale: l }),
			body: m.mail_returned_body({ title, comment, link }, { locale: l })
		})),
	rejected: (locale: Locale, title: string, comment: string, link: string) =>
		compose(locale, (l) => ({
			subject: m.mail_rejected_subject({ title }, { locale: l }),
			body: m.mail_rejected_body({ title, comment, link }, { locale: l })
		})),
	/** `until`: the last day on the map (ISO), written as the reader writes dates. */
	expiry: (locale: Locale, title: string, until: string, link: string) =>
		compose(locale, (l) => ({
			subject: m.mail_expiry_subject({ title }, { locale: l }),
			body: m.mail_expiry_body({ title, date: formatDay(until, l) ?? until, link }, { locale: l })
		})),
	freshness: (locale: Locale, title: string, months: number, link: string) =>
		compose(locale, (l) => ({
			subject: m.mail_freshness_subject({ title }, { locale: l }),
			body: m.mail_freshness_body({ title, months: String(months), link }, { locale: l })
		}))
} as const;
