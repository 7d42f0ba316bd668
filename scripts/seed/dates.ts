/** Dates in the catalogue's words: German long dates, local times of the region as UTC. */

/** 2026-12-01 → "1. Dezember 2026". */
export function germanDate(isoDate: string): string {
	return new Intl.DateTimeFormat('de-DE', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${isoDate}T00:00:00Z`));
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(instant);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
	return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a wall-clock time in a time zone ("2027-04-15T14:00" in Europe/Berlin →
 * 2027-04-15T12:00:00.000Z, summer time), as a Date.
 */
export function zonedTime(local: string, timeZone: string): Date {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
	if (!m) throw new Error(`not a local time: ${local}`);
	const [y, mo, d, h, mi] = m.slice(1).map(Number);
	const asUtc = Date.UTC(y, mo - 1, d, h, mi);
	// The offset at the guess, then once more at the corrected instant (right across a DST change).
	let instant = asUtc - offsetMs(asUtc, timeZone);
	instant = asUtc - offsetMs(instant, timeZone);
	return new Date(instant);
}
