import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../core/src/lines';

/** Each line's [start, end) as an editor counts lines: `\r\n`, `\r` and `\n` each end one; a BOM is not text. */
function referenceLines(text: string): Array<[number, number]> {
	const from = text.startsWith('\uFEFF') ? 1 : 0;
	const lines: Array<[number, number]> = [];
	let start = from;
	for (const match of text.slice(from).matchAll(/\r\n|\r|\n/g)) {
		lines.push([start, from + match.index]);
		start = from + match.index + match[0].length;
	}
	lines.push([start, text.length]);
	return lines;
}

function readLines(text: string): Array<[number, number]> {
	const table = splitLines(text);
	return Array.from(table.starts, (start, i) => [start, table.end(i)]);
}

describe('lines', () => {
	it('finds every line start and end with LF, CRLF, CR, mixed ends, a BOM and a trailing break', () => {
		expect(readLines('a\nbb\r\nccc\rd')).toEqual([[0, 1], [2, 4], [6, 9], [10, 11]]);
		expect(readLines('\uFEFFa\r\n\r\n')).toEqual([[1, 2], [4, 4], [6, 6]]);
		expect(readLines('\r\r\n\n')).toEqual([[0, 0], [1, 1], [3, 3], [4, 4]]);
		expect(readLines('')).toEqual([[0, 0]]);
	});

	it('agrees with a split on line breaks for any text, including thousands of short lines (more than first guessed)', () => {
		const piece = fc.constantFrom('a', 'word ', ' ', '\t', '\n', '\r', '\r\n', '\n\n\n\n', '\uFEFF', '刁');
		fc.assert(fc.property(fc.boolean(), fc.array(piece, { maxLength: 60 }), fc.nat({ max: 3000 }), (bom, pieces, blankLines) => {
			const text = (bom ? '\uFEFF' : '') + pieces.join('') + '\n'.repeat(blankLines);
			expect(readLines(text)).toEqual(referenceLines(text));
		}), { numRuns: 300 });
	});
});
