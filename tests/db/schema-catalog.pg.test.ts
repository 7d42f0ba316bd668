/**
 * supabase/schemas is the readable current state of the database: its feature files (tables,
 * columns, constraints, indexes, RLS, policies, grants, triggers, views) and functions/. This
 * builds one fresh database from the migrations and one from the schema files (on the PostgreSQL
 * of DATABASE_URL, beside its database) and compares their catalogs (scripts/db-catalog.ts): a
 * migration that changes something the schema files do not say, or a schema file that says what
 * no migration did, fails here with the difference. `npx tsx scripts/db-schema-diff.ts` prints the
 * same difference while writing the next migration. Runs in npm test's Vitest run (`npm test -- db`: alone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildBoth,
	diffSnapshots,
	formatDiff,
	snapshot,
	snapshotIn,
	type Builds,
	type Snapshot
} from '../../scripts/db-catalog';
import { splitStatements } from './sql-functions';

const url = process.env.DATABASE_URL;

describe.skipIf(!url)(
	'supabase/schemas against the migrations (needs DATABASE_URL: a PostgreSQL with PostGIS and pg_trgm whose role may create databases)',
	() => {
		let builds: Builds;
		let fromMigrations: Snapshot;
		let fromSchemas: Snapshot;

		beforeAll(async () => {
			builds = await buildBoth(url!, { tag: `t${process.pid}`, split: splitStatements });
			[fromMigrations, fromSchemas] = await Promise.all([
				snapshot(builds.migrations),
				snapshot(builds.schemas)
			]);
		});
		afterAll(async () => {
			await builds?.drop();
		});

		it('the schema files build the database the migrations build', () => {
			// Sanity: the snapshot sees the schema at all (tables, policies, grants, functions …).
			const kinds = new Set([...fromMigrations.keys()].map((k) => k.split(' ')[0]));
			for (const kind of ['table', 'column', 'constraint', 'index', 'policy', 'trigger', 'view'])
				expect(kinds, `no ${kind} in the catalog snapshot`).toContain(kind);
			expect(fromMigrations.size).toBeGreaterThan(500);
			const diff = formatDiff(diffSnapshots(fromMigrations, fromSchemas));
			expect(diff, diff).toBe('no difference between migrations and supabase/schemas');
		});

		/** The snapshot of one side after `change`, rolled back afterwards. */
		async function changed(side: 'migrations' | 'schemas', change: string) {
			let snap: Snapshot | undefined;
			await builds[side]
				.begin(async (tx) => {
					await tx.unsafe(change).simple();
					snap = await snapshotIn(tx);
					throw new Error('roll back');
				})
				.catch((e) => {
					if ((e as Error).message !== 'roll back') throw e;
				});
			return snap!;
		}

		it('fails with a readable difference when a migration does what the schema files do not say', async () => {
			const after = await changed(
				'migrations',
				`alter table public.places alter column title drop not null;
				 drop policy places_select_staff on public.places;
				 grant insert on public.quarters to anon;
				 create index places_title_idx on public.places (title);
				 drop trigger places_confirmed_at on public.places;
				 alter table public.places alter column description drop default;
				 alter table public.places drop constraint places_title_check;`
			);
			const text = formatDiff(diffSnapshots(after, fromSchemas));
			expect(text).toMatch(/^7 difference\(s\)/);
			expect(text).toContain(
				"changed: column public.places.description\n    - text not null\n    + text not null default ''::text"
			);
			expect(text).toContain(
				'only in supabase/schemas: constraint public.places places_title_check\n    + CHECK (((char_length(title) >= 3) AND (char_length(title) <= 160)))'
			);
			expect(text).toContain(
				'changed: column public.places.title\n    - text\n    + text not null'
			);
			expect(text).toContain('only in supabase/schemas: policy public.places places_select_staff');
			expect(text).toMatch(/changed: table public\.quarters\n {4}- .*anon: insert, select/);
			expect(text).toContain(
				'only in migrations: index public.places_title_idx\n    - CREATE INDEX places_title_idx ON public.places USING btree (title)'
			);
			expect(text).toContain('only in supabase/schemas: trigger public.places places_confirmed_at');
		});

		it('fails when the schema files say what no migration did (RLS, a policy’s USING, a view)', async () => {
			const after = await changed(
				'schemas',
				`alter table public.shortlists force row level security;
				 alter policy places_select_staff on public.places using (true);
				 alter view public.place_search_rows set (security_invoker = false);`
			);
			const text = formatDiff(diffSnapshots(fromMigrations, after));
			expect(text).toMatch(
				/changed: table public\.shortlists\n {4}- rls enabled; .*\n {4}\+ rls enabled, forced;/
			);
			expect(text).toMatch(
				/changed: policy public\.places places_select_staff\n.*\n {4}\+ permissive for select to authenticated using \(true\)/
			);
			expect(text).toMatch(
				/changed: view public\.place_search_rows\n.*security_invoker=true.*\n.*security_invoker=false/
			);
		});
	}
);
