import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import {
	LEGAL_LANGS,
	LEGAL_SLUGS,
	legalPageSchema,
	legalPages,
	saveLegalPage,
	type LegalSlug
} from '$lib/server/staff/legal/pages';
import type { Actions, PageServerLoad } from './$types';

function check(params: { slug: string; lang: string }) {
	if (!(LEGAL_SLUGS as readonly string[]).includes(params.slug)) error(404, 'Seite nicht gefunden');
	if (!(LEGAL_LANGS as readonly string[]).includes(params.lang))
		error(404, 'Sprache nicht gefunden');
	if (params.slug === 'leichte-sprache' && params.lang !== 'de')
		error(404, 'Leichte Sprache ist Deutsch');
	return { slug: params.slug as LegalSlug, lang: params.lang };
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const { slug, lang } = check(params);
	const pages = await legalPages(locals.db);
	const own = pages.find((p) => p.slug === slug && p.lang === lang);
	// A new translation starts from the German text.
	const german = pages.find((p) => p.slug === slug && p.lang === 'de');
	return {
		slug,
		lang,
		exists: !!own,
		values: {
			title: own?.title ?? german?.title ?? '',
			body: own?.body ?? german?.body ?? '',
			video_url: own?.video_url ?? german?.video_url ?? ''
		}
	};
};

export const actions: Actions = {
	default: async ({ params, request, locals }) => {
		const { slug, lang } = check(params);
		const values = Object.fromEntries(await request.formData());
		const typed = {
			title: String(values.title ?? ''),
			body: String(values.body ?? ''),
			video_url: String(values.video_url ?? '')
		};
		const parsed = legalPageSchema.safeParse(typed);
		if (!parsed.success) return fail(400, { values: typed, error: parsed.error.issues[0].message });
		await saveLegalPage(locals.db, slug, lang, parsed.data);
		return { values: parsed.data, ok: m.staff_legal_saved() };
	}
};
