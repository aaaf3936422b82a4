/** Inputs the fuzzers and adversarial tests found that once broke a feature, kept as regression tests. */
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../core/src/duplicates/index';
import { formatCitations } from '../../core/src/export/index';
import { readRis } from '../../core/src/export/ris-reader';
import { parseDocument } from '../../core/src/parse';

describe('inputs that once broke litdump', () => {
	it('a U+2028 line separator inside a field still gives one RIS line per tag and one EndNote line per field', async () => {
		const text = '1.A title\u2028with a separator\nWenjun DIAO\u2029 ; Yun TAN\nJournal\u0085 of Tests 2020;1(1):1-2\nObjective:To test.\u2028Results:P<0.05.\n';
		const entries = parseDocument(text).entries;
		const ris = await formatCitations(text, entries, 'ris');
		expect(readRis(ris.content)).toHaveLength(1);
		expect(readRis(ris.content)[0].get('TI')).toEqual(['A title with a separator']);
		const enw = await formatCitations(text, entries, 'enw');
		expect(enw.content).not.toMatch(/[\u0085\u2028\u2029]/);
	});

	// Found by the adversarial inputs: an author "word" of ~150,000 hyphen-joined parts once overflowed the call stack.
	it('an author line of one 600,000-character hyphenated word does not break duplicate detection', () => {
		const text = `1.A title\n${'abc-'.repeat(150_000)}\nJournal of Tests 2020;1(1):1-2\n`;
		const parsed = parseDocument(text);
		expect(() => findDuplicates(parsed, text)).not.toThrow();
	});
});
