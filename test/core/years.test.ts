import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../core/src/source';
import { findYear, YearSearch } from '../../core/src/years';

/** Lines as a parse sees them: the start and end of each line of `text`. */
function lineBounds(text: string): Array<[number, number]> {
	const bounds: Array<[number, number]> = [];
	let start = 0;
	for (const line of text.split('\n')) {
		bounds.push([start, start + line.length]);
		start += line.length + 1;
	}
	return bounds;
}

describe('years of source lines', () => {
	it('finds a year only where it stands alone, 1500 to 2099', () => {
		const year = (line: string) => findYear(line, 0, line.length, 0);
		expect(year('Chinese Journal of Radiology 2025;59(5):549-557')).toBe(29);
		expect(year('Radiology 1499;1:1 and 2100;2:2')).toBe(-1);
		expect(year('J12019 A2019 20190 2019')).toBe(19);
		expect(year('刁2019 2019')).toBe(6);
		expect(year('2019')).toBe(0);
		expect(parseSource('Heart Rhythm Journal 2016;12(8):1827-1832', 0)?.year).toBe(2016);
	});

	it('the search ahead gives each line the year reading the line alone gives, asked in order, backwards or at random', () => {
		const line = fc.array(fc.constantFrom('Wenjun DIAO ; ', 'Journal ', '2019', '1832', '1499', ';59(5):', '549-1557', 'A', '12', '0', '刁', ' ', '-2020'), { maxLength: 8 }).map((parts) => parts.join(''));
		fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 30 }), (lines, picks) => {
			const text = lines.join('\n');
			const bounds = lineBounds(text);
			const search = new YearSearch(text);
			// In order, as a parse asks, then lines picked at random (behind and ahead of the last search); some from a
			// few characters in, as a line trimmed of leading spaces is asked.
			const asked = [...bounds.keys(), ...picks.map((pick) => pick % bounds.length)];
			asked.forEach((k, n) => {
				const [lineStart, end] = bounds[k];
				const start = Math.min(end, lineStart + ((picks[n] ?? 0) % 3));
				expect(search.firstYear(start, end)).toBe(findYear(text, start, end, start));
			});
		}), { numRuns: 500 });
	});
});
