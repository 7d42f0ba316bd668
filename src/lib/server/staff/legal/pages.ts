import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/i18n';
import type { Session } from '../../db';

/** The legal pages kept in the database (migration 20261201200300_legal_pages.sql). */
export const LEGAL_SLUGS = [
	'impressum',
	'datenschutz',
	'barrierefreiheit',
	'leichte-sprache'
] as const;
export type LegalSlug = (typeof LEGAL_SLUGS)[number];
export const LEGAL_LANGS = ['de', 'en', 'tr', 'ar', 'ru', 'uk'] as const;

export interface LegalPage {
	slug: LegalSlug;
	lang: string;
	title: string;
	body: string;
	video_url: string | null;
	updated_at: string;
}

/**
 * A page in the reader's language, else the German one (`fallback: true`, the page says so).
 * Leichte Sprache is German by nature: always the German text. `german` asks for the German
 * version (the legally binding one) whatever the reader's language (`?fassung=de`).
 */
export async function legalPage(db: Session, slug: LegalSlug, locale: string, german = false) {
	const lang = slug === 'leichte-sprache' || german ? 'de' : locale;
	const rows = await db.query<LegalPage>(
		`select slug, lang, title, body, video_url, updated_at::text from public.legal_pages
		  where slug = $1 and lang in ($2, 'de') order by (lang = $2) desc limit 1`,
		[slug, lang]
	);
	if (!rows[0]) error(404, 'Seite nicht gefunden');
	return { page: rows[0], fallback: rows[0].lang !== lang, germanAsked: german && locale !== 'de' };
}

export async function legalPages(db: Session) {
	return db.query<LegalPage>(
		`select slug, lang, title, body, video_url, updated_at::text from public.legal_pages order by slug, lang`
	);
}

export const legalPageSchema = z.object({
	title: z
		.string()
		.trim()
		.min(2, { error: () => m.staff_legal_invalid_title() })
		.max(200, { error: () => m.staff_legal_invalid_title() }),
	body: z
		.string()
		.transform((v) => v.replace(/\r\n?/g, '\n').trim())
		.pipe(
			z
				.string()
				.min(1, { error: () => m.staff_legal_invalid_body() })
				.max(60_000, { error: () => m.staff_legal_invalid_body() })
		),
	video_url: z
		.string()
		.trim()
		.max(500)
		.refine((v) => v === '' || /^(https:\/\/|\/)[^\s<>"]+$/.test(v), {
			error: () => m.staff_legal_invalid_video()
		})
		.default('')
});

/** Saves one page in one language (staff, under their claims; RLS decides). */
export async function saveLegalPage(
	db: Session,
	slug: LegalSlug,
	lang: string,
	data: z.infer<typeof legalPageSchema>
) {
	await db.query(
		`insert into public.legal_pages (slug, lang, title, body, video_url, updated_by)
		 values ($1, $2, $3, $4, nullif($5, ''), auth.uid())
		 on conflict (slug, lang) do update
		   set title = excluded.title, body = excluded.body, video_url = excluded.video_url,
		       updated_by = auth.uid()`,
		[slug, lang, data.title, data.body, data.video_url]
	);
}

export const feedbackSchema = z.object({
	page: z
		.string()
		.trim()
		.max(300)
		.transform((v) => (/^\/[^\s]*$/.test(v) ? v : '/'))
		.default('/'),
	message: z
		.string()
		.trim()
		.min(5, { error: () => m.feedback_message_short() })
		.max(4000, { error: () => m.feedback_message_long() }),
	contact: z
		.string()
		.trim()
		.max(254, { error: () => m.feedback_contact_invalid() })
		.default(''),
	fax: z.string().max(200).default('')
});

/**
 * Stores a barrier report. `system` is a service_role session: reporters need no account and anon
 * holds no write privilege, so the server writes the checked report itself.
 */
export async function submitFeedback(
	system: Session,
	data: z.infer<typeof feedbackSchema>,
	lang: string
) {
	await system.query(
		`insert into public.accessibility_feedback (page, message, contact, lang) values ($1, $2, nullif($3, ''), $4)`,
		[
			data.page,
			data.message,
			data.contact,
			(LEGAL_LANGS as readonly string[]).includes(lang) ? lang : 'de'
		]
	);
}

export async function feedbackList(db: Session, limit = 50) {
	return db.query<{
		id: string;
		created_at: string;
		page: string;
		message: string;
		contact: string | null;
		lang: string;
	}>(
		`select id, created_at::text, page, message, contact, lang from public.accessibility_feedback
		  order by created_at desc limit $1`,
		[limit]
	);
}
