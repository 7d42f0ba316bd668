import { getAuth } from '../auth';
import type { Session } from '../db';
import type { Decision } from './moderation';
import type { Mailer } from './reminders';

/**
 * Tells the business about a moderation decision (approve, send back, reject) by mail, through
 * the auth provider (the embedded provider writes it to its outbox). German like the other mails:
 * the recipient's language is not stored. Runs under the staff member's claims (staff read the
 * organisation's members); the provider looks up the addresses.
 */
const text: Record<
	Decision,
	(title: string, comment: string, link: string) => { subject: string; body: string }
> = {
	approved: (title, comment, link) => ({
		subject: `Quartierkarte: „${title}“ ist freigegeben`,
		body: `Guten Tag,\n\nIhr Eintrag „${title}“ ist geprüft und jetzt auf der Karte:\n${link}${comment ? `\n\nHinweis der Moderation: ${comment}` : ''}\n\nDanke!`
	}),
	returned: (title, comment, link) => ({
		subject: `Quartierkarte: Bitte „${title}“ überarbeiten`,
		body: `Guten Tag,\n\nIhr Eintrag „${title}“ braucht noch eine Änderung, bevor er auf die Karte kommt.\n\nHinweis der Moderation: ${comment}\n\nÄndern und wieder einreichen können Sie ihn hier:\n${link}`
	}),
	rejected: (title, comment, link) => ({
		subject: `Quartierkarte: „${title}“ wird nicht veröffentlicht`,
		body: `Guten Tag,\n\nIhr Eintrag „${title}“ kann nicht auf die Karte.\n\nBegründung der Moderation: ${comment}\n\nDer Eintrag bleibt in Ihrem Bereich gespeichert:\n${link}`
	})
};

export const DECISION_MAIL_KIND: Record<Decision, string> = {
	approved: 'entry_approved',
	returned: 'entry_returned',
	rejected: 'entry_rejected'
};

/** Sends the decision's mail to every member of the entry's organisation; returns how many. */
export async function mailDecision(
	db: Session,
	placeId: string,
	decision: Decision,
	comment: string,
	origin: string,
	mailer?: Mailer
): Promise<number> {
	const [place] = await db.query<{ title: string; member_ids: string[] | null }>(
		`select p.title, (select array_agg(m.user_id::text) from public.organisation_members m
		                   where m.organisation_id = p.organisation_id) as member_ids
		   from public.places p where p.id = $1`,
		[placeId]
	);
	const members = place?.member_ids ?? [];
	if (!place || members.length === 0) return 0;
	const auth = mailer ?? (await getAuth());
	const emails = await auth.emailsOf(members);
	const path = decision === 'approved' ? `/ort/${placeId}` : `/betrieb/eintrag/${placeId}`;
	const link = new URL(path, origin).toString();
	const mail = text[decision](place.title, comment, link);
	let sent = 0;
	for (const id of members) {
		const to = emails.get(id);
		if (!to) continue;
		await auth.sendMail({ to, ...mail, link, kind: DECISION_MAIL_KIND[decision] });
		sent++;
	}
	return sent;
}
