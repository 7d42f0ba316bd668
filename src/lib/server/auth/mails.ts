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
