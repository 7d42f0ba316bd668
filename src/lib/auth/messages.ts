import { m, type Locale } from '$lib/i18n';

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * Texts of sign-up, sign-in, password reset and invitations, from the Paraglide catalogue
 * (messages/{locale}.json). Getters, so every read gives the current request's (or page's) language.
 */
export const authText = {
	get email() {
		return m.auth_email();
	},
	get password() {
		return m.auth_password();
	},
	get passwordNew() {
		return m.auth_password_new();
	},
	get displayName() {
		return m.auth_display_name();
	},
	get emailInvalid() {
		return m.auth_email_invalid();
	},
	get emailTooLong() {
		return m.auth_email_too_long();
	},
	passwordTooShort: (min: number) => m.auth_password_too_short({ min }),
	passwordTooLong: (max: number) => m.auth_password_too_long({ max }),
	get nameRequired() {
		return m.auth_name_required();
	},
	get nameTooLong() {
		return m.auth_name_too_long();
	},
	get nameNoBrackets() {
		return m.auth_name_no_brackets();
	},
	get invalidCredentials() {
		return m.auth_invalid_credentials();
	},
	get emailNotConfirmed() {
		return m.auth_email_not_confirmed();
	},
	get invalidLink() {
		return m.auth_invalid_link();
	},
	get weakPassword() {
		return m.auth_weak_password();
	},
	get notAllowed() {
		return m.auth_not_allowed();
	},
	get providerError() {
		return m.auth_provider_error();
	},
	rateLimited: (seconds: number) => m.auth_rate_limited({ minutes: minutes(seconds) }),
	get botDetected() {
		return m.auth_bot_detected();
	},
	get signUpSent() {
		return m.auth_sign_up_sent();
	},
	get linkSent() {
		return m.auth_link_sent();
	},
	get resetSent() {
		return m.auth_reset_sent();
	},
	get passwordChanged() {
		return m.auth_password_changed();
	},
	get signedOut() {
		return m.auth_signed_out();
	},
	get signedOutEverywhere() {
		return m.auth_signed_out_everywhere();
	},
	get passwordsDiffer() {
		return m.auth_passwords_differ();
	}
};

/**
 * Mails stay German for now: they may be sent outside a request (no reader language known) and
 * the recipient's language is not stored yet.
 */
export const mailText = {
	signup: (link: string) => ({
		subject: 'Quartierkarte: Bitte bestätigen Sie Ihre E-Mail-Adresse',
		body: `Guten Tag,\n\nbitte bestätigen Sie Ihre Anmeldung bei der Quartierkarte mit diesem Link und wählen Sie dort Ihr Passwort (24 Stunden gültig):\n${link}\n\nWenn Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht.`
	}),
	existing: (link: string) => ({
		subject: 'Quartierkarte: Sie haben schon ein Konto',
		body: `Guten Tag,\n\njemand wollte mit Ihrer Adresse ein neues Konto anlegen. Sie haben bereits eines. Anmelden können Sie sich mit diesem Link (1 Stunde gültig):\n${link}`
	}),
	magiclink: (link: string) => ({
		subject: 'Quartierkarte: Ihr Anmelde-Link',
		body: `Guten Tag,\n\nmit diesem Link melden Sie sich an (1 Stunde gültig):\n${link}`
	}),
	recovery: (link: string) => ({
		subject: 'Quartierkarte: Passwort zurücksetzen',
		body: `Guten Tag,\n\nmit diesem Link wählen Sie ein neues Passwort (1 Stunde gültig):\n${link}\n\nWenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht.`
	}),
	invite: (link: string, roles: string) => ({
		subject: 'Quartierkarte: Sie sind eingeladen',
		body: `Guten Tag,\n\nSie sind zur Quartierkarte eingeladen (${roles}). Mit diesem Link wählen Sie Ihr Passwort (7 Tage gültig):\n${link}`
	}),
	roleAdded: (link: string, roles: string) => ({
		subject: 'Quartierkarte: Neue Rechte für Ihr Konto',
		body: `Guten Tag,\n\nIhr Konto hat neue Rechte erhalten (${roles}). Anmelden:\n${link}`
	})
} as const;

/** A role's name in a given language (mails, which stay German, pass 'de'). */
export function roleName(role: 'business' | 'coach' | 'staff', locale?: Locale) {
	const names = { business: m.role_business, coach: m.role_coach, staff: m.role_staff };
	return names[role]({}, locale ? { locale } : undefined);
}

export const roleLabel: Record<'business' | 'coach' | 'staff', string> = {
	get business() {
		return m.role_business();
	},
	get coach() {
		return m.role_coach();
	},
	get staff() {
		return m.role_staff();
	}
};
