import { describe, expect, it } from 'vitest';
import { findAbstractSections } from '../../core/src/abstract';

/** The sections of `abstract` as [label, the text of its label span, its body]. */
function sectionsOf(abstract: string): string[][] {
	return findAbstractSections(abstract, { start: 0, end: abstract.length }).map((section) => [
		section.label,
		abstract.slice(section.labelSpan.start, section.labelSpan.end),
		abstract.slice(section.bodySpan.start, section.bodySpan.end),
	]);
}

describe('abstract section labels', () => {
	it('reads labels in any case and the usual spelling of each', () => {
		expect(sectionsOf('OBJECTIVES: To test. Materials and Methods: We did. RESULT: It worked. Conclusion : Good.')).toEqual([
			['Objective', 'OBJECTIVES:', 'To test.'],
			['Methods', 'Materials and Methods:', 'We did.'],
			['Results', 'RESULT:', 'It worked.'],
			['Conclusions', 'Conclusion :', 'Good.'],
		]);
	});

	it('reads three-word labels whole, and no label word in the middle of a sentence', () => {
		expect(sectionsOf('Background: Old. Main outcome measures: Death.').map(([label, raw]) => [label, raw])).toEqual([
			['Background', 'Background:'],
			['Main outcome measures', 'Main outcome measures:'],
		]);
		expect(sectionsOf('Aim: Find. Also Methods: We did.').map(([, raw]) => raw)).toEqual(['Aim:']);
		expect(sectionsOf('Aim: Find. Methods: We did.').map(([, raw]) => raw)).toEqual(['Aim:', 'Methods:']);
	});

	it('takes only capitalised whole words that start a sentence', () => {
		// Inside a word, lowercase, or mid-sentence: not labels.
		expect(sectionsOf('Objective: A. XResults: no. results: no. The Results: no. We report Results: no. Conclusions: Yes.').map(([label]) => label)).toEqual([
			'Objective',
			'Conclusions',
		]);
		// After `.`, `;`, `)` or `]`, with spaces or tabs between: labels.
		expect(sectionsOf('Aim: A (x) Methods: B; Results:\tC] Conclusions: D').map(([label]) => label)).toEqual(['Aim', 'Methods', 'Results', 'Conclusions']);
	});
});
