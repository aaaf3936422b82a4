/**
 * LSP positions of offsets that come nearly in order, as an outline's do: each is found by walking from the line of the
 * one before (a few lines at most within a paper) instead of a binary search over every line per offset.
 */
import type { Position, Range } from 'vscode-languageserver';

function isLineBreak(code: number): boolean {
	return code === 10 || code === 13;
}

/** How far a walk goes before a binary search takes over (an offset far from the last one). */
const MAX_WALK = 16;

/** Positions in one document, given the start offset of every line (as the parse found them) and its text. */
export class PositionCursor {
	private line = 0;

	constructor(private readonly lineStarts: Int32Array, private readonly text: string) {}

	/**
	 * The position of `offset` as `TextDocument.positionAt` gives it: clamped to the text, and never after a line break's
	 * `\r` or `\n` (an offset inside `\r\n` is put before it).
	 */
	positionAt(offset: number): Position {
		const length = this.text.length;
		let clamped = offset < 0 ? 0 : offset > length ? length : offset;
		const last = this.lineStarts.length - 1;
		let line = this.line;
		let steps = 0;
		while (line > 0 && clamped < this.startOf(line) && steps++ < MAX_WALK) {
			line--;
		}
		while (line < last && clamped >= this.startOf(line + 1) && steps++ < MAX_WALK) {
			line++;
		}
		if (steps > MAX_WALK) {
			line = this.search(clamped);
		}
		this.line = line;
		const start = this.startOf(line);
		while (clamped > start && isLineBreak(this.text.charCodeAt(clamped - 1))) {
			clamped--;
		}
		return { line, character: clamped - start };
	}

	/** The range of `[start, end)`. */
	rangeOf(start: number, end: number): Range {
		return { start: this.positionAt(start), end: this.positionAt(end) };
	}

	/** Where line `line` starts; the first line at 0 even after a byte-order mark, as LSP counts it. */
	private startOf(line: number): number {
		return line === 0 ? 0 : this.lineStarts[line];
	}

	/** The last line that starts at or before `offset`. */
	private search(offset: number): number {
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (this.startOf(mid) <= offset) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		return low;
	}
}
