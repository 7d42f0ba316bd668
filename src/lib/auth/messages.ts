/**
 * German texts of sign-up, sign-in, password reset, invitations and the mails they send. One
 * module so they can move into the Paraglide message catalogue (messages/) in one go.
 */
export const authText = {
	email: 'E-Mail-Adresse',
	password: 'Passwort',
	passwordNew: 'Neues Passwort',
	displayName: 'Ihr Name',
	emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
	emailTooLong: 'Die E-Mail-Adresse ist zu lang.',
	passwordTooShort: (min: number) => `Das Passwort muss mindestens ${min} Zeichen lang sein.`,
	passwordTooLong: (max: number) => `Das Passwort darf höchstens ${max} Zeichen lang sein.`,
	nameRequired: 'Bitte geben Sie Ihren Namen an.',
	nameTooLong: 'Der Name darf höchstens 120 Zeichen lang sein.',
	invalidCredentials: 'E-Mail-Adresse oder Passwort stimmen nicht.',
	emailNotConfirmed:
		'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse. Wir haben Ihnen den Link noch einmal geschickt.',
	invalidLink: 'Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.',
	weakPassword: 'Dieses Passwort ist zu schwach. Bitte wählen Sie ein längeres.',
	notAllowed: 'Das ist nicht erlaubt.',
	providerError: 'Die Anmeldung ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
	rateLimited: (seconds: number) =>
		`Zu viele Versuche. Bitte warten Sie ${Math.max(1, Math.ceil(seconds / 60))} Minute(n).`,
	botDetected: 'Das Formular konnte nicht gesendet werden.',
	signUpSent:
		'Fast geschafft: Wir haben Ihnen einen Link zur Bestätigung geschickt. Bitte öffnen Sie Ihr E-Mail-Postfach.',
	linkSent: 'Wenn es ein Konto zu dieser Adresse gibt, ist ein Anmelde-Link unterwegs.',
	resetSent: 'Wenn es ein Konto zu dieser Adresse gibt, ist ein Link zum Zurücksetzen unterwegs.',
	passwordChanged: 'Ihr Passwort ist geändert. Sie sind angemeldet.',
	signedOut: 'Sie sind abgemeldet.',
	signedOutEverywhere: 'Sie sind auf allen Geräten abgemeldet.',
	passwordsDiffer: 'Die beiden Passwörter stimmen nicht überein.'
} as const;

export const mailText = {
	signup: (link: string) => ({
		subject: 'Quartierkarte: Bitte bestätigen Sie Ihre E-Mail-Adresse',
		body: `Guten Tag,\n\nbitte bestätigen Sie Ihre Anmeldung bei der Quartierkarte mit diesem Link (24 Stunden gültig):\n${link}\n\nWenn Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht.`
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

export const roleLabel: Record<'business' | 'coach' | 'staff', string> = {
	business: 'Betrieb',
	coach: 'Coach',
	staff: 'Projektteam'
};
