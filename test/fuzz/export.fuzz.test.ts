/** Fuzzing every exporter: no exception, no entry dropped silently (count + skipped = entries), records readable. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCitations } from '../../core/src/export/index';
import { parseDocument } from '../../core/src/parse';
import { exportInputArbitrary, fuzzParameters, largeInputArbitrary, mutatedEntryArbitrary, sampleText } from './arbitraries';
import { dataFormats, formattedStyles, fuzzBudget, fuzzRuns, fuzzTimeout } from './budget';
import { checkExport, countExportedRecords } from './properties';

describe('export fuzzing', () => {
	it('reads back every record of the sample in each data format', async () => {
		const entries = parseDocument(sampleText).entries;
		for (const format of dataFormats) {
			const result = await formatCitations(sampleText, entries, format);
			expect(countExportedRecords(result.content, format)).toBe(entries.length);
			await checkExport(sampleText, format);
		}
	});

	for (const format of dataFormats) {
		it(`${format}: every entry of a fuzzed dump is written or reported as skipped`, async () => {
			await fc.assert(fc.asyncProperty(exportInputArbitrary, (text) => checkExport(text, format)), fuzzParameters(fuzzRuns(fuzzBudget.export.perDataFormat)));
			await fc.assert(fc.asyncProperty(largeInputArbitrary, (text) => checkExport(text, format)), fuzzParameters(fuzzRuns(fuzzBudget.export.largePerDataFormat)));
		}, fuzzTimeout(30_000));
	}

	for (const style of formattedStyles) {
		it(`${style}: every entry of a fuzzed dump is formatted or reported as skipped`, async () => {
			await fc.assert(fc.asyncProperty(mutatedEntryArbitrary, (text) => checkExport(text, style)), fuzzParameters(fuzzRuns(fuzzBudget.export.perFormattedStyle)));
			await fc.assert(fc.asyncProperty(largeInputArbitrary, (text) => checkExport(text, style)), fuzzParameters(fuzzRuns(fuzzBudget.export.largePerFormattedStyle)));
		}, fuzzTimeout(60_000));
	}
});
