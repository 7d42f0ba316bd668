import { quartersGeoJson } from '$lib/server/places';
import {
	dashboardFigures,
	EXPIRING_DAYS,
	USAGE_DAYS,
	vacancyPoints
} from '$lib/server/staff/dashboard';
import { licenceLine } from '$lib/server/staff/export/licence';
import type { PageServerLoad } from './$types';

/**
 * The staff dashboard (issue 15, item 6); the /team guard admits staff only. The accessibility
 * picture gets the quarters and the vacancies; the browser computes it.
 */
export const load: PageServerLoad = async ({ locals }) => {
	const figures = await dashboardFigures(locals.db);
	return {
		figures,
		expiringDays: EXPIRING_DAYS,
		usageDays: USAGE_DAYS,
		quarters: await quartersGeoJson(locals.db),
		vacancies: await vacancyPoints(locals.db),
		licence: licenceLine(figures.demoRows)
	};
};
