/**
 * The coach's clients, held on this device only (localStorage), each under a pseudonym: home, the
 * modes she has, step-free, the child's Kita or school with its hours, working-time wishes,
 * German level and languages. Nothing here is ever sent: the home is personal data (issue 12,
 * point 1). What comes back from storage is validated field by field; a bad field falls back to
 * its default and the rest of the client still loads.
 */
import * as z from 'zod/mini';
import {
	clientProfileSchema,
	emptyProfile,
	type ClientProfile,
	type Kita
} from '$lib/coach/client-profile';
import { isOrigin, parseClock, roundOrigin, type Origin } from '$lib/reach/view/origin';

export const CLIENTS_KEY = 'qk.coach.clients.v1';

/** The home, when she has one inside the region's area (the only one travel times start from). */
export function homeInRegion(p: Pick<ClientProfile, 'home'>): (Origin & { name: string }) | null {
	return p.home && isOrigin(p.home) ? p.home : null;
}

/**
 * Kita hours the chains can use: the ones entered, and for a missing one the assumption that
 * is said on screen (most Kitas open at 7:00 and close between 16:00 and 17:00).
 */
export const KITA_ASSUMED = { opens: '07:00', closes: '16:30' } as const;

export function kitaHours(kita: Pick<Kita, 'opens' | 'closes'>): {
	opens: string;
	closes: string;
	assumed: boolean;
} {
	const opens = parseClock(kita.opens) !== null ? kita.opens : KITA_ASSUMED.opens;
	const closes = parseClock(kita.closes) !== null ? kita.closes : KITA_ASSUMED.closes;
	return { opens, closes, assumed: opens !== kita.opens || closes !== kita.closes };
}

/** Stored clients: each one that parses (a broken one is dropped, the others stay). */
export function parseClients(raw: string | null): ClientProfile[] {
	let list: unknown;
	try {
		list = JSON.parse(raw ?? '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(list)) return [];
	const out: ClientProfile[] = [];
	for (const item of list) {
		const r = z.safeParse(clientProfileSchema, item);
		if (r.success && !out.some((c) => c.pseudonym === r.data.pseudonym)) out.push(r.data);
	}
	return out;
}

/**
 * A Kita's hours on a weekday from its OSM-style opening hours ("Mo-Fr 07:00-16:30; Sa …"): the
 * first rule that covers Monday to Friday or Monday; null when none says so.
 */
export function weekdayHours(
	openingHours: string | null
): { opens: string; closes: string } | null {
	if (!openingHours) return null;
	for (const rule of openingHours.split(';')) {
		const m = /^\s*(Mo(?:-(?:Fr|Sa|Su))?)\b[^\d]*(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})/.exec(rule);
		if (m && parseClock(m[2]) !== null && parseClock(m[3]) !== null)
			return { opens: m[2], closes: m[3] };
	}
	return null;
}

type Store = { get(key: string): string | null; set(key: string, v: string): void };

/** The clients on this device and the one being edited. */
export class ClientBook {
	clients = $state<ClientProfile[]>([]);
	current = $state<ClientProfile | null>(null);

	constructor(private readonly store: Store) {
		this.clients = parseClients(store.get(CLIENTS_KEY));
	}

	/** A new client under `pseudonym`; false when the name is empty or taken. */
	add(pseudonym: string): boolean {
		const name = pseudonym.trim().slice(0, 40);
		if (!name || this.clients.some((c) => c.pseudonym === name)) return false;
		const p = emptyProfile(name);
		this.clients.push(p);
		this.current = this.clients.at(-1)!;
		this.save();
		return true;
	}

	/**
	 * A client from a link (profile-link.ts), opened at once. Nobody on this device is replaced: a
	 * taken pseudonym gets a number ("Rose (2)"), a missing one `fallback`. Returns the name used.
	 */
	addFrom(p: ClientProfile, fallback: string): string {
		const base = (p.pseudonym.trim() || fallback).slice(0, 34);
		let name = base;
		for (let i = 2; this.clients.some((c) => c.pseudonym === name); i++) name = `${base} (${i})`;
		this.clients.push({ ...p, pseudonym: name });
		this.current = this.clients.at(-1)!;
		this.save();
		return name;
	}

	open(pseudonym: string) {
		this.current = this.clients.find((c) => c.pseudonym === pseudonym) ?? null;
	}

	setHome(o: Origin, name: string) {
		if (this.current) this.current.home = { ...roundOrigin(o), name };
	}

	/** Forget every client on this device (one tap). */
	clearAll() {
		this.clients = [];
		this.current = null;
		this.save();
	}

	save() {
		this.store.set(CLIENTS_KEY, JSON.stringify(this.clients));
	}
}
