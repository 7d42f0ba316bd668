import { getAuth } from '../auth';
import type { Session } from '../db';
import type { Decision } from './moderation';
import type { Mailer } from './reminders';
import { mailText } from '../auth/mails';

/**
 * Tells the business about a moderation decision (approve, send back, reject) by mail, through
 * the auth provider (the embedded provider writes it to its outbox), each member in the language
 * stored on their account (mails.ts). Runs under the staff member's claims (staff read the
 * organisation's members); the provider looks up the addresses.
 */
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
	const recipients = await auth.recipientsOf(members);
	const path = decision === 'approved' ? `/ort/${placeId}` : `/betrieb/eintrag/${placeId}`;
	const link = new URL(path, origin).toString();
	let sent = 0;
	for (const id of members) {
		const to = recipients.get(id);
		if (!to) continue;
		const mail = mailText[decision](to.locale, place.title, comment, link);
		await auth.sendMail({ to: to.email, ...mail, link, kind: DECISION_MAIL_KIND[decision] });
		sent++;
	}
	return sent;
}
