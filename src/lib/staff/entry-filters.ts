import { z } from 'zod';
import { PLACE_KINDS, QUARTER_IDS } from '$lib/places/kinds';
import { ENTRY_STATUSES } from '$lib/business/enums';

/**
 * The filters of staff's entry list (/team/eintraege) as they stand in the URL. A value the list
 * does not know falls back to "all" instead of failing: a shared link stays usable.
 */
export const ENTRY_PAGE_SIZE = 25;

const orAll = <T extends z.ZodType>(schema: T) => schema.or(z.literal('')).catch('');

export const entryFilterSchema = z.object({
	art: orAll(z.enum(PLACE_KINDS)),
	status: orAll(z.enum(ENTRY_STATUSES)),
	quartier: orAll(z.enum([...QUARTER_IDS, 'ohne'])),
	suche: z.string().trim().max(100).catch(''),
	seite: z.coerce.number().int().min(1).max(10_000).catch(1)
});

export type EntryFilters = z.infer<typeof entryFilterSchema>;

export function parseEntryFilters(params: URLSearchParams): EntryFilters {
	return entryFilterSchema.parse({
		art: params.get('art') ?? '',
		status: params.get('status') ?? '',
		quartier: params.get('quartier') ?? '',
		suche: params.get('suche') ?? '',
		seite: params.get('seite') ?? 1
	});
}

/** The list URL's query for these filters (empty ones left out), e.g. for the pages. */
export function entryFilterQuery(f: EntryFilters, page = f.seite): string {
	const q = new URLSearchParams();
	if (f.art) q.set('art', f.art);
	if (f.status) q.set('status', f.status);
	if (f.quartier) q.set('quartier', f.quartier);
	if (f.suche) q.set('suche', f.suche);
	if (page > 1) q.set('seite', String(page));
	return q.toString();
}
