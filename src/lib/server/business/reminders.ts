import { env } from '$env/dynamic/private';
import { getAuth } from '../auth';
import type { AuthProvider } from '../auth/provider';
import type { Database } from '../db';
import { getDatabase } from '../db-instance';
import { publicOrigin } from '../http/origin';
import type { Locale } from '$lib/i18n';
import { mailText } from '../auth/mails';

/** Days before valid_through on which the business is reminded that its entry expires. */
export const REMIND_DAYS_BEFORE = 7;
/** An entry counts as confirmed for this many months (private.freshness_interval() in SQL). */
export const FRESHNESS_MONTHS = 6;

/** What the jobs need from the auth provider (injected in tests). */
export type Mailer = Pick<AuthProvider, 'recipientsOf' | 'sendMail'>;

interface Due {
	id: string;
	title: string;
	/** The reminder's key besides the place: the validity end, or the date the confirmation fell due. */
	key: string;
	member_ids: string[];
}

/**
 * One kind of reminder: which entries are due (each with its key), where sent reminders are
 * recorded, and the mail. Mails stay German for now: reminders go out from a timer, with no reader
 * language known.
 */
interface ReminderKind {
	table: 'expiry_reminders' | 'freshness_reminders';
	keyColumn: 'valid_through' | 'due_on';
	mailKind: string;
	/** Rows (id, title, key, member_ids) of published entries that are due and not yet reminded. */
	dueSql: string;
	mail(locale: Locale, title: string, key: string, link: string): { subject: string; body: string };
}

const expiry: ReminderKind = {
	table: 'expiry_reminders',
	keyColumn: 'valid_through',
	mailKind: 'expiry_reminder',
	dueSql: `select p.id, p.title, p.valid_through::text as key, array_agg(m.user_id::text) as member_ids
	           from public.places p
	           join public.organisation_members m on m.organisation_id = p.organisation_id
	          where p.status = 'published'
	            and p.valid_through between current_date and current_date + ${REMIND_DAYS_BEFORE}
	            and not exists (select 1 from public.expiry_reminders r
	                             where r.place_id = p.id and r.valid_through = p.valid_through)
	          group by p.id`,
	mail: (locale, title, until, link) => mailText.expiry(locale, title, until, link)
};

const freshness: ReminderKind = {
	table: 'freshness_reminders',
	keyColumn: 'due_on',
	mailKind: 'freshness_reminder',
	// Due once its last confirmation is older than the interval; the key is the day it fell due,
	// so a later confirmation (a new due day) is reminded again.
	dueSql: `select p.id, p.title, (p.confirmed_at + private.freshness_interval())::date::text as key,
	                array_agg(m.user_id::text) as member_ids
	           from public.places p
	           join public.organisation_members m on m.organisation_id = p.organisation_id
	          where p.status = 'published'
	            and (p.valid_through is null or p.valid_through >= current_date)
	            and p.confirmed_at + private.freshness_interval() <= now()
	            and not exists (select 1 from public.freshness_reminders r
	                             where r.place_id = p.id
	                               and r.due_on = (p.confirmed_at + private.freshness_interval())::date)
	          group by p.id`,
	mail: (locale, title, _due, link) => mailText.freshness(locale, title, FRESHNESS_MONTHS, link)
};

/**
 * Sends one reminder per entry and key to the members of its organisation, once, and records it.
 * Runs as service_role: a system job, on behalf of no user.
 *
 * Several instances run these jobs: each entry's row is claimed (inserted, on conflict nothing)
 * BEFORE its mail goes out, so exactly one instance sends it (issue 9, item 10). A run that fails
 * to send gives its claim back, so the next run tries again.
 */
async function sendReminders(
	kind: ReminderKind,
	db: Database,
	origin: string,
	mailer?: Mailer
): Promise<number> {
	const system = db.as({ role: 'service_role' });
	const due = await system.query<Due>(kind.dueSql);
	if (due.length === 0) return 0;
	const auth = mailer ?? (await getAuth());
	const recipients = await auth.recipientsOf([...new Set(due.flatMap((d) => d.member_ids))]);
	const { table, keyColumn } = kind;
	let sent = 0;
	for (const entry of due) {
		const claimed = await system.query(
			`insert into public.${table} (place_id, ${keyColumn}, recipients) values ($1, $2, 0)
			 on conflict do nothing returning place_id`,
			[entry.id, entry.key]
		);
		if (claimed.length === 0) continue; // another instance has it
		const link = new URL(`/betrieb/eintrag/${entry.id}`, origin).toString();
		const to = entry.member_ids.map((id) => recipients.get(id)).filter((r) => r !== undefined);
		try {
			for (const recipient of to) {
				const text = kind.mail(recipient.locale, entry.title, entry.key, link);
				await auth.sendMail({ to: recipient.email, ...text, link, kind: kind.mailKind });
			}
		} catch (e) {
			await system.query(`delete from public.${table} where place_id = $1 and ${keyColumn} = $2`, [
				entry.id,
				entry.key
			]);
			throw e;
		}
		await system.query(
			`update public.${table} set recipients = $3 where place_id = $1 and ${keyColumn} = $2`,
			[entry.id, entry.key, to.length]
		);
		sent++;
	}
	return sent;
}

/** Reminds businesses REMIND_DAYS_BEFORE days before an entry's validity ends. */
export const sendExpiryReminders = (db: Database, origin: string, mailer?: Mailer) =>
	sendReminders(expiry, db, origin, mailer);

/** Asks businesses to confirm entries not confirmed for FRESHNESS_MONTHS months. */
export const sendFreshnessReminders = (db: Database, origin: string, mailer?: Mailer) =>
	sendReminders(freshness, db, origin, mailer);

/**
 * Runs both reminder jobs shortly after start and then hourly; returns a stop function. Expired
 * entries need no job: the public policies hide them after valid_through, and the rows stay.
 */
export function startReminderJobs(): () => void {
	if (env.QK_EXPIRY_JOB === 'off') return () => {};
	const origin = publicOrigin(undefined, env);
	const run = async () => {
		for (const [name, send] of [
			['expiry', sendExpiryReminders],
			['freshness', sendFreshnessReminders]
		] as const) {
			try {
				const n = await send(await getDatabase(), origin);
				if (n) console.log(`[${name}] reminded ${n} entr${n === 1 ? 'y' : 'ies'}`);
			} catch (e) {
				console.error(`[${name}] reminder run failed`, e);
			}
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
