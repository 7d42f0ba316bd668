import { QUARTERS } from '$lib/places/kinds';
import { REGION } from '$lib/region';
import type { FetchFn } from '../ical/feed';

/**
 * An adapter for the Bundesagentur für Arbeit's public job search (the API documented by the
 * community at github.com/bundesAPI/jobsuche-api): `/pc/v4/jobs` (`stellenangebote`, `refnr`,
 * `titel`, `arbeitgeber`, `arbeitsort`) and the newer `/pc/v6/jobs` (`ergebnisliste`,
 * `referenznummer`, `stellenangebotsTitel`, `firma`, `stellenlokationen[].adresse`). It keeps only
 * what the map shows and links back to the original ad. Working time is not in the search results:
 * the search is made once per working time (arbeitszeit=vz/tz/mj), so each ad gets the one asked for.
 */
export const BA_BASE = 'https://rest.arbeitsagentur.de/jobboerse/jobsuche-service';
export type BaVersion = 'v4' | 'v6';
export type WorkingTime = 'full_time' | 'part_time' | 'mini_job';
const ARBEITSZEIT: Record<WorkingTime, string> = {
	full_time: 'vz',
	part_time: 'tz',
	mini_job: 'mj'
};

export interface BaJob {
	ref: string;
	title: string;
	employer: string;
	street: string | null;
	postcode: string | null;
	city: string | null;
	lat: number | null;
	lon: number | null;
	published: string | null;
	startDate: string | null;
	/** The original ad: the employer's own page where the agency lists one, else the agency's. */
	url: string;
	workingTime: WorkingTime;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
	v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
const str = (v: unknown) =>
	typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const date = (v: unknown) => (/^\d{4}-\d{2}-\d{2}/.test(str(v)) ? str(v).slice(0, 10) : null);
const httpsUrl = (v: unknown) => (/^https:\/\/[^\s<>"]+$/.test(str(v)) ? str(v) : '');

/** The agency's public page of an ad. */
export const detailUrl = (ref: string) =>
	`https://www.arbeitsagentur.de/jobsuche/jobdetail/${encodeURIComponent(ref)}`;

function job(
	ref: string,
	title: string,
	employer: string,
	place: Json,
	published: unknown,
	start: unknown,
	external: unknown,
	workingTime: WorkingTime
): BaJob | null {
	if (!ref || title.length < 3) return null;
	const coords = obj(place.koordinaten);
	return {
		ref,
		title: title.slice(0, 160),
		employer: employer.slice(0, 200),
		street: str(place.strasse) || null,
		postcode: str(place.plz) || null,
		city: str(place.ort) || null,
		lat: num(coords.lat),
		lon: num(coords.lon),
		published: date(published),
		startDate: date(start),
		url: httpsUrl(external) || detailUrl(ref),
		workingTime
	};
}

/** v4: `stellenangebote[]` with `refnr`, `titel` (or `beruf`), `arbeitgeber`, `arbeitsort`. */
export function jobsFromV4(payload: unknown, workingTime: WorkingTime): BaJob[] {
	const list = obj(payload).stellenangebote;
	return (Array.isArray(list) ? list : [])
		.map((e) => {
			const x = obj(e);
			return job(
				str(x.refnr),
				str(x.titel) || str(x.beruf),
				str(x.arbeitgeber),
				obj(x.arbeitsort),
				x.aktuelleVeroeffentlichungsdatum,
				x.eintrittsdatum,
				x.externeUrl,
				workingTime
			);
		})
		.filter((j): j is BaJob => j !== null);
}

/** v6: `ergebnisliste[]` with `referenznummer`, `stellenangebotsTitel`, `firma`, `stellenlokationen`. */
export function jobsFromV6(payload: unknown, workingTime: WorkingTime): BaJob[] {
	const list = obj(payload).ergebnisliste;
	return (Array.isArray(list) ? list : [])
		.map((e) => {
			const x = obj(e);
			const places = Array.isArray(x.stellenlokationen) ? x.stellenlokationen : [];
			return job(
				str(x.referenznummer),
				str(x.stellenangebotsTitel),
				str(x.firma),
				obj(obj(places[0]).adresse),
				x.datumErsteVeroeffentlichung,
				x.eintrittsdatum,
				x.externeURL,
				workingTime
			);
		})
		.filter((j): j is BaJob => j !== null);
}

/** 500 m in degrees of latitude and, at the region's latitude, of longitude. */
const MARGIN_LAT = 500 / 111_195;
const MARGIN_LON = MARGIN_LAT / Math.cos((REGION.centre.lat * Math.PI) / 180);

/** Near the programme quarters: inside a quarter's box with 500 m around it. */
export function nearQuarters(j: BaJob): boolean {
	if (j.lat === null || j.lon === null) return false;
	return QUARTERS.some(
		({ bbox: [w, s, e, n] }) =>
			j.lon! >= w - MARGIN_LON &&
			j.lon! <= e + MARGIN_LON &&
			j.lat! >= s - MARGIN_LAT &&
			j.lat! <= n + MARGIN_LAT
	);
}

export interface SearchOptions {
	version: BaVersion;
	clientId: string;
	workingTime: WorkingTime;
	/** Place and radius of the search (default region.json `jobSearch`: all its programme quarters). */
	wo?: string;
	umkreis?: number;
	page?: number;
	size?: number;
}

export function searchUrl(o: SearchOptions): string {
	const params = new URLSearchParams({
		angebotsart: '1',
		wo: o.wo ?? REGION.jobSearch.place,
		umkreis: String(o.umkreis ?? REGION.jobSearch.radiusKm),
		arbeitszeit: ARBEITSZEIT[o.workingTime],
		page: String(o.page ?? 1),
		size: String(o.size ?? 100)
	});
	return `${BA_BASE}/pc/${o.version}/jobs?${params}`;
}

/** One page of one search, normalised; throws on an HTTP error (the caller reports it). */
export async function searchJobs(fetchFn: FetchFn, o: SearchOptions): Promise<BaJob[]> {
	const response = await fetchFn(searchUrl(o), {
		headers: { 'X-API-Key': o.clientId, accept: 'application/json' }
	});
	if (!response.ok) throw new Error(`BA Jobsuche: HTTP ${response.status}`);
	const payload = await response.json();
	return o.version === 'v4'
		? jobsFromV4(payload, o.workingTime)
		: jobsFromV6(payload, o.workingTime);
}
