import { describe, expect, it } from 'vitest';
import { similarity, wordSimilarity } from './trigram';

// Expected values: PostgreSQL 15 with pg_trgm, rounded to 5 places.
const FROM_POSTGRES: [string, string, number, number][] = [
	['pflge', 'pflegehelfer/in (auch ohne ausbildung)', 0.5, 0.07895],
	['lager', 'lackierer/in gesucht', 0.33333, 0.125],
	['reinigng', 'reinigungskraft am vormittag cleaner', 0.66667, 0.15],
	['sennestdt', 'sennestadt', 0.7, 0.61539],
	['pflegekraf', 'pflegekraft', 0.90909, 0.76923],
	['تنظيف', 'عامل تنظيف صباحاً', 1, 0.33333],
	['kita', 'kindertagesstätte', 0.4, 0.09524]
];

describe('pg_trgm on the device', () => {
	it.each(FROM_POSTGRES)('%s ~ %s', (word, text, wordSim, sim) => {
		expect(wordSimilarity(word, text)).toBeCloseTo(wordSim, 4);
		expect(similarity(word, text)).toBeCloseTo(sim, 4);
	});

	it('a typo reaches the threshold of 0.5 only when it is close', () => {
		expect(wordSimilarity('pflge', 'pflegehelfer/in')).toBeGreaterThanOrEqual(0.5);
		expect(wordSimilarity('lager', 'lackierer/in')).toBeLessThan(0.5);
	});
});
