import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ROLES } from '$lib/auth/roles';
import {
	ENTRY_STATUSES,
	ANY_ENTRY_TYPES,
	MODERATION_DECISIONS,
	eventSchema,
	spaceSchema,
	vacancySchema
} from '$lib/business/schemas';
import { placeFilterSchema } from '$lib/places/filters';
import { COST_KINDS, WHEELCHAIR_ACCESS } from '$lib/places/kinds';
import { REACH_MODES } from '$lib/reach/engine/types';
import { claimsSchema } from '$lib/server/db/claims';
import { IMPORT_STATES } from '$lib/staff/import-states';
import * as labels from './labels';
import type { Label } from './labels';
import { locales } from './paraglide/runtime';

/** Every z.enum inside a schema, named by the object key that holds it (through arrays, pipes, defaults). */
function enumsIn(schema: z.ZodType, field = ''): { field: string; values: string[] }[] {
	const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
	const inner = (key: string) => enumsIn(def[key] as z.ZodType, field);
	switch (def.type) {
		case 'enum':
			return [{ field, values: Object.values(def.entries as Record<string, string>) }];
		case 'object':
			return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) =>
				enumsIn(v, k)
			);
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'catch':
		case 'readonly':
			return inner('innerType');
		case 'pipe':
			return [...inner('in'), ...inner('out')];
		case 'array':
			return inner('element');
		case 'union':
			return (def.options as z.ZodType[]).flatMap((o) => enumsIn(o, field));
		default:
			return [];
	}
}

/** Which label record names the values of each enum field a reader sees. */
const LABELS_BY_FIELD: Record<string, Record<string, Label>> = {
	kinds: labels.KIND_LABELS,
	quarters: labels.QUARTER_LABELS,
	working_time: labels.WORKING_TIME_LABELS,
	german_level: labels.GERMAN_LEVEL_LABELS,
	german_level_max: labels.GERMAN_LEVEL_LABELS,
	salary_unit: labels.SALARY_UNIT_LABELS,
	event_type: labels.EVENT_TYPE_LABELS,
	space_type: labels.SPACE_TYPE_LABELS,
	roles: labels.ROLE_LABELS,
	step_free_entrance: labels.ACCESS_ANSWER_LABELS,
	accessible_toilet: labels.ACCESS_ANSWER_LABELS
};
/** Enums that are syntax or plumbing, never shown to a reader: yes/no flags, database roles. */
const NOT_SHOWN = new Set([
	'childcare_friendly',
	'suitable_for_refugees',
	'wheelchair',
	'free_only',
	'role'
]);

/** What is wrong with `labels` for `values`, in every language; empty when all is well. */
function missingLabels(labels: Record<string, Label> | undefined, values: readonly string[]) {
	const problems: string[] = [];
	for (const value of values) {
		if (value === '') continue; // "none chosen", shown as a dash
		const label = labels && Object.hasOwn(labels, value) ? labels[value] : undefined;
		if (!label) {
			problems.push(`${value}: no label`);
			continue;
		}
		for (const locale of locales) {
			const text = label({}, { locale });
			if (!text?.trim()) problems.push(`${value} in ${locale}: "${text}"`);
		}
	}
	for (const locale of locales) {
		const texts = values.filter((v) => labels?.[v]).map((v) => labels![v]({}, { locale }));
		const twice = texts.filter((t, i) => texts.indexOf(t) !== i);
		if (twice.length) problems.push(`${locale}: the same label twice: ${twice.join(', ')}`);
	}
	return problems;
}

const SCHEMAS = {
	vacancySchema,
	eventSchema,
	spaceSchema,
	placeFilterSchema,
	claimsSchema
} as Record<string, z.ZodType>;

