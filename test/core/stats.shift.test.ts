/**
 * An abstract that moved (text edited above it) keeps its statistics: shifting the statistics and findings found at
 * one place gives exactly what extraction finds at the other. The server relies on this to keep them across edits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/src/parse';
import { assessStatistics, extractStatistics, shiftAssessment, shiftStatistics } from '../../core/src/stats/index';

const fixtures = join(__dirname, '..', 'fixtures');
const sample = readFileSync(join(fixtures, 'sample.txt'), 'utf8');
const abstracts = [
	...parseDocument(sample).entries.flatMap((entry) => entry.abstract ? [sample.slice(entry.abstract.span.start, entry.abstract.span.end)] : []),
	...readdirSync(join(fixtures, 'abstracts')).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(fixtures, 'abstracts', name), 'utf8')),
];
/** Text before the abstract, itself full of statistics that must not leak in. */
const PREFIXES = ['', 'x', '1.Title\nAuthors A ; B C\nJournal 2020;1(1):1-2\nP<0.05 and AUC 0.91 (95% CI 0.8-0.99).\n', `${'AUC = 0.70, χ2=3.1, P=0.08. '.repeat(40)}\n`];

function analyse(text: string, start: number, end: number) {
	const stats = extractStatistics(text, { start, end });
	return { stats, assessment: assessStatistics(stats, text) };
}

describe('shifting statistics with their abstract', () => {
	it('gives what extraction finds at the new place, for every abstract of the fixtures', () => {
		let compared = 0;
		for (const abstract of abstracts) {
			const [base, ...others] = PREFIXES.map((prefix) => ({ offset: prefix.length, ...analyse(`${prefix}${abstract}\n`, prefix.length, prefix.length + abstract.length) }));
			for (const moved of others) {
				const delta = moved.offset - base.offset;
				expect(shiftStatistics(base.stats, delta)).toEqual(moved.stats);
				expect(shiftAssessment(base.assessment, delta)).toEqual(moved.assessment);
				compared += moved.stats.length;
			}
		}
		expect(compared).toBeGreaterThan(300);
	});

	it('leaves the original untouched', () => {
		const text = abstracts[0];
		const { stats } = analyse(text, 0, text.length);
		const before = JSON.stringify(stats);
		shiftStatistics(stats, 100);
		expect(JSON.stringify(stats)).toBe(before);
	});
});
