import type { Queryable, Session } from '../db';
import { toCsv } from './export/csv-writer';
import { licenceLine } from './export/licence';

/**
 * The staff dashboard's figures (issue 15, item 6), each one SQL query under the caller's claims:
 * staff see every row; anyone else gets only what their policies allow (the /team guard keeps
 * them out anyway). No SQL function or view of its own: the tables' policies decide.
 */

/** Published, current entries per quarter and kind now (no quarter: outside the three). */
export interface QuarterKindRow extends Record<string, unknown> {
	quarter_id: string | null;
	quarter_name: string | null;
	kind: string;
	n: number;
}

/**
 * Published entries over time, per month of first publication: the first 'approved' moderation
 * event, or created_at for entries published without moderation (seed, staff, imports).
 * `total` is the running sum per kind of entries that are published today; an entry archived
 * since does not count in any month (the figure says what is on the map now and since when).
 */
export interface MonthRow extends Record<string, unknown> {
	month: string;
	kind: string;
	added: number;
	total: number;
}

export interface QueueFigures {
	waiting: number;
	/** hours since the entry was submitted (last 'submitted' event, else its last change) */
	oldest_hours: number | null;
	median_hours: number | null;
	oldest_title: string | null;
}

export interface ExpiringRow extends Record<string, unknown> {
	id: string;
	kind: string;
	title: string;
	quarter_id: string | null;
	valid_through: string;
}

export interface StaleFigures extends Record<string, unknown> {
	kind: string;
	n: number;
}

export interface ImportRow extends Record<string, unknown> {
	created_at: string;
	file_name: string;
	format: string;
	status: string;
	row_count: number;
	error_count: number;
	created_count: number | null;
	updated_count: number | null;
}

export interface UsageRow extends Record<string, unknown> {
	metric: string;
	n: number;
}

export const EXPIRING_DAYS = 14;
export const USAGE_DAYS = 30;
export const IMPORT_RUNS = 10;

const CURRENT = `p.status = 'published' and (p.valid_through is null or p.valid_through >= current_date)`;

export function quarterKindCounts(db: Queryable): Promise<QuarterKindRow[]> {
	return db.query<QuarterKindRow>(
		`select p.quarter_id, q.name as quarter_name, p.kind::text as kind, count(*)::int as n
		   from public.places p left join public.quarters q on q.id = p.quarter_id
		  where ${CURRENT}
		  group by p.quarter_id, q.name, p.kind
		  order by p.quarter_id nulls last, p.kind`
	);
}

export function publishedPerMonth(db: Queryable): Promise<MonthRow[]> {
	return db.query<MonthRow>(
		`with first as (
		   select p.kind::text as kind,
		          date_trunc('month', coalesce(
		            (select min(e.created_at) from public.moderation_events e
		              where e.place_id = p.id and e.decision = 'approved'),
		            p.created_at))::date as month
		     from public.places p
		    where ${CURRENT}
		 ), per as (
		   select month, kind, count(*)::int as added from first group by month, kind
		 )
		 select to_char(month, 'YYYY-MM') as month, kind, added,
		        (sum(added) over (partition by kind order by month))::int as total
		   from per order by month, kind`
	);
}

export async function queueFigures(db: Queryable): Promise<QueueFigures> {
	const [row] = await db.query<QueueFigures>(
		`with waiting as (
		   select p.title, extract(epoch from now() - coalesce(
		            (select max(e.created_at) from public.moderation_events e
		              where e.place_id = p.id and e.decision = 'submitted'),
		            p.updated_at)) / 3600 as hours
		     from public.places p where p.status = 'pending'
		 )
		 select count(*)::int as waiting,
		        round(max(hours)::numeric, 1)::float8 as oldest_hours,
		        round((percentile_cont(0.5) within group (order by hours))::numeric, 1)::float8 as median_hours,
		        (select title from waiting order by hours desc, title limit 1) as oldest_title
		   from waiting`
	);
	return row;
}

export function expiringSoon(db: Queryable): Promise<ExpiringRow[]> {
	return db.query<ExpiringRow>(
		`select p.id, p.kind::text as kind, p.title, p.quarter_id, p.valid_through::text as valid_through
		   from public.places p
		  where p.status = 'published'
		    and p.valid_through between current_date and current_date + $1::int
		  order by p.valid_through, p.title`,
		[EXPIRING_DAYS]
	);
}

