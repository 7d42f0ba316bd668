import { describe, expect, it } from 'vitest';
import { germanLexeme, germanStem } from './german-stem';

// Expected values: PostgreSQL 15, `ts_lexize('german_stem', word)` ('' = a stop word). The whole
// demo catalogue's vocabulary is compared with the database in tests/integration/device-filter.test.ts.
const FROM_POSTGRES: [string, string][] = [
	['kenntnisse', 'kenntnis'],
	['häuser', 'haus'],
	['haeuser', 'haeus'],
	['bauer', 'bau'],
	['möglichkeit', 'moglich'],
	['freundlichkeiten', 'freundlich'],
	['wichtigkeit', 'wichtig'],
	['reinigungskraft', 'reinigungskraft'],
	['gebäudereinigung', 'gebauderein'],
	['pflegehelferinnen', 'pflegehelferinn'],
	['schönsten', 'schon'],
	['lernst', 'lern'],
	['festes', 'fest'],
	['ordnung', 'ordnung'],
	['königlich', 'konig'],
	['straße', 'strass'],
	['größte', 'grosst'],
	['bayern', 'bay'],
	['und', ''],
	['der', ''],
	['bäckerei', 'backerei'],
	['altenpflege', 'altenpfleg'],
	['lagerhelfer', 'lagerhelf'],
	['verkäuferin', 'verkauferin'],
	['küchenhilfe', 'kuchenhilf'],
	['beratung', 'berat'],
	['sennestadt', 'sennestadt']
];

describe('German stemming as PostgreSQL does it', () => {
	it.each(FROM_POSTGRES)('%s → %s', (word, stem) => {
		expect(germanLexeme(word) ?? '').toBe(stem);
	});

	it('keeps words with digits as they are and lower-cases them (numword: not stemmed)', () => {
		expect(germanLexeme('B2')).toBe('b2');
		expect(germanStem('häuser')).toBe('haus');
	});
});
