/** Fuzzing statistics extraction and assessment: no exception, no hang, every statistic inside its abstract, in order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abstractSoupArbitrary, dumpArbitrary, fuzzParameters, largeInputArbitrary, sampleText } from './arbitraries';
import { fuzzBudget, fuzzRuns, fuzzTimeout } from './budget';
import { checkStatistics, checkStatisticsOfDocument } from './properties';
import { extractStatistics } from '../../core/src/stats/index';

describe('statistics fuzzing', () => {
	it('finds statistics in the sample, so the properties below are not vacuous', () => {
		expect(extractStatistics(sampleText, { start: 0, end: sampleText.length }).length).toBeGreaterThan(50);
		checkStatisticsOfDocument(sampleText);
	});

	it('extracts and assesses random abstract fragments, any slice of them', () => {
		fc.assert(fc.property(abstractSoupArbitrary, fc.nat(), fc.nat(), (text, a, b) => {
			const start = text.length === 0 ? 0 : a % text.length;
			checkStatistics(text, { start, end: start + (text.length === 0 ? 0 : b % (text.length - start + 1)) });
		}), fuzzParameters(fuzzRuns(fuzzBudget.statistics.fragments)));
	}, fuzzTimeout(60_000));

	it('extracts and assesses the abstracts of mutated dumps', () => {
		fc.assert(fc.property(dumpArbitrary, (text) => {
			checkStatisticsOfDocument(text);
		}), fuzzParameters(fuzzRuns(fuzzBudget.statistics.abstracts)));
	}, fuzzTimeout(30_000));

	it('survives very long lines, 10^5 digits and repeated "(95% CI " fragments', () => {
		fc.assert(fc.property(largeInputArbitrary, (text) => {
			checkStatistics(text);
		}), fuzzParameters(fuzzRuns(fuzzBudget.statistics.large)));
	}, fuzzTimeout(30_000));
});
