import { DATA_LICENCE, QUARTERS_ATTRIBUTION } from '$lib/server/staff/export/licence';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	licence: { ...DATA_LICENCE, quarters: QUARTERS_ATTRIBUTION }
});
