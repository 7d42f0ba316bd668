import { m } from '$lib/i18n';
import { REGION } from '$lib/region';

/**
 * An import problem in the reader's language. The report keeps codes and parameters
 * (server/staff/import/rows.ts), so a colleague who reads it in Turkish sees it in Turkish.
 */
export interface ImportProblem {
	row: number;
	column?: string;
	code: string;
	params?: Record<string, string | number>;
}

type Params = Record<string, string>;
const p = (e: ImportProblem): Params => {
	const out: Params = { column: e.column ?? '' };
	for (const [k, v] of Object.entries(e.params ?? {})) out[k] = String(v);
	return out;
};

const ROW: Record<string, (x: Params) => string> = {
	required: (x) => m.staff_import_err_required({ column: x.column }),
	too_long: (x) => m.staff_import_err_too_long({ column: x.column, max: x.max }),
	too_short: (x) => m.staff_import_err_too_short({ column: x.column, min: x.min }),
	kind_unknown: (x) => m.staff_import_err_kind_unknown({ value: x.value }),
	number_invalid: (x) => m.staff_import_err_number_invalid({ column: x.column, value: x.value }),
	number_range: (x) =>
		m.staff_import_err_number_range({ column: x.column, min: x.min, max: x.max }),
	date_invalid: (x) => m.staff_import_err_date_invalid({ column: x.column, value: x.value }),
	boolean_invalid: (x) => m.staff_import_err_boolean_invalid({ column: x.column, value: x.value }),
	choice_invalid: (x) =>
		m.staff_import_err_choice_invalid({ column: x.column, value: x.value, allowed: x.allowed }),
	coordinates_missing: () => m.staff_import_err_coordinates_missing(),
	coordinates_outside: () => m.staff_import_err_coordinates_outside({ city: REGION.name }),
	email_invalid: (x) => m.staff_import_err_email_invalid({ column: x.column }),
	url_invalid: (x) => m.staff_import_err_url_invalid({ column: x.column }),
	markup: (x) => m.staff_import_err_markup({ column: x.column }),
	language_invalid: (x) => m.staff_import_err_language_invalid({ value: x.value }),
	end_before_start: (x) => m.staff_import_err_end_before_start({ column: x.column }),
	id_invalid: (x) => m.staff_import_err_id_invalid({ value: x.value }),
	id_unknown: (x) => m.staff_import_err_id_unknown({ value: x.value }),
	columns_count: (x) => m.staff_import_err_columns_count({ got: x.got, expected: x.expected }),
	duplicate_in_file: (x) => m.staff_import_err_duplicate_in_file({ other: x.other }),
	kind_mismatch: (x) => m.staff_import_err_kind_mismatch({ value: x.value }),
	db_error: (x) => m.staff_import_err_db_error({ message: x.message ?? '' })
};

const FILE: Record<string, (x: Params) => string> = {
	empty: () => m.staff_import_err_file_empty(),
	json: (x) => m.staff_import_err_file_json({ message: x.message ?? '' }),
	csv: (x) => m.staff_import_err_file_csv({ line: x.line ?? '?', message: x.message ?? '' }),
	no_title: () => m.staff_import_err_file_no_title(),
	too_many_rows: (x) => m.staff_import_err_file_too_many_rows({ max: x.max }),
	geojson: () => m.staff_import_err_file_geojson(),
	hsds: () => m.staff_import_err_file_hsds(),
	not_ready: () => m.staff_import_err_file_not_ready()
};

export function importProblemText(e: ImportProblem): string {
	const x = p(e);
	if (e.code === 'file') return (FILE[x.problem] ?? FILE.empty)(x);
	return (ROW[e.code] ?? ROW.db_error)(x);
}
