import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import {
	DRAFT_MAX_BYTES,
	draftJson,
	loadDraft,
	saveDraft
} from '../../src/lib/server/business/drafts';
import { testDatabase } from './setup';

/**
 * Issue 9, item 8: a draft was measured in UTF-16 characters by the app and in bytes by the
 * database, so a long text with € or emoji was not saved at all. Now it is measured in bytes and
 * the longest text is shortened to fit, so the draft is saved.
 */
let db: Database;
beforeAll(async () => {
	db = await testDatabase();
});
afterAll(async () => {
	await db?.close();
});

describe('drafts measured in bytes', () => {
	it('saves a draft of long texts with € and emoji, cut to what the database takes', async () => {
		const sub = randomUUID();
		const session = db.as({ role: 'authenticated', sub, app_metadata: { roles: ['business'] } });
		const data = {
			title: 'Kasse 💶 '.repeat(40),
			description: '€'.repeat(6000),
			requirements: '👩‍🍳'.repeat(2000),
			how_to_apply: 'ä'.repeat(6000)
		};
		expect(Buffer.byteLength(JSON.stringify(data))).toBeGreaterThan(32_000);
		await saveDraft(session, 'entry:new', data);
		const row = await loadDraft(session, 'entry:new');
		expect(row).not.toBeNull();
		const saved = row!.data as Record<string, string>;
		expect(saved.title).toBe(data.title);
		expect(saved.description.length).toBeGreaterThan(1000);
		// Never half an emoji.
		expect(saved.requirements).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
		const [{ n }] = await session.query<{ n: number }>(
			`select octet_length(data::text) as n from public.form_drafts where user_id = $1`,
			[sub]
		);
		expect(n).toBeLessThanOrEqual(32_000);
	});

	it('draftJson stays within the byte limit for any mix of characters', () => {
		for (const ch of ['a', 'ß', '€', '😀', '👩‍👩‍👧‍👦', '\u0301']) {
			const json = draftJson({ a: ch.repeat(6000), b: ch.repeat(6000), c: ch.repeat(6000) });
			expect(Buffer.byteLength(json)).toBeLessThanOrEqual(DRAFT_MAX_BYTES);
		}
	});
});
