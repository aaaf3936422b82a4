import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/src/parse';
import { findSelectionSpans } from '../../core/src/selectionRanges';

const text = readFileSync(join(__dirname, '..', 'fixtures', 'sample.txt'), 'utf8');
const document = parseDocument(text);
const firstEntry = text.slice(0, document.entries[0].span.end);

/** The text of each span that Expand Selection walks through from the first occurrence of `marker` (+ `shift`). */
function expandFrom(marker: string, shift = 0): string[] {
	const offset = text.indexOf(marker) + shift;
	return findSelectionSpans(document, offset).map((span) => text.slice(span.start, span.end));
}

describe('smart selection', () => {
	it('grows from an author to the author line to the paper', () => {
		expect(expandFrom('Ximing WANG', 3)).toEqual(['Ximing WANG', 'Wenjun DIAO ; Xiaobo CHEN ; Ximing WANG ; Hexiang WANG ; Xingyu CHEN ; Yanqi HUANG ; Zaiyi LIU', firstEntry]);
	});

	it('grows from a source part to the source line to the paper', () => {
		expect(expandFrom('59(5)', 1)).toEqual(['59', 'Chinese Journal of Radiology 2025;59(5):549-557', firstEntry]);
		expect(expandFrom('549-557', 2)).toEqual(['549-557', 'Chinese Journal of Radiology 2025;59(5):549-557', firstEntry]);
		expect(expandFrom('Radiology 2025', 2)[0]).toBe('Chinese Journal of Radiology');
	});

	it('grows from an abstract section\'s text to the section, the abstract and the paper', () => {
		const spans = expandFrom('The study was a case-control study');
		expect(spans[0].startsWith('The study was a case-control study.')).toBe(true);
		expect(spans[0].endsWith('between the predicted high MI and low MI groups.')).toBe(true);
		expect(spans[1]).toBe(`Methods:${spans[0]}`);
		expect(spans[2].startsWith('Objective:To develop')).toBe(true);
		expect(spans[2].endsWith('predict the MI of GIST patients.')).toBe(true);
		expect(spans[3]).toBe(firstEntry);
	});

	it('grows from the title to the numbered heading to the paper, and from the number to the paper', () => {
		const heading = firstEntry.slice(0, firstEntry.indexOf('\n'));
		expect(expandFrom('Machine learning model', 4)).toEqual([heading.slice(2), heading, firstEntry]);
		expect(findSelectionSpans(document, 0).map((span) => text.slice(span.start, span.end))).toEqual([heading, firstEntry]);
	});

	it('gives nothing outside every paper (the page footer)', () => {
		expect(findSelectionSpans(document, text.indexOf('Result Analysis') + 2)).toEqual([]);
	});

	it('keeps each span inside the next at every offset of the sample', () => {
		for (let offset = 0; offset <= text.length; offset += 7) {
			const spans = findSelectionSpans(document, offset);
			spans.forEach((span, k) => {
				expect(span.start <= offset && offset <= span.end).toBe(true);
				const outer = spans[k + 1];
				if (outer) {
					expect(outer.start <= span.start && span.end <= outer.end && outer.end - outer.start > span.end - span.start).toBe(true);
				}
			});
		}
	});
});
