import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Session } from '../../src/lib/server/db';
import { placesInBbox, type BBox } from '../../src/lib/server/places';
import {
	answerFromSnapped,
	featureCollection,
	featureJson,
	snapBox
} from '../../src/lib/server/places/geojson';
import {
	enablePublicCaches,
	invalidatePublicCaches
} from '../../src/lib/server/cache/public-cache';
import type { PlaceFilters } from '../../src/lib/places/filters';
import { testDatabase } from './setup';

let db: Database;
let anon: Session;

beforeAll(async () => {
	db = await testDatabase();
	anon = db.as({ role: 'anon' });
	enablePublicCaches(true);
});
afterAll(async () => {
	enablePublicCaches(false);
	await db?.close();
});

/** What the database answers for exactly this box (the path signed-in callers take). */
async function exact(box: BBox, filters: PlaceFilters, limit: number) {
	const rows = await placesInBbox(anon, box, filters, limit + 1);
	const truncated = rows.length > limit;
	return featureCollection((truncated ? rows.slice(0, limit) : rows).map(featureJson), truncated);
}

// Deterministic pseudo-random boxes over the three quarters (a fixed seed: a failure repeats).
function boxes(count: number, seed = 7): BBox[] {
	let x = seed;
	const rnd = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	return Array.from({ length: count }, () => {
		const w = 8.5 + rnd() * 0.15;
		const s = 51.92 + rnd() * 0.15;
		return [w, s, w + 0.003 + rnd() * 0.08, s + 0.003 + rnd() * 0.08] as BBox;
	});
}

describe('answers cut out of a snapped box', () => {
	it('are the same text as the exact query, for random boxes, filters and limits', async () => {
		const filterSets: PlaceFilters[] = [
			{},
			{ kinds: ['vacancy', 'event'] },
			{ wheelchair: true, languages: ['tr', 'ar'] },
			{ kinds: ['vacancy'], working_time: ['part_time'] },
			{ q: 'Beratung' }
		];
		let compared = 0;
		let nonEmpty = 0;
		for (const [i, box] of boxes(40).entries()) {
			const filters = filterSets[i % filterSets.length];
			for (const limit of [1, 3, 500]) {
				const cut = await answerFromSnapped(anon, box, filters, limit);
				expect(cut, `box ${box.join(',')} was not snapped`).not.toBeNull();
				expect(cut!.toString()).toBe(await exact(box, filters, limit));
				compared++;
				if (cut!.includes('"Feature"')) nonEmpty++;
			}
		}
		expect(compared).toBe(120);
		// The comparison means something only if many answers hold places (and some are cut).
		expect(nonEmpty).toBeGreaterThan(40);
	});

	it('with a short kept prefix: exact when they answer, the exact query (null) when they cannot', async () => {
		let answered = 0;
		let declined = 0;
		for (const [i, box] of boxes(40, 3).entries()) {
			const filters: PlaceFilters = i % 2 ? { kinds: ['vacancy', 'employer'] } : {};
			for (const limit of [1, 2, 10]) {
				const cut = await answerFromSnapped(anon, box, filters, limit, 4);
				if (cut === null) {
					declined++;
					continue;
				}
				answered++;
				expect(cut.toString()).toBe(await exact(box, filters, limit));
			}
		}
		expect(answered).toBeGreaterThan(10);
		expect(declined).toBeGreaterThan(10);
	});

	it('follow a write once the caches are emptied (NOTIFY does that in the server)', async () => {
		const box: BBox = [8.5, 51.9, 8.7, 52.1];
		const before = (await answerFromSnapped(anon, box, {}, 5000))?.toString();
		const staff = db.as({
			role: 'authenticated',
			sub: '00000000-0000-4000-8000-00000000aaaa',
			app_metadata: { roles: ['staff'] }
		});
		const [row] = await staff.query<{ id: string }>(
			`update public.places set title = title || ' (neu)'
			  where id = (select id from public.places where status = 'published' and lon between 8.5 and 8.7
			               and lat between 51.9 and 52.1 order by id limit 1) returning id`
		);
		try {
			expect((await answerFromSnapped(anon, box, {}, 5000))?.toString()).toBe(before); // still cached
			invalidatePublicCaches();
			const after = (await answerFromSnapped(anon, box, {}, 5000))?.toString();
			expect(after).not.toBe(before);
			expect(after).toBe(await exact(box, {}, 5000));
		} finally {
			await staff.query(
				`update public.places set title = replace(title, ' (neu)', '') where id = $1`,
				[row.id]
			);
			invalidatePublicCaches();
		}
	});
});

describe('snapBox', () => {
	it('gives a grid-aligned box that contains the box, or null when it would be too large', () => {
		for (const box of boxes(200, 11)) {
			const s = snapBox(box)!;
			expect(s[0]).toBeLessThanOrEqual(box[0]);
			expect(s[1]).toBeLessThanOrEqual(box[1]);
			expect(s[2]).toBeGreaterThanOrEqual(box[2]);
			expect(s[3]).toBeGreaterThanOrEqual(box[3]);
			for (const v of s) expect(Math.abs(v * 100 - Math.round(v * 100))).toBeLessThan(1e-6);
		}
		// Two nearby boxes share one snapped box (one cache entry).
		expect(snapBox([8.581, 51.936, 8.599, 51.954])).toEqual(
			snapBox([8.5811, 51.9361, 8.5991, 51.9541])
		);
		expect(snapBox([8.58, 51.94, 8.6, 51.96])).toEqual([8.58, 51.94, 8.6, 51.96]);
		expect(snapBox([8.0, 51.5, 9.0, 52.5])).toBeNull();
	});
});
