/**
 * The SQL functions the migrations define, read as text (no database): each migration split into
 * statements (quotes, dollar quotes and comments respected), `create [or replace] function` and
 * `drop function` followed in file order, so what is left is each function's current definition:
 * the statement of the latest migration that created it. supabase/schemas/functions.test.ts holds
 * those against supabase/schemas/functions/<schema>.<name>.sql.
 */

/** The statements of a SQL script, each without its trailing `;` and surrounding blank space. */
export function splitStatements(sql: string): string[] {
	const out: string[] = [];
	let start = 0;
	let i = 0;
	while (i < sql.length) {
		const c = sql[i];
		if (c === '-' && sql[i + 1] === '-') {
			const end = sql.indexOf('\n', i);
			i = end < 0 ? sql.length : end + 1;
		} else if (c === '/' && sql[i + 1] === '*') {
			const end = sql.indexOf('*/', i + 2);
			i = end < 0 ? sql.length : end + 2;
		} else if (c === "'" || c === '"') {
			// a doubled quote inside is the quote itself: the scan simply re-enters the literal
			const end = sql.indexOf(c, i + 1);
			i = end < 0 ? sql.length : end + 1;
		} else if (c === '$') {
			const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))?.[0];
			if (tag) {
				const end = sql.indexOf(tag, i + tag.length);
				i = end < 0 ? sql.length : end + tag.length;
			} else i++;
		} else if (c === ';') {
			out.push(sql.slice(start, i));
			start = ++i;
		} else i++;
	}
	out.push(sql.slice(start));
	return out.map(withoutLeadingComments).filter((s) => s !== '');
}

/** A statement without the comments and blank space before its first word, nor blank space after. */
function withoutLeadingComments(statement: string): string {
	return statement.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/, '').trimEnd();
}

export interface FunctionDefinition {
	/** schema.name, lower case */
	name: string;
	/** The argument list as written, blank space folded (`(target uuid, days int default 60)`). */
	args: string;
	/** The whole `create … function` statement, ending in `;`. */
	statement: string;
	/** The migration file it stands in. */
	file: string;
}

const CREATE = /^create\s+(?:or\s+replace\s+)?function\s+([a-z_][\w]*\.[a-z_][\w]*)\s*\(/i;
const DROP = /^drop\s+function\s+(?:if\s+exists\s+)?([\w.,\s()[\]]+?)\s*(?:cascade|restrict)?$/i;

/** The argument list from the `(` at `open` to its matching `)`, blank space folded. */
function argsAt(statement: string, open: number): string {
	let depth = 0;
	for (let i = open; i < statement.length; i++) {
		if (statement[i] === '(') depth++;
		else if (statement[i] === ')' && --depth === 0)
			return statement
				.slice(open, i + 1)
				.replace(/\s+/g, ' ')
				.replace(/\( /g, '(')
				.replace(/ \)/g, ')');
	}
	throw new Error(`unbalanced argument list: ${statement.slice(0, 80)}`);
}

/** The names a `drop function a.b(…), c.d(…)` statement drops. */
function droppedNames(statement: string): string[] {
	const m = DROP.exec(statement);
	if (!m) return [];
	return [...m[1].matchAll(/([a-z_]\w*\.[a-z_]\w*)\s*(?:\([^)]*\))?/gi)].map((x) =>
		x[1].toLowerCase()
	);
}

/**
 * Each function's current definition after the migrations, in order. Throws where a reading by
 * name would be wrong: a second overload of a name (a function created again with other
 * arguments, the first not dropped), or a `drop function` of a name no migration created.
 */
export function currentFunctions(
	migrations: { file: string; sql: string }[]
): Map<string, FunctionDefinition> {
	const alive = new Map<string, FunctionDefinition>();
	for (const { file, sql } of migrations) {
		for (const statement of splitStatements(sql)) {
			const created = CREATE.exec(statement);
			if (created) {
				const name = created[1].toLowerCase();
				const args = argsAt(statement, created[0].length - 1);
				const before = alive.get(name);
				if (before && before.args.toLowerCase() !== args.toLowerCase())
					throw new Error(
						`${file}: ${name}${args} is a second overload of ${name}${before.args} (${before.file}); drop the old one first`
					);
				alive.set(name, { name, args, statement: `${statement};`, file });
				continue;
			}
			for (const name of droppedNames(statement)) {
				if (!alive.delete(name))
					throw new Error(`${file}: drops ${name}, which no migration created`);
			}
		}
	}
	return alive;
}
