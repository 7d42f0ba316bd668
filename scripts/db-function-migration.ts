/**
 * npx tsx scripts/db-function-migration.ts <version>_<name> <schema.function> [...]
 * Writes supabase/migrations/<version>_<name>.sql: the current definitions of the named functions,
 * copied from supabase/schemas/functions/<schema.function>.sql (the one place a function is
 * edited; see supabase/schemas/README.md). Grants and comments survive `create or replace`; add
 * what else the change needs (new grants, a dropped overload) to the file it writes. It refuses to
 * overwrite a migration: applied migrations never change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const [migration, ...names] = process.argv.slice(2);
if (!migration || !/^\d{14}_[a-z0-9_]+$/.test(migration) || !names.length) {
	console.error(
		'usage: npx tsx scripts/db-function-migration.ts <yyyymmddhhmmss>_<name> <schema.function> [...]'
	);
	process.exit(2);
}
const out = `supabase/migrations/${migration}.sql`;
if (existsSync(out)) {
	console.error(`${out} exists: applied migrations never change; choose a new version`);
	process.exit(1);
}
const bodies = names.map((name) => {
	const file = `supabase/schemas/functions/${name}.sql`;
	if (!existsSync(file)) {
		console.error(`${file} not found (a new function: write its file first)`);
		process.exit(1);
	}
	return `-- from ${file}\n${readFileSync(file, 'utf8').trimEnd()}\n`;
});
writeFileSync(
	out,
	`-- ${migration.replace(/^\d+_/, '').replaceAll('_', ' ')}: TODO say what changes and why.\n\nset search_path = public, extensions;\n\n${bodies.join('\n')}`
);
console.error(`wrote ${out} (${names.length} function${names.length > 1 ? 's' : ''})`);
