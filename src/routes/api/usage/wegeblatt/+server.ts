import { countUsage } from '$lib/server/staff/usage/counter';
import type { RequestHandler } from './$types';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * GET /api/usage/wegeblatt — counts one printed route sheet (anonymous, per day). A route sheet
 * loads it only when it is printed, from its print style sheet:
 *   @media print { .route-sheet::after { content: url('/api/usage/wegeblatt'); } }
 * so nothing is sent on screen, no cookie is read and no script is needed.
 */
export const GET: RequestHandler = () => {
	countUsage('route_sheet');
	return new Response(PIXEL, {
		headers: { 'content-type': 'image/gif', 'cache-control': 'no-store' }
	});
};
