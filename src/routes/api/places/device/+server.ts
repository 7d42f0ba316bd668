import { json } from '@sveltejs/kit';
import { PublicCache } from '$lib/server/cache/public-cache';
import { deviceSnapshot } from '$lib/server/places/device-snapshot';
import type { DeviceSnapshot } from '$lib/places/device/snapshot';
import type { RequestHandler } from './$types';

/**
 * The same for every anonymous visitor until the next public write (public-cache.ts); its opening
 * hours start from "now", so it is remade after an hour at most.
 */
const cache = new PublicCache<DeviceSnapshot>({ maxBytes: 8 * 1024 * 1024, ttlMs: 60 * 60 * 1000 });

/**
 * GET /api/places/device — the places the public sees, with what the map page's filters and search
 * read ($lib/places/device/snapshot.ts): the service worker keeps the last one, so the phone filters
 * and searches offline with the server's rules (src/lib/places/device). Published places only (a
 * signed-in caller's drafts stay on the server).
 */
export const GET: RequestHandler = async ({ locals }) => {
	const load = () => deviceSnapshot(locals.db);
	const body =
		locals.claims.role === 'anon' ? (await cache.get('device', load)).body : await load();
	return json(body, { headers: { 'cache-control': 'no-cache' } });
};
