import { m } from '$lib/i18n';

export function legalName(slug: string): string {
	const names: Record<string, () => string> = {
		impressum: m.legal_imprint,
		datenschutz: m.legal_privacy,
		barrierefreiheit: m.footer_accessibility,
		'leichte-sprache': m.legal_easy_language
	};
	return names[slug]?.() ?? slug;
}
