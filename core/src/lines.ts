/** Line bookkeeping: one linear pass over the text, any mix of LF, CRLF and CR line ends, a leading BOM skipped. */

/**
 * The lines of a text: where each starts, and where each ends before its line break (found from the next line's
 * start, so a large text holds one number per line, not two).
 */
export class LineTable {
	/** `lfOnly`: the text has no `\r`, so every line but the last ends one character before the next starts. */
	constructor(private readonly text: string, readonly starts: Int32Array, private readonly lfOnly: boolean) {}

	/** The end of line `i` (0-based), before its line break. */
	end(i: number): number {
		if (i + 1 >= this.starts.length) {
			return this.text.length;
		}
		const next = this.starts[i + 1];
		// A `\n` right after a `\r` always ends the line with the pair (`\r\n` is one break).
		return !this.lfOnly && next >= 2 && this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
	}
}

/** Splits `text` into lines without copying it; a BOM is not part of the first line. */
export function splitLines(text: string): LineTable {
	const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const lfOnly = text.indexOf('\r') < 0;
	return new LineTable(text, lfOnly ? findLfStarts(text, first) : findStarts(text, first), lfOnly);
}

/** Room for the line starts of `text`, one line per ~64 characters (grown when the lines are shorter). */
function firstRoom(text: string): Int32Array {
	return new Int32Array(Math.max(16, text.length >> 6));
}

/** `starts` with room for twice as many lines. */
function grow(starts: Int32Array): Int32Array {
	const grown = new Int32Array(starts.length * 2);
	grown.set(starts);
	return grown;
}

/** The line starts of LF-only `text` from `from`: `indexOf` scans far faster than a character loop. */
function findLfStarts(text: string, from: number): Int32Array {
	let starts = firstRoom(text);
	starts[0] = from;
	let count = 1;
	for (let end = text.indexOf('\n', from); end >= 0; end = text.indexOf('\n', end + 1)) {
		if (count === starts.length) {
			starts = grow(starts);
		}
		starts[count++] = end + 1;
	}
	// A view of the part written: no copy of a large table.
	return starts.subarray(0, count);
}

/**
 * The line starts of `text` from `from`, for any mix of LF, CRLF and CR ends. The text after the last line break is a
 * line too (empty when the text ends with a break), as in editors.
 */
function findStarts(text: string, from: number): Int32Array {
	let starts = firstRoom(text);
	starts[0] = from;
	let count = 1;
	for (let i = from; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || code === 13) {
			if (code === 13 && text.charCodeAt(i + 1) === 10) {
				i++;
			}
			if (count === starts.length) {
				starts = grow(starts);
			}
			starts[count++] = i + 1;
		}
	}
	return starts.subarray(0, count);
}

/** The first offset in `[start, end)` that is not white space (`end` when there is none). */
export function skipSpaces(text: string, start: number, end: number): number {
	while (start < end && isSpace(text.charCodeAt(start))) {
		start++;
	}
	return start;
}

/** The end of `[start, end)` with trailing white space removed. */
export function skipSpacesBack(text: string, start: number, end: number): number {
	while (end > start && isSpace(text.charCodeAt(end - 1))) {
		end--;
	}
	return end;
}

/** True for ASCII white space, no-break space and the ideographic (full-width) space. */
export function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 11 || code === 12;
}

/** Binary search: the 0-based line that contains `offset`. */
export function lineAt(starts: ArrayLike<number>, offset: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (starts[mid] <= offset) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return low;
}