describe('enum labels', () => {
	it('finds the enums of the schemas (the walk itself works)', () => {
		const fields = enumsIn(vacancySchema).map((e) => e.field);
		expect(fields).toEqual(expect.arrayContaining(['working_time', 'german_level', 'salary_unit']));
		expect(enumsIn(placeFilterSchema).map((e) => e.field)).toEqual(
			expect.arrayContaining(['kinds', 'quarters', 'working_time', 'german_level_max'])
		);
	});

	for (const [name, schema] of Object.entries(SCHEMAS)) {
		it(`${name}: every enum value a reader sees has a label in all six languages`, () => {
			for (const { field, values } of enumsIn(schema)) {
				if (NOT_SHOWN.has(field)) continue;
				if (field === 'languages') {
					// Languages spoken on site are named by the browser in their own language
					// (Intl.DisplayNames), not by a message: each must have such a name.
					const unnamed = values.filter(
						(v) => new Intl.DisplayNames([v], { type: 'language' }).of(v) === v
					);
					expect(unnamed, `${name}.languages without an own name`).toEqual([]);
					continue;
				}
				expect(LABELS_BY_FIELD[field], `${name}.${field} has no label record`).toBeDefined();
				expect(missingLabels(LABELS_BY_FIELD[field], values), `${name}.${field}`).toEqual([]);
			}
		});
	}

	it.each([
		['entry types', labels.ENTRY_TYPE_LABELS, ANY_ENTRY_TYPES],
		['entry statuses', labels.STATUS_LABELS, ENTRY_STATUSES],
		['moderation decisions', labels.DECISION_LABELS, MODERATION_DECISIONS],
		['roles', labels.ROLE_LABELS, ROLES],
		['wheelchair access', labels.WHEELCHAIR_LABELS, WHEELCHAIR_ACCESS],
		['cost kinds', labels.COST_LABELS, COST_KINDS],
		['reach modes', labels.REACH_MODE_LABELS, REACH_MODES],
		['import states', labels.IMPORT_STATE_LABELS, IMPORT_STATES]
	] as const)('%s have a label in all six languages', (_, record, values) => {
		expect(missingLabels(record, values)).toEqual([]);
	});

	it('reports a value added to an enum without a label', () => {
		const values = enumsIn(placeFilterSchema).find((e) => e.field === 'working_time')!.values;
		expect(missingLabels(labels.WORKING_TIME_LABELS, [...values, 'night_shift'])).toEqual([
			'night_shift: no label'
		]);
		const german = { ...labels.GERMAN_LEVEL_LABELS, B1: () => '' } as Record<string, Label>;
		expect(missingLabels(german, ['B1'])).toEqual(locales.map((l) => `B1 in ${l}: ""`));
	});

	it('gives unknown values back as they are, and a language on request', () => {
		expect(labels.kindLabel('casino')).toBe('casino');
		expect(labels.roleLabel('staff', 'de')).toBe('Projektteam');
		expect(labels.roleLabel('staff', 'en')).toBe('Project team');
		expect(labels.germanLevelLabel('A1', 'de')).toBe('A1 – erste Wörter');
	});
});

describe('the enums match the database', () => {
	const sql = readdirSync('supabase/migrations')
		.filter((f) => f.endsWith('.sql'))
		.map((f) => readFileSync(`supabase/migrations/${f}`, 'utf8'))
		.join('\n')
		.replace(/--[^\n]*/g, '');
	/** Values of `create type public.<name> as enum (…)` plus any `alter type … add value`. */
	function dbEnum(name: string): string[] {
		const created = new RegExp(`create type public\\.${name} as enum \\(([^)]*)\\)`, 'i').exec(sql);
		const added = [
			...sql.matchAll(
				new RegExp(`alter type public\\.${name} add value (?:if not exists )?'([^']+)'`, 'gi')
			)
		].map((x) => x[1]);
		const listed = [...(created?.[1] ?? '').matchAll(/'([^']+)'/g)].map((x) => x[1]);
		return [...listed, ...added].sort();
	}

	it.each([
		['place_kind', Object.keys(labels.KIND_LABELS)],
		['working_time', Object.keys(labels.WORKING_TIME_LABELS)],
		['german_level', Object.keys(labels.GERMAN_LEVEL_LABELS)],
		['space_type', Object.keys(labels.SPACE_TYPE_LABELS)],
		['event_type', Object.keys(labels.EVENT_TYPE_LABELS)],
		['cost_kind', Object.keys(labels.COST_LABELS)],
		['wheelchair_access', Object.keys(labels.WHEELCHAIR_LABELS)],
		['user_role', Object.keys(labels.ROLE_LABELS)],
		['moderation_decision', Object.keys(labels.DECISION_LABELS)],
		['place_status', Object.keys(labels.STATUS_LABELS).filter((s) => s !== 'expired')]
	])('public.%s has a label for each of its values', (type, labelled) => {
		const values = dbEnum(type);
		expect(values.length).toBeGreaterThan(1);
		expect([...labelled].sort()).toEqual(values);
	});
});
