/** Fuzzing duplicate detection: no exception, matches always point to an earlier copy, planted copies are found. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../core/src/duplicates/index';
import { parseDocument } from '../../core/src/parse';
import { dumpArbitrary, fuzzParameters, largeInputArbitrary, sampleEntries, sampleText } from './arbitraries';
import { fuzzBudget, fuzzRuns, fuzzTimeout } from './budget';
import { checkDuplicateIndex, checkPlantedCopy } from './properties';

describe('duplicate detection fuzzing', () => {
	it('finds the four copies of the sample, so the properties below are not vacuous', () => {
		const matches = findDuplicates(parseDocument(sampleText), sampleText);
		expect(matches.map((match) => [match.duplicate.entry.number, match.original.entry.number, match.tier])).toEqual([[5, 3, 'duplicate'], [6, 4, 'duplicate'], [7, 1, 'duplicate'], [8, 2, 'duplicate']]);
		checkPlantedCopy(sampleText, sampleEntries[9]);
	});

	it('findDuplicates on one mutated dump never throws and only points backwards', () => {
		fc.assert(fc.property(dumpArbitrary, (text) => {
			const parsed = parseDocument(text);
			for (const match of findDuplicates(parsed, text)) {
				expect(match.original.entry.span.start).toBeLessThan(match.duplicate.entry.span.start);
			}
		}), fuzzParameters(fuzzRuns(fuzzBudget.duplicates.single)));
	}, fuzzTimeout(60_000));

	it('the incremental index across documents: add, update with the same text, remove', () => {
		fc.assert(fc.property(fc.array(dumpArbitrary, { minLength: 1, maxLength: 4 }), (texts) => {
			checkDuplicateIndex([...texts, sampleText]);
		}), fuzzParameters(fuzzRuns(fuzzBudget.duplicates.workspace)));
	}, fuzzTimeout(60_000));

	it('an exact copy of a real entry planted after any noise is a certain duplicate', () => {
		fc.assert(fc.property(dumpArbitrary, fc.constantFrom(...sampleEntries), (noise, entry) => {
			checkPlantedCopy(noise, entry);
		}), fuzzParameters(fuzzRuns(fuzzBudget.duplicates.planted)));
	}, fuzzTimeout(30_000));

	it('survives very long lines, 10^5 digits and repeated "(95% CI " fragments', () => {
		fc.assert(fc.property(largeInputArbitrary, largeInputArbitrary, (a, b) => {
			checkDuplicateIndex([a, b]);
		}), fuzzParameters(fuzzRuns(fuzzBudget.duplicates.large)));
	}, fuzzTimeout(30_000));
});
