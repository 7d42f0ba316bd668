/**
 * CSV as spreadsheet programs read it (RFC 4180 quoting; `;` and a UTF-8 BOM by default, so a
 * German Excel opens it with the right columns and umlauts). Cells that a spreadsheet would run
 * as a formula are defused (CSV injection, OWASP): a cell starting with = + - @ tab or carriage
 * return gets a leading apostrophe, which Excel and LibreOffice show as text and never evaluate.
 */
export interface CsvOptions {
	separator?: ';' | ',';
	/** Start with a UTF-8 byte order mark (Excel needs it to read UTF-8). Default true. */
	bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as text: formulas defused, quoted when it holds the separator, a quote or a newline. */
export function csvCell(value: unknown, separator: ';' | ',' = ';'): string {
	if (value === null || value === undefined) return '';
	let text: string;
	if (Array.isArray(value)) text = value.join(', ');
	else if (value instanceof Date) text = value.toISOString();
	else text = String(value);
	// Numbers are written by us (coordinates, counts) and may be negative: only text is defused.
	if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
	if (text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()) {
		return `"${text.replaceAll('"', '""')}"`;
	}
	return text;
}

/** A whole table: header line, then one line per row (CRLF, as RFC 4180 asks). */
export function toCsv(
	columns: readonly string[],
	rows: Iterable<Record<string, unknown>>,
	options: CsvOptions = {}
): string {
	const sep = options.separator ?? ';';
	const lines = [columns.map((c) => csvCell(c, sep)).join(sep)];
	for (const row of rows) lines.push(columns.map((c) => csvCell(row[c], sep)).join(sep));
	return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}
