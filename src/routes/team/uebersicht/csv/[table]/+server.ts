import { error } from '@sveltejs/kit';
import { licenceHeaders } from '$lib/server/staff/export/licence';
import {
	DASHBOARD_TABLES,
	dashboardCsv,
	dashboardFigures,
	type DashboardTable
} from '$lib/server/staff/dashboard';
import type { RequestHandler } from './$types';

/** One table of the dashboard as CSV (staff only: the /team guard). */
export const GET: RequestHandler = async ({ params, locals }) => {
	if (!Object.hasOwn(DASHBOARD_TABLES, params.table)) error(404, 'unknown table');
	const table = params.table as DashboardTable;
	const csv = dashboardCsv(await dashboardFigures(locals.db), table);
	const day = new Date().toISOString().slice(0, 10);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="quartierkarte-uebersicht-${table}-${day}.csv"`,
			'cache-control': 'no-store',
			...licenceHeaders()
		}
	});
};