/** Published, current entries whose last confirmation is older than the freshness interval. */
export function staleCounts(db: Queryable): Promise<StaleFigures[]> {
	return db.query<StaleFigures>(
		`select p.kind::text as kind, count(*)::int as n from public.places p
		  where ${CURRENT} and p.confirmed_at + private.freshness_interval() <= now()
		  group by p.kind order by p.kind`
	);
}

export function recentImports(db: Queryable): Promise<ImportRow[]> {
	return db.query<ImportRow>(
		`select created_at::text as created_at, file_name, format, status, row_count, error_count,
		        created_count, updated_count
		   from public.import_runs order by created_at desc limit $1`,
		[IMPORT_RUNS]
	);
}

export function usageSummary(db: Queryable): Promise<UsageRow[]> {
	return db.query<UsageRow>(
		`select metric, sum(n)::int as n from public.usage_daily
		  where day > current_date - $1::int group by metric order by metric`,
		[USAGE_DAYS]
	);
}

export interface DashboardFigures {
	quarters: QuarterKindRow[];
	months: MonthRow[];
	queue: QueueFigures;
	expiring: ExpiringRow[];
	stale: StaleFigures[];
	imports: ImportRow[];
	usage: UsageRow[];
	/** published demo entries (the licence line names them) */
	demoRows: number;
}

/** Every figure in one transaction (one snapshot), one query after another. */
export function dashboardFigures(db: Session): Promise<DashboardFigures> {
	return db.tx(async (q) => {
		const quarters = await quarterKindCounts(q);
		const months = await publishedPerMonth(q);
		const queue = await queueFigures(q);
		const expiring = await expiringSoon(q);
		const stale = await staleCounts(q);
		const imports = await recentImports(q);
		const usage = await usageSummary(q);
		const [{ demo }] = await q.query<{ demo: number }>(
			`select count(*)::int as demo from public.places p where ${CURRENT} and p.is_demo`
		);
		return { quarters, months, queue, expiring, stale, imports, usage, demoRows: demo };
	});
}

/** The tables the dashboard offers as CSV, with their columns. */
export const DASHBOARD_TABLES = {
	quarters: ['quarter_id', 'quarter_name', 'kind', 'n'],
	months: ['month', 'kind', 'added', 'total'],
	queue: ['waiting', 'oldest_hours', 'median_hours', 'oldest_title'],
	expiring: ['id', 'kind', 'title', 'quarter_id', 'valid_through'],
	stale: ['kind', 'n'],
	imports: [
		'created_at',
		'file_name',
		'format',
		'status',
		'row_count',
		'error_count',
		'created_count',
		'updated_count'
	],
	usage: ['metric', 'n']
} as const;
export type DashboardTable = keyof typeof DASHBOARD_TABLES;

export function tableRows(f: DashboardFigures, table: DashboardTable): Record<string, unknown>[] {
	if (table === 'queue') return [{ ...f.queue }];
	return f[table];
}

/**
 * One table as CSV for the funder's report: the licence and provenance line (as in every export)
 * in a last column of each row, so a spreadsheet keeps it with the figures.
 */
export function dashboardCsv(f: DashboardFigures, table: DashboardTable): string {
	const licence = `Quartierkarte, Stand ${new Date().toISOString().slice(0, 10)}. ${licenceLine(f.demoRows)}`;
	return toCsv(
		[...DASHBOARD_TABLES[table], 'licence'],
		tableRows(f, table).map((r) => ({ ...r, licence }))
	);
}

/** Published, current vacancies as coordinates: the opportunities of the accessibility picture. */
export async function vacancyPoints(db: Session): Promise<{ lon: number[]; lat: number[] }> {
	const rows = await db.query<{ lon: number; lat: number }>(
		`select st_x(p.location::geometry) as lon, st_y(p.location::geometry) as lat
		   from public.places p where ${CURRENT} and p.kind = 'vacancy' order by p.id`
	);
	return { lon: rows.map((r) => r.lon), lat: rows.map((r) => r.lat) };
}
