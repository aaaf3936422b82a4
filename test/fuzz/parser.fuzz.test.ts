/** Fuzzing the parser: never throws, never hangs, and its entry ranges cover every non-blank line exactly once. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/src/parse';
import { dumpArbitrary, fuzzParameters, largeInputArbitrary, sampleText, unicodeSoupArbitrary } from './arbitraries';
import { fuzzBudget, fuzzRuns, fuzzTimeout } from './budget';
import { checkParseCoverage } from './properties';

describe('parser fuzzing', () => {
	it('checks what it claims: a real dump passes, and a broken parse result is caught', () => {
		checkParseCoverage(sampleText);
		const parsed = parseDocument(sampleText);
		// A plain-data copy of the first entry (entries keep their spans behind getters, which a spread would drop).
		const copy = JSON.parse(JSON.stringify(parsed.entries[0])) as typeof parsed.entries[0];
		const overlapping = { ...parsed, entries: [parsed.entries[0], copy] };
		expect(() => checkParseCoverage(sampleText, overlapping)).toThrow(/overlaps/);
		expect(() => checkParseCoverage(sampleText, { ...parsed, problems: [...parsed.problems, { code: 'unrecognised-line', severity: 'information', message: '', span: parsed.entries[0].titleSpan }] })).not.toThrow();
		const uncovered = { ...parsed, entries: parsed.entries.slice(1) };
		expect(() => checkParseCoverage(sampleText, uncovered)).toThrow(/in 0 places/);
	});

	it('covers mutated real entries and random text without overlap', () => {
		fc.assert(fc.property(dumpArbitrary, (text) => {
			checkParseCoverage(text);
		}), fuzzParameters(fuzzRuns(fuzzBudget.parser.dumps)));
	}, fuzzTimeout(60_000));

	it('covers unicode edge cases: surrogates, combining marks, RTL, full-width, NUL, BOM, CR/CRLF mixes', () => {
		fc.assert(fc.property(unicodeSoupArbitrary, fc.boolean(), (text, bom) => {
			checkParseCoverage(bom ? `\uFEFF${text}` : text);
		}), fuzzParameters(fuzzRuns(fuzzBudget.parser.unicode)));
	}, fuzzTimeout(30_000));

	it('covers very long lines, 10^5 digits and repeated "(95% CI " fragments', () => {
		fc.assert(fc.property(largeInputArbitrary, (text) => {
			checkParseCoverage(text);
		}), fuzzParameters(fuzzRuns(fuzzBudget.parser.large)));
	}, fuzzTimeout(30_000));
});
