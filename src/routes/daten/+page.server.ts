import { DATA_LICENCE } from '$lib/server/staff/export/licence';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ licence: { ...DATA_LICENCE } });
