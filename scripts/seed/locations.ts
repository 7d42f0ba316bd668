/**
 * Where demo places go: near a public-transport stop of a quarter (or just outside it), never two
 * within 12 m of each other, with an address made from the stop's street or the quarter's streets.
 */
import { distanceM, isInside, offsetM, roundTo, type Area, type LonLat } from './geometry.ts';
import type { Stop } from './open-data.ts';
import type { Quarter } from './quarters.ts';
import type { SeededRandom } from './random.ts';
import type { SeedRegion } from './region.ts';

export interface CandidateStop {
	name: string;
	at: LonLat;
	/** Relative chance of being drawn. */
	weight: number;
}

export interface Spot {
	at: LonLat;
	stop: CandidateStop;
}

export interface NearOptions {
	/** Just outside the quarter (but in the city) instead of inside it. */
	outside?: boolean;
	/** At the first stop whose name contains this, instead of a drawn one. */
	nearStop?: string | null;
	minM?: number;
	maxM?: number;
}

const MIN_GAP_M = 12;
const round6 = roundTo(6);

/** "Sennestadt Travestraße, Bielefeld" → "Sennestadt Travestraße". */
export const stopNameWithoutTown = (name: string) => name.replace(/, [^,]+$/, '');

export class DemoLocations {
	readonly #random: SeededRandom;
	readonly #region: SeedRegion;
	readonly #quarters: Quarter[];
	readonly #city: Area;
	readonly #inside = new Map<string, CandidateStop[]>();
	readonly #outside = new Map<string, CandidateStop[]>();
	readonly #used: LonLat[] = [];

	constructor(
		random: SeededRandom,
		region: SeedRegion,
		quarters: Quarter[],
		city: Area,
		stops: Stop[],
		log: (line: string) => void = () => {}
	) {
		this.#random = random;
		this.#region = region;
		this.#quarters = quarters;
		this.#city = city;

		// One candidate per stop name (a stop has a point per platform).
		const seen = new Set<string>();
		const unique = stops.filter((s) => !seen.has(s.name) && !!seen.add(s.name));
		for (const q of quarters) {
			const near = q.stopsNearCentre;
			const pool = unique
				.filter((s) => isInside(s.at, q.area) && this.inCity(s.at))
				.filter((s) => !near || distanceM(s.at, q.center) < near.withinM)
				.map((s) => ({
					name: s.name,
					at: s.at,
					weight: near ? 1 / (1 + distanceM(s.at, q.center) / near.halfWeightM) : 1
				}));
			this.#inside.set(q.id, pool);
			const sample = pool.slice(0, 6).map((s) => stopNameWithoutTown(s.name));
			log(`[seed] ${q.id}: ${pool.length} candidate stops (${sample.join('; ')} …)`);
		}
		for (const q of quarters) {
			const vertices = q.area.coordinates.flatMap((rings) => rings[0]) as LonLat[];
			const pool = unique
				.filter((s) => !this.quarterOf(s.at) && this.inCity(s.at))
				.filter((s) => {
					const d = Math.min(...vertices.map((v) => distanceM(s.at, v)));
					return d > 250 && d < 1200;
				})
				.map((s) => ({ name: s.name, at: s.at, weight: 1 }));
			this.#outside.set(q.id, pool);
			log(`[seed] ${q.id}: ${pool.length} stops just outside`);
		}
	}

	quarter(id: string): Quarter {
		const q = this.#quarters.find((x) => x.id === id);
		if (!q) throw new Error(`unknown quarter "${id}"`);
		return q;
	}

	/** The id of the quarter `p` lies in, or null. */
	quarterOf(p: LonLat): string | null {
		return this.#quarters.find((q) => isInside(p, q.area))?.id ?? null;
	}

	inCity(p: LonLat): boolean {
		return isInside(p, this.#city);
	}

	/** A free spot 30–250 m (by default) from a stop of the quarter, or just outside it. */
	near(
		quarterId: string,
		{ outside = false, nearStop = null, minM = 30, maxM = 250 }: NearOptions = {}
	): Spot {
		const q = this.quarter(quarterId);
		const pool = (outside ? this.#outside : this.#inside).get(q.id) ?? [];
		const fixed = nearStop ? pool.find((s) => s.name.includes(nearStop)) : undefined;
		if (nearStop && !fixed) throw new Error(`stop "${nearStop}" not found in ${q.id}`);
		const r = this.#random;
		for (let attempt = 0; attempt < 200; attempt++) {
			const stop = fixed ?? r.weighted(pool.map((x) => [x, x.weight] as const));
			const angle = r.next() * 2 * Math.PI;
			const d = minM + r.next() * (maxM - minM);
			const [lon, lat] = offsetM(stop.at, Math.cos(angle) * d, Math.sin(angle) * d);
			const at: LonLat = [round6(lon), round6(lat)];
			if (!this.inCity(at)) continue;
			if (outside ? this.quarterOf(at) !== null : !isInside(at, q.area)) continue;
			if (this.#used.some((u) => distanceM(u, at) < MIN_GAP_M)) continue;
			this.#used.push(at);
			return { at, stop };
		}
		throw new Error(`no free spot found near ${q.id}`);
	}

	/**
	 * An address in the quarter (or, for a spot outside every quarter, in its surroundings): the
	 * given street, else often the stop's street, else one of the quarter's streets.
	 */
	address(quarterId: string, stop: CandidateStop, street: string | null = null, at?: LonLat) {
		const q = this.quarter(quarterId);
		const where = at && !this.quarterOf(at) ? q.surroundings : q;
		const r = this.#random;
		const name =
			street ?? (r.chance(0.7) ? this.streetOfStop(stop.name) : null) ?? r.pick(where.streets);
		const number = this.#region.squares.includes(name) ? r.int(1, 12) : r.int(1, 90);
		return {
			street: name,
			address: `${name} ${number}, ${where.postcode} ${this.#region.city.name}`
		};
	}

	/** The street a stop is named after ("Sennestadt Travestraße, Bielefeld" → "Travestraße"), or null. */
	streetOfStop(stopName: string): string | null {
		const prefixes = new RegExp(`^(${this.#region.stopPlacePrefixes.join('|')}) `);
		const n = stopNameWithoutTown(stopName)
			.replace(prefixes, '')
			.replace(/str\.$/, 'straße')
			.replace(/Str\.$/, 'Straße');
		if (n.includes('/')) return null;
		if (/(straße|Straße|weg|allee|Allee|platz|ring|kamp|Weg)$/.test(n) || /^Am /.test(n)) return n;
		return this.#region.stopStreetNames.includes(n) ? n : null;
	}
}
