/**
 * German texts of the business area and moderation: labels, field errors, status names, mails.
 * Kept in one module so they can move into the Paraglide catalogue (messages/) later.
 */
export const businessText = {
	required: 'Bitte ausfüllen.',
	tooShort: (min: number) => `Bitte mindestens ${min} Zeichen eingeben.`,
	tooLong: (max: number) => `Bitte höchstens ${max} Zeichen eingeben (Text kürzen).`,
	noHtml: 'Bitte keine HTML-Tags oder Skripte eingeben – nur normalen Text.',
	number: 'Bitte eine Zahl eingeben.',
	numberRange: (min: number, max: number) => `Bitte eine Zahl zwischen ${min} und ${max} eingeben.`,
	date: 'Bitte ein Datum eingeben (TT.MM.JJJJ).',
	dateTime: 'Bitte Datum und Uhrzeit eingeben.',
	dateInPast: 'Dieses Datum liegt in der Vergangenheit.',
	dateTooFar: 'Bitte ein Datum innerhalb der nächsten 12 Monate wählen.',
	endBeforeStart: 'Das Ende liegt vor dem Beginn.',
	salaryRange: 'Das Höchstgehalt ist kleiner als das Mindestgehalt.',
	salaryUnit: 'Bitte angeben, ob das Gehalt pro Stunde, Monat oder Jahr gilt.',
	email: 'Bitte eine gültige E-Mail-Adresse eingeben.',
	phone: 'Bitte nur Ziffern, Leerzeichen und + - / ( ) verwenden.',
	url: 'Bitte eine Web-Adresse mit https:// eingeben.',
	choose: 'Bitte eine der Möglichkeiten wählen.',
	coordinates: 'Diese Koordinaten liegen nicht in Bielefeld. Bitte die Stecknadel neu setzen.',
	coordinatesPair: 'Bitte Breite und Länge zusammen angeben.',
	locationMissing:
		'Bitte eine Haltestelle oder Adresse aus der Liste wählen oder eine Stecknadel setzen.',
	locationNotFound: (q: string) =>
		`„${q}“ kennen wir nicht. Bitte einen Vorschlag aus der Liste wählen oder die Stecknadel setzen.`,
	locationAmbiguous: (names: string[]) =>
		`Mehrere Treffer: ${names.join('; ')}. Bitte genauer angeben.`,
	honeypot: 'Das Formular konnte nicht gesendet werden.',
	rateLimited: (seconds: number) =>
		`Zu viele Einsendungen. Bitte warten Sie ${Math.max(1, Math.ceil(seconds / 60))} Minute(n).`,
	fixErrors: 'Bitte prüfen Sie die markierten Felder. Ihre Eingaben sind gespeichert.',
	saved: 'Gespeichert.',
	draftSaved: 'Entwurf gespeichert.',
	submitted: 'Danke! Ihr Eintrag wird vom Projektteam geprüft und dann veröffentlicht.',
	withdrawn: 'Der Eintrag ist zurückgezogen und nicht mehr auf der Karte.',
	renewed: (until: string) => `Verlängert bis ${until}.`,
	deleted: 'Entwurf gelöscht.',
	notFound: 'Diesen Eintrag gibt es nicht oder Sie dürfen ihn nicht bearbeiten.',
	orgNotFound: 'Diese Organisation gibt es nicht oder Sie gehören nicht dazu.',
	notAllowed: 'Das dürfen Sie mit diesem Eintrag nicht tun.',
	fileType: 'Nur Bilder im Format JPEG, PNG oder WebP sind erlaubt.',
	fileSize: (mb: number) => `Das Bild ist zu groß (höchstens ${mb} MB).`,
	fileCount: (n: number) => `Höchstens ${n} Bilder.`,
	inviteSent: (email: string) => `Einladung an ${email} ist verschickt.`,
	orgCreated: 'Ihre Organisation ist angelegt. Jetzt können Sie Einträge erstellen.',
	reminderMail: (title: string, until: string, link: string) => ({
		subject: `Quartierkarte: „${title}“ läuft bald ab`,
		body: `Guten Tag,\n\nIhr Eintrag „${title}“ ist noch bis ${until} auf der Karte. Danach verschwindet er von der Karte (er bleibt in Ihrem Bereich gespeichert). Verlängern können Sie ihn hier:\n${link}`
	})
} as const;

export const statusLabel: Record<string, string> = {
	draft: 'Entwurf',
	pending: 'Wird geprüft',
	published: 'Veröffentlicht',
	archived: 'Zurückgezogen',
	expired: 'Abgelaufen'
};

export const decisionLabel: Record<string, string> = {
	submitted: 'Zur Prüfung gesendet',
	approved: 'Freigegeben',
	returned: 'Zur Überarbeitung zurückgegeben',
	rejected: 'Abgelehnt',
	withdrawn: 'Zurückgezogen',
	renewed: 'Verlängert'
};

export const entryTypeLabel = {
	vacancy: 'Stellenangebot',
	internship: 'Praktikum',
	event: 'Betriebsbesichtigung oder Termin',
	space: 'Raum oder Leerstand'
} as const;

export const workingTimeLabel = {
	full_time: 'Vollzeit',
	part_time: 'Teilzeit',
	mini_job: 'Minijob'
};
export const germanLevelLabel = {
	none: 'Keine Deutschkenntnisse nötig',
	A1: 'A1 – erste Wörter',
	A2: 'A2 – einfache Gespräche',
	B1: 'B1 – Alltag sicher',
	B2: 'B2 – gut',
	C1: 'C1 – sehr gut',
	C2: 'C2 – fast muttersprachlich'
};
export const salaryUnitLabel = { hour: 'pro Stunde', month: 'pro Monat', year: 'pro Jahr' };
export const eventTypeLabel = {
	company_visit: 'Betriebsbesichtigung',
	internship: 'Praktikum',
	job_fair: 'Jobmesse',
	workshop: 'Workshop',
	info: 'Infoveranstaltung',
	other: 'Sonstiges'
};
export const spaceTypeLabel = {
	shop: 'Ladenlokal / Schaufenster',
	office: 'Büro',
	room: 'Raum',
	workshop: 'Werkstatt',
	other: 'Sonstiges'
};

export const moderationText = {
	approve: 'Freigeben',
	return: 'Zurück zur Überarbeitung',
	reject: 'Ablehnen',
	commentRequired: 'Bitte schreiben Sie dem Betrieb kurz, was fehlt oder warum.',
	approved: 'Freigegeben: der Eintrag ist jetzt auf der Karte.',
	returned: 'Zurückgegeben: der Betrieb sieht Ihren Kommentar.',
	rejected: 'Abgelehnt: der Betrieb sieht Ihren Kommentar.',
	notPending: 'Dieser Eintrag wartet nicht (mehr) auf Prüfung.'
};
