import { z } from 'zod';
import type { PageServerLoad } from './$types';

const daysSchema = z.coerce
	.number()
	.int()
	.refine((d) => [7, 30, 90, 365].includes(d))
	.catch(30);

/** The anonymous usage figures of the last days, summed per metric and dimension (staff only). */
export const load: PageServerLoad = async ({ url, locals }) => {
	const days = daysSchema.parse(url.searchParams.get('tage') ?? 30);
	const rows = await locals.db.query<{ metric: string; dimension: string; n: number }>(
		`select metric, dimension, sum(n)::int as n from public.usage_daily
		  where day > current_date - $1::int
		  group by metric, dimension order by metric, n desc, dimension`,
		[days]
	);
	return { days, rows };
};
