/**
 * Each SQL function's current definition is kept once, in supabase/schemas/functions/<name>.sql,
 * and the migrations agree with it: the statement of the latest migration that creates the
 * function is that file, to the letter (see supabase/schemas/README.md). A change to a function
 * edits its file and goes into a new migration as a copy of it (scripts/db-function-migration.ts);
 * applied migrations never change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentFunctions, splitStatements } from './sql-functions';

const MIGRATIONS = 'supabase/migrations';
const SCHEMAS = 'supabase/schemas/functions';

const migrations = readdirSync(MIGRATIONS)
	.filter((f) => f.endsWith('.sql'))
	.sort()
	.map((file) => ({ file, sql: readFileSync(`${MIGRATIONS}/${file}`, 'utf8') }));
const current = currentFunctions(migrations);
const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.sql'));

describe('supabase/schemas/functions', () => {
	it('has one file for each function the migrations leave, and none for another', () => {
		expect(current.size).toBeGreaterThan(50);
		expect(files.map((f) => f.replace(/\.sql$/, '')).sort()).toEqual([...current.keys()].sort());
	});

	it.each([...current.values()].map((f) => [f.name, f]))(
		'%s: its file is the statement of its latest migration',
		(name, f) => {
			const file = readFileSync(`${SCHEMAS}/${name}.sql`, 'utf8');
			expect(
				file,
				`${SCHEMAS}/${name}.sql differs from the definition in ${f.file}: the file is the current definition, so copy it into a new migration (npx tsx scripts/db-function-migration.ts …)`
			).toBe(`${f.statement}\n`);
		}
	);
});

describe('reading the migrations', () => {
	it('splits statements at semicolons outside quotes, dollar quotes and comments', () => {
		const sql = `-- a; comment
create function a.b() returns text language sql as $$ select 'x;y' $$;
/* c; */ select $t$ ; $t$, "q;" ;
drop function a.b();`;
		expect(splitStatements(sql)).toEqual([
			"create function a.b() returns text language sql as $$ select 'x;y' $$",
			'select $t$ ; $t$, "q;"',
			'drop function a.b()'
		]);
	});

	it('keeps the latest definition, forgets a dropped one, and refuses a second overload', () => {
		const one = 'create or replace function p.f(a int) returns int language sql as $$ select 1 $$;';
		const two = 'create or replace function p.f(a int) returns int language sql as $$ select 2 $$;';
		const got = currentFunctions([
			{ file: '1.sql', sql: `${one}\ncreate function p.g() returns int as $$ select 1 $$;` },
			{ file: '2.sql', sql: `${two}\ndrop function p.g();` }
		]);
		expect([...got.keys()]).toEqual(['p.f']);
		expect(got.get('p.f')).toMatchObject({ file: '2.sql', statement: two, args: '(a int)' });
		expect(() =>
			currentFunctions([
				{ file: '1.sql', sql: one },
				{ file: '2.sql', sql: one.replace('(a int)', '(a text)') }
			])
		).toThrow(/second overload/);
	});
});
