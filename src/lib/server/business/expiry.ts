import { env } from '$env/dynamic/private';
import { getAuth } from '../auth';
import type { AuthProvider } from '../auth/provider';
import type { Database } from '../db';
import { getDatabase } from '../db-instance';
import { publicOrigin } from '../http/origin';

/** Mails stay German for now: reminders go out from a timer, with no reader language known. */
function reminderMail(title: string, until: string, link: string) {
	return {
		subject: `Quartierkarte: „${title}“ läuft bald ab`,
		body: `Guten Tag,\n\nIhr Eintrag „${title}“ ist noch bis ${until} auf der Karte. Danach verschwindet er von der Karte (er bleibt in Ihrem Bereich gespeichert). Verlängern können Sie ihn hier:\n${link}`
	};
}

/** Days before valid_through on which the business is reminded. */
export const REMIND_DAYS_BEFORE = 7;

interface Due {
	id: string;
	title: string;
	valid_through: string;
	member_ids: string[];
}

/** What the job needs from the auth provider (injected in tests). */
export type Mailer = Pick<AuthProvider, 'emailsOf' | 'sendMail'>;

/**
 * Sends one reminder per entry and validity end to the members of its organisation, once, and
 * records it in expiry_reminders. Runs as service_role: a system job, on behalf of no user.
 * Expired entries need no job: the public policies hide them after valid_through, and the rows stay.
 *
 * Several instances run this job: each entry's row is claimed (inserted, on conflict nothing)
 * BEFORE its mail goes out, so exactly one instance sends it (issue 9, item 10). A run that fails
 * to send gives its claim back, so the next run tries again.
 */
export async function sendExpiryReminders(
	db: Database,
	origin: string,
	mailer?: Mailer
): Promise<number> {
	const system = db.as({ role: 'service_role' });
	const due = await system.query<Due>(
		`select p.id, p.title, p.valid_through::text as valid_through,
		        array_agg(m.user_id::text) as member_ids
		   from public.places p
		   join public.organisation_members m on m.organisation_id = p.organisation_id
		  where p.status = 'published'
		    and p.valid_through between current_date and current_date + $1::int
		    and not exists (select 1 from public.expiry_reminders r
		                     where r.place_id = p.id and r.valid_through = p.valid_through)
		  group by p.id`,
		[REMIND_DAYS_BEFORE]
	);
	if (due.length === 0) return 0;
	const auth = mailer ?? (await getAuth());
	const emails = await auth.emailsOf([...new Set(due.flatMap((d) => d.member_ids))]);
	let sent = 0;
	for (const entry of due) {
		const claimed = await system.query(
			`insert into public.expiry_reminders (place_id, valid_through, recipients) values ($1, $2, 0)
			 on conflict do nothing returning place_id`,
			[entry.id, entry.valid_through]
		);
		if (claimed.length === 0) continue; // another instance has it
		const link = new URL(`/betrieb/eintrag/${entry.id}`, origin).toString();
		const to = entry.member_ids.map((id) => emails.get(id)).filter((e): e is string => !!e);
		try {
			for (const address of to) {
				const text = reminderMail(entry.title, entry.valid_through, link);
				await auth.sendMail({ to: address, ...text, link, kind: 'expiry_reminder' });
			}
		} catch (e) {
			await system.query(
				`delete from public.expiry_reminders where place_id = $1 and valid_through = $2`,
				[entry.id, entry.valid_through]
			);
			throw e;
		}
		await system.query(
			`update public.expiry_reminders set recipients = $3 where place_id = $1 and valid_through = $2`,
			[entry.id, entry.valid_through, to.length]
		);
		sent++;
	}
	return sent;
}

/** Runs the reminders shortly after start and then hourly; returns a stop function. */
export function startExpiryJob(): () => void {
	if (env.QK_EXPIRY_JOB === 'off') return () => {};
	const origin = publicOrigin(undefined, env);
	const run = async () => {
		try {
			const n = await sendExpiryReminders(await getDatabase(), origin);
			if (n) console.log(`[expiry] reminded ${n} entr${n === 1 ? 'y' : 'ies'}`);
		} catch (e) {
			console.error('[expiry] reminder run failed', e);
		}
	};
	const first = setTimeout(run, 30_000);
	const every = setInterval(run, 60 * 60_000);
	first.unref();
	every.unref();
	return () => {
		clearTimeout(first);
		clearInterval(every);
	};
}
