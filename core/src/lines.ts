/** Line bookkeeping: one linear pass over the text, any mix of LF, CRLF and CR line ends, a leading BOM skipped. */

/** Start and end (before the line break) offsets of every line. */
export interface LineTable {
	starts: Int32Array;
	ends: Int32Array;
}

/** Splits `text` into lines without copying it; a BOM is not part of the first line. */
export function splitLines(text: string): LineTable {
	const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const lfOnly = text.indexOf('\r') < 0;
	// Typed arrays of the exact size (one walk counts, a second records): growing plain arrays line by line cost more
	// than finding the lines.
	const count = walkLines(text, first, lfOnly);
	const table = { starts: new Int32Array(count), ends: new Int32Array(count) };
	walkLines(text, first, lfOnly, table);
	return table;
}

/**
 * Walks the lines of `text` from `from` (LF, CRLF or CR ends), recording each line's start and end in `table` when one
 * is given; returns the line count. The text after the last line break is a line too (empty when the text ends with a
 * break), as in editors.
 */
function walkLines(text: string, from: number, lfOnly: boolean, table?: LineTable): number {
	let line = 0;
	let start = from;
	if (lfOnly) {
		// Fast path for LF-only text: indexOf scans far faster than a character loop.
		for (let end = text.indexOf('\n', start); end >= 0; end = text.indexOf('\n', start)) {
			if (table) {
				table.starts[line] = start;
				table.ends[line] = end;
			}
			line++;
			start = end + 1;
		}
	} else {
		for (let i = start; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code === 10 || code === 13) {
				if (table) {
					table.starts[line] = start;
					table.ends[line] = i;
				}
				line++;
				if (code === 13 && text.charCodeAt(i + 1) === 10) {
					i++;
				}
				start = i + 1;
			}
		}
	}
	if (table) {
		table.starts[line] = start;
		table.ends[line] = text.length;
	}
	return line + 1;
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
