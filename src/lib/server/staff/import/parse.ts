import { parse as parseCsv } from 'csv-parse/sync';
import { decodeText, type Encoding } from './decode';
import { mapColumns, type RowError } from './rows';
import { hsdsToRows } from './hsds';

/**
 * An uploaded file → rows of cells by canonical field. CSV (any of `;` `,` tab, quoted fields with
 * line breaks, BOM or Windows-1252), GeoJSON (Point features; properties are the columns) or Open
 * Referral HSDS 3 JSON (services). Problems of the whole file are reported as row 0.
 */
export type ImportFormat = 'csv' | 'geojson' | 'hsds';

export interface RawRow {
	row: number;
	values: Record<string, string>;
}

export interface ParsedFile {
	format: ImportFormat;
	encoding: Encoding;
	/** Original header of each canonical field, for the report. */
	headers: Record<string, string>;
	/** Columns of the file we do not read (shown in the preview, so nothing is lost unnoticed). */
	ignored: string[];
	rows: RawRow[];
	errors: RowError[];
}

export const MAX_ROWS = 20_000;

export function fileError(problem: string, params?: Record<string, string | number>): RowError {
	return { row: 0, code: 'file', params: { problem, ...params } };
}

export function detectFormat(name: string, text: string): ImportFormat {
	const head = text.trimStart();
	if (/\.(geo)?json$/i.test(name) || head.startsWith('{') || head.startsWith('[')) {
		try {
			const json = JSON.parse(text);
			if (json?.type === 'FeatureCollection' || json?.type === 'Feature') return 'geojson';
		} catch {
			/* reported by the JSON parsers */
		}
		return /geojson$/i.test(name) ? 'geojson' : 'hsds';
	}
	return 'csv';
}

export function parseImportFile(name: string, bytes: Uint8Array): ParsedFile {
	const { text, encoding } = decodeText(bytes);
	const format = detectFormat(name, text);
	const base = { format, encoding, headers: {}, ignored: [], rows: [], errors: [] } as ParsedFile;
	if (text.trim() === '') return { ...base, errors: [fileError('empty')] };
	if (format === 'csv') return { ...base, ...csvRows(text) };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return {
			...base,
			errors: [fileError('json', { message: (e as Error).message.slice(0, 200) })]
		};
	}
	return { ...base, ...(format === 'geojson' ? geojsonRows(json) : hsdsToRows(json)) };
}

/** The separator a header line uses most (outside quotes). */
export function detectSeparator(text: string): string {
	const firstLine = text.slice(0, 5000).split(/\r?\n/)[0] ?? '';
	const count = (c: string) => firstLine.split(c).length - 1;
	const candidates = [';', ',', '\t'].map((c) => [c, count(c)] as const);
	candidates.sort((a, b) => b[1] - a[1]);
	return candidates[0][1] > 0 ? candidates[0][0] : ';';
}

function csvRows(text: string): Pick<ParsedFile, 'headers' | 'ignored' | 'rows' | 'errors'> {
	let records: string[][];
	try {
		records = parseCsv(text, {
			delimiter: detectSeparator(text),
			relax_column_count: true,
			skip_empty_lines: true,
			bom: true
		}) as string[][];
	} catch (e) {
		const err = e as Error & { lines?: number };
		return {
			headers: {},
			ignored: [],
			rows: [],
			errors: [fileError('csv', { message: err.message.slice(0, 200), line: err.lines ?? 0 })]
		};
	}
	const [header = [], ...data] = records;
	const fields = mapColumns(header);
	const headers: Record<string, string> = {};
	fields.forEach((f, i) => f && (headers[f] = header[i].trim()));
	const ignored = header.filter((h, i) => !fields[i] && h.trim() !== '');
	const errors: RowError[] = [];
	if (!headers.title) errors.push(fileError('no_title'));
	if (data.length > MAX_ROWS) errors.push(fileError('too_many_rows', { max: MAX_ROWS }));
	const rows: RawRow[] = [];
	data.forEach((cells, i) => {
		const row = i + 2;
		// A row of empty cells (Excel leaves ;;;; at the end) is not a row.
		if (cells.every((c) => c.trim() === '')) return;
		if (cells.length !== header.length) {
			errors.push({
				row,
				code: 'columns_count',
				params: { expected: header.length, got: cells.length }
			});
			return;
		}
		const values: Record<string, string> = {};
		fields.forEach((f, j) => f && (values[f] = cells[j] ?? ''));
		rows.push({ row, values });
	});
	return { headers, ignored, rows, errors };
}

function geojsonRows(json: unknown): Pick<ParsedFile, 'headers' | 'ignored' | 'rows' | 'errors'> {
	const fc = json as { type?: string; features?: unknown[] };
	const features = fc?.type === 'Feature' ? [fc] : Array.isArray(fc?.features) ? fc.features : null;
	if (!features) return { headers: {}, ignored: [], rows: [], errors: [fileError('geojson')] };
	const headers: Record<string, string> = {};
	const ignored = new Set<string>();
	const rows: RawRow[] = [];
	const errors: RowError[] = [];
	if (features.length > MAX_ROWS) errors.push(fileError('too_many_rows', { max: MAX_ROWS }));
	features.forEach((f, i) => {
		const row = i + 1;
		const feature = f as {
			geometry?: { type?: string; coordinates?: unknown };
			properties?: unknown;
			id?: unknown;
		};
		const props = (feature.properties ?? {}) as Record<string, unknown>;
		const names = Object.keys(props);
		const fields = mapColumns(names);
		const values: Record<string, string> = {};
		fields.forEach((field, j) => {
			const v = props[names[j]];
			if (!field) return void ignored.add(names[j]);
			headers[field] ??= names[j];
			values[field] =
				v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
		});
		if (!values.id && typeof feature.id === 'string') values.id = feature.id;
		const g = feature.geometry;
		if (g?.type === 'Point' && Array.isArray(g.coordinates) && g.coordinates.length >= 2) {
			const [lon, lat] = g.coordinates as unknown[];
			if (typeof lon === 'number' && typeof lat === 'number') {
				values.lon = String(lon);
				values.lat = String(lat);
				headers.lon ??= 'geometry';
				headers.lat ??= 'geometry';
			}
		} else if (g) {
			errors.push({
				row,
				column: 'geometry',
				code: 'choice_invalid',
				params: { value: String(g.type), allowed: 'Point' }
			});
			return;
		}
		rows.push({ row, values });
	});
	for (const field of Object.keys(headers)) ignored.delete(headers[field]);
	return { headers, ignored: [...ignored], rows, errors };
}
