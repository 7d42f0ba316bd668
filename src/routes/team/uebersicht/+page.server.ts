import { dashboardFigures, EXPIRING_DAYS, USAGE_DAYS } from '$lib/server/staff/dashboard';
import type { PageServerLoad } from './$types';

/** The staff dashboard's figures (issue 15, item 6); the /team guard admits staff only. */
export const load: PageServerLoad = async ({ locals }) => ({
	figures: await dashboardFigures(locals.db),
	expiringDays: EXPIRING_DAYS,
	usageDays: USAGE_DAYS
});
