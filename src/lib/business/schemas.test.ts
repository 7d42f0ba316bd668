import { describe, expect, it } from 'vitest';
import {
	addDays,
	organisationSchema,
	spaceSchema,
	localToday,
	vacancySchema,
	eventSchema
} from './schemas';

const today = localToday();
const vacancy = {
	title: 'Verkäufer/in in Teilzeit',
	how_to_apply: 'Einfach vorbeikommen, Mo–Fr 8–12 Uhr.',
	valid_through: addDays(today, 30)
};

function errorsOf(result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
	// The first message per field: the one shown next to it.
	const out: Record<string, string> = {};
	for (const i of result.error?.issues ?? []) out[i.path.join('.')] ??= i.message;
	return out;
}

describe('entry schemas: bad input gets a clear German message', () => {
	it('accepts a minimal vacancy', () => {
		expect(vacancySchema.safeParse(vacancy).success).toBe(true);
	});
	it('takes shift times as both or neither, a night shift across midnight too', () => {
		const ok = vacancySchema.safeParse({ ...vacancy, shift_start: '22:00', shift_end: '06:00' });
		expect(ok.success && [ok.data.shift_start, ok.data.shift_end]).toEqual(['22:00', '06:00']);
		const none = vacancySchema.safeParse(vacancy);
		expect(none.success && [none.data.shift_start, none.data.weekend_work]).toEqual(['', false]);
		expect(errorsOf(vacancySchema.safeParse({ ...vacancy, shift_start: '14:00' })).shift_end).toBe(
			'Bitte Beginn und Ende angeben – oder beides leer lassen.'
		);
		expect(errorsOf(vacancySchema.safeParse({ ...vacancy, shift_end: '14:00' })).shift_start).toBe(
			'Bitte Beginn und Ende angeben – oder beides leer lassen.'
		);
		const e = errorsOf(
			vacancySchema.safeParse({ ...vacancy, shift_start: '25:00', shift_end: '7' })
		);
		expect([e.shift_start, e.shift_end]).toEqual([
			'Bitte eine Uhrzeit wie 06:30 angeben.',
			'Bitte eine Uhrzeit wie 06:30 angeben.'
		]);
		expect(
			errorsOf(vacancySchema.safeParse({ ...vacancy, shift_start: '08:00', shift_end: '08:00' }))
				.shift_end
		).toBe('Beginn und Ende dürfen nicht gleich sein.');
	});
	it('refuses oversize texts', () => {
		const e = errorsOf(
			vacancySchema.safeParse({ ...vacancy, title: 'x'.repeat(161), description: 'y'.repeat(6001) })
		);
		expect(e.title).toBe('Bitte höchstens 160 Zeichen eingeben (Text kürzen).');
		expect(e.description).toBe('Bitte höchstens 6000 Zeichen eingeben (Text kürzen).');
	});
	it('refuses script tags and other markup', () => {
		for (const text of [
			'<script>alert(1)</script>',
			'Hallo <img src=x onerror=alert(1)>',
			'<a href="javascript:alert(1)">x</a>'
		]) {
			const e = errorsOf(vacancySchema.safeParse({ ...vacancy, description: text }));
			expect(e.description).toBe(
				'Bitte keine HTML-Tags oder Skripte eingeben – nur normalen Text.'
			);
		}
		// Ordinary text with "<" stays allowed.
		expect(
			vacancySchema.safeParse({ ...vacancy, description: 'Gehalt < 15 € pro Stunde? Nein: mehr.' })
				.success
		).toBe(true);
	});
	it('refuses dates in the past and too far ahead', () => {
		expect(
			errorsOf(vacancySchema.safeParse({ ...vacancy, valid_through: addDays(today, -1) }))
				.valid_through
		).toBe('Dieses Datum liegt in der Vergangenheit.');
		expect(
			errorsOf(vacancySchema.safeParse({ ...vacancy, start_date: addDays(today, -10) })).start_date
		).toBe('Dieses Datum liegt in der Vergangenheit.');
		expect(
			errorsOf(vacancySchema.safeParse({ ...vacancy, valid_through: addDays(today, 400) }))
				.valid_through
		).toBe('Bitte ein Datum innerhalb der nächsten 12 Monate wählen.');
		expect(
			errorsOf(vacancySchema.safeParse({ ...vacancy, valid_through: '2026-02-31x' })).valid_through
		).toBe('Bitte ein Datum eingeben (TT.MM.JJJJ).');
	});
	it('refuses coordinates outside Bielefeld and half a pin', () => {
		expect(errorsOf(vacancySchema.safeParse({ ...vacancy, lat: 48.1, lon: 11.5 })).lat).toBe(
			'Diese Koordinaten liegen nicht in Bielefeld. Bitte die Stecknadel neu setzen.'
		);
		expect(errorsOf(vacancySchema.safeParse({ ...vacancy, lat: 51.99 })).lon).toBe(
			'Bitte Breite und Länge zusammen angeben.'
		);
		expect(errorsOf(vacancySchema.safeParse({ ...vacancy, lat: 91, lon: 8.5 })).lat).toContain(
			'zwischen -90 und 90'
		);
		expect(vacancySchema.safeParse({ ...vacancy, lat: 51.95, lon: 8.59 }).success).toBe(true);
	});
	it('checks the salary range and unit', () => {
		const e = errorsOf(vacancySchema.safeParse({ ...vacancy, salary_min: 20, salary_max: 15 }));
		expect(e.salary_max).toBe('Das Höchstgehalt ist kleiner als das Mindestgehalt.');
		expect(e.salary_unit).toBe('Bitte angeben, ob das Gehalt pro Stunde, Monat oder Jahr gilt.');
	});
	it('checks event times and space availability', () => {
		const e = errorsOf(
			eventSchema.safeParse({
				title: 'Besichtigung',
				starts_at: `${addDays(today, 3)}T10:00`,
				ends_at: `${addDays(today, 2)}T10:00`
			})
		);
		expect(e.ends_at).toBe('Das Ende liegt vor dem Beginn.');
		expect(
			errorsOf(
				eventSchema.safeParse({ title: 'Besichtigung', starts_at: `${addDays(today, -3)}T10:00` })
			).starts_at
		).toBe('Dieses Datum liegt in der Vergangenheit.');
		const s = errorsOf(
			spaceSchema.safeParse({
				title: 'Schaufenster frei',
				valid_through: addDays(today, 10),
				available_from: addDays(today, 20),
				available_until: addDays(today, 10),
				area_m2: -5
			})
		);
		expect(s.available_until).toBe('Das Ende liegt vor dem Beginn.');
		expect(s.area_m2).toContain('zwischen 1 und 99999');
	});
	it('checks organisation contact fields', () => {
		const e = errorsOf(
			organisationSchema.safeParse({
				name: 'B',
				contact_email: 'keine',
				website: 'javascript:alert(1)',
				contact_phone: '0521<script>'
			})
		);
		expect(e.name).toBe('Bitte mindestens 2 Zeichen eingeben.');
		expect(e.contact_email).toBe('Bitte eine gültige E-Mail-Adresse eingeben.');
		expect(e.website).toBe('Bitte eine Web-Adresse mit https:// eingeben.');
		expect(e.contact_phone).toBe('Bitte nur Ziffern, Leerzeichen und + - / ( ) verwenden.');
	});
});
