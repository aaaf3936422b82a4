// The outline's positions come from a cursor over the parse's line starts; they must be exactly what the editor's own
// TextDocument gives, for any line ends, a byte-order mark, and offsets in any order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from '../../core/src/parse';
import { PositionCursor } from '../../server/src/positionCursor';

describe('PositionCursor', () => {
	const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '\r', 'χ', '\ufeff', '1.T\n'), { maxLength: 200 }).map((parts) => parts.join(''));

	it('gives TextDocument.positionAt for every offset, in any order', () => {
		fc.assert(fc.property(text, fc.array(fc.integer({ min: -3, max: 260 }), { maxLength: 60 }), (content, offsets) => {
			const document = TextDocument.create('file:///d.txt', 'litdump', 1, content);
			const cursor = new PositionCursor(parseDocument(content).lineStarts, content);
			for (const offset of offsets) {
				expect(cursor.positionAt(offset)).toEqual(document.positionAt(offset));
			}
		}), { numRuns: 3000 });
	});

	it('finds far jumps too (beyond a short walk)', () => {
		const content = Array.from({ length: 500 }, (_, k) => `line ${k}`).join('\r\n');
		const document = TextDocument.create('file:///d.txt', 'litdump', 1, content);
		const cursor = new PositionCursor(parseDocument(content).lineStarts, content);
		for (const offset of [content.length, 0, 3000, 10, content.length - 1, 1500]) {
			expect(cursor.positionAt(offset)).toEqual(document.positionAt(offset));
		}
	});
});
