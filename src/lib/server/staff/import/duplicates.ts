import type { Queryable } from '../../db';
import type { ImportPlace } from './rows';

/**
 * Duplicates of an import: the same name and address, or within 25 m with a similar name — among
 * the rows of the file and against the places already in the database (every status staff see).
 * Names are compared by trigram similarity as PostgreSQL's pg_trgm does it (the share of the two
 * names' three-letter pieces they have in common), here in JS so no extension is needed.
 */
export const NEAR_METRES = 25;
export const SIMILAR = 0.45;

export function normaliseName(s: string) {
	return s
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

function trigrams(s: string): Set<string> {
	const out = new Set<string>();
	for (const word of normaliseName(s).split(' ').filter(Boolean)) {
		const padded = `  ${word} `;
		for (let i = 0; i < padded.length - 2; i++) out.add(padded.slice(i, i + 3));
	}
	return out;
}

/** pg_trgm's similarity(): shared trigrams / all trigrams of both. */
export function similarity(a: string, b: string): number {
	const x = trigrams(a);
	const y = trigrams(b);
	if (x.size === 0 || y.size === 0) return 0;
	let shared = 0;
	for (const t of x) if (y.has(t)) shared++;
	return shared / (x.size + y.size - shared);
}

/** Metres between two points (haversine; plenty for 25 m). */
export function metres(lat1: number, lon1: number, lat2: number, lon2: number) {
	const r = 6_371_008.8;
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * r * Math.asin(Math.sqrt(h));
}

const sameAddress = (a: string | null, b: string | null) =>
	!!a &&
	!!b &&
	normaliseName(a).replace(/strasse/g, 'str') === normaliseName(b).replace(/strasse/g, 'str');

export function isDuplicate(
	a: { title: string; address: string | null; lat: number; lon: number },
	b: { title: string; address: string | null; lat: number; lon: number }
): 'same_name_address' | 'near_similar' | null {
	if (normaliseName(a.title) === normaliseName(b.title) && sameAddress(a.address, b.address)) {
		return 'same_name_address';
	}
	if (
		metres(a.lat, a.lon, b.lat, b.lon) <= NEAR_METRES &&
		similarity(a.title, b.title) >= SIMILAR
	) {
		return 'near_similar';
	}
	return null;
}

export interface DuplicateInFile {
	row: number;
	other: number;
	reason: 'same_name_address' | 'near_similar';
}

/** Pairs of rows of the file that are duplicates (the later row names the earlier one). */
export function duplicatesInFile(places: ImportPlace[]): DuplicateInFile[] {
	// A grid of about 50 m cells: a duplicate within 25 m is in the same or a neighbouring cell.
	const cell = (lat: number, lon: number) => [Math.floor(lat / 0.00045), Math.floor(lon / 0.00073)];
	const grid = new Map<string, ImportPlace[]>();
	const byNameAddress = new Map<string, ImportPlace>();
	const found: DuplicateInFile[] = [];
	for (const p of places) {
		let dup: DuplicateInFile | null = null;
		if (p.address) {
			const key = `${normaliseName(p.title)}|${normaliseName(p.address).replace(/strasse/g, 'str')}`;
			const earlier = byNameAddress.get(key);
			if (earlier) dup = { row: p.row, other: earlier.row, reason: 'same_name_address' };
			else byNameAddress.set(key, p);
		}
		const [cy, cx] = cell(p.lat, p.lon);
		if (!dup) {
			search: for (let dy = -1; dy <= 1; dy++) {
				for (let dx = -1; dx <= 1; dx++) {
					for (const q of grid.get(`${cy + dy}|${cx + dx}`) ?? []) {
						if (isDuplicate(p, q) === 'near_similar') {
							dup = { row: p.row, other: q.row, reason: 'near_similar' };
							break search;
						}
					}
				}
			}
		}
		if (dup) found.push(dup);
		const key = `${cy}|${cx}`;
		grid.set(key, [...(grid.get(key) ?? []), p]);
	}
	return found;
}

export interface ExistingMatch {
	row: number;
	place_id: string;
	title: string;
	address: string | null;
	kind: string;
	status: string;
	metres: number;
	reason: 'same_name_address' | 'near_similar';
}

/**
 * Places already in the database that rows of the import duplicate (as the caller sees them: run
 * under the staff member's claims). One query for all rows: candidates within 25 m (the spatial
 * columns) or with the same name, then distance and similarity here.
 */
export async function duplicatesInDatabase(
	q: Queryable,
	places: ImportPlace[]
): Promise<ExistingMatch[]> {
	const rows = places.filter((p) => !p.id);
	if (rows.length === 0) return [];
	const candidates = await q.query<{
		i: number;
		place_id: string;
		title: string;
		address: string | null;
		kind: string;
		status: string;
		lat: number;
		lon: number;
	}>(
		// The box test is on places' plain lon/lat/cell columns: float comparisons are leakproof, so
		// under RLS they reach places_map_idx (PostGIS' functions would not; see the map query).
		`with r as (
		   select * from unnest($1::int[], $2::text[], $3::float8[], $4::float8[]) as r(i, title, lon, lat)
		 )
		 select r.i, p.id as place_id, p.title, p.address, p.kind::text, p.status::text, p.lat, p.lon
		   from r join public.places p
		     on p.cell between floor((r.lon - $5) * 100)::int and floor((r.lon + $5) * 100)::int
		    and p.lat between r.lat - $6 and r.lat + $6
		    and p.lon between r.lon - $5 and r.lon + $5
		 union
		 select r.i, p.id, p.title, p.address, p.kind::text, p.status::text, p.lat, p.lon
		   from r join public.places p on lower(p.title) = lower(r.title)`,
		[
			rows.map((_, i) => i),
			rows.map((p) => p.title),
			rows.map((p) => p.lon),
			rows.map((p) => p.lat),
			// Degrees a little wider than 25 m (longitude at 52° N), the exact distance is tested below.
			0.0004,
			0.00024
		]
	);
	const best = new Map<number, ExistingMatch>();
	for (const c of candidates) {
		const p = rows[c.i];
		const reason = isDuplicate(p, c);
		if (!reason) continue;
		const m: ExistingMatch = {
			row: p.row,
			place_id: c.place_id,
			title: c.title,
			address: c.address,
			kind: c.kind,
			status: c.status,
			metres: Math.round(metres(p.lat, p.lon, c.lat, c.lon)),
			reason
		};
		const prev = best.get(p.row);
		if (
			!prev ||
			(prev.reason !== 'same_name_address' && reason === 'same_name_address') ||
			m.metres < prev.metres
		) {
			best.set(p.row, m);
		}
	}
	return [...best.values()].sort((a, b) => a.row - b.row);
}
