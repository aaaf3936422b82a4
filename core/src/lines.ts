/** Line bookkeeping: one linear pass over the text, any mix of LF, CRLF and CR line ends, a leading BOM skipped. */

/** Start and end (before the line break) offsets of every line. */
export interface LineTable {
	starts: Int32Array;
	ends: Int32Array;
}

/** Splits `text` into lines without copying it; a BOM is not part of the first line. */
export function splitLines(text: string): LineTable {
	const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	// Typed arrays of the exact size: growing plain arrays line by line cost more than finding the lines.
	const lfOnly = text.indexOf('\r') < 0;
	const lineCount = countLineBreaks(text, first, lfOnly) + 1;
	const starts = new Int32Array(lineCount);
	const ends = new Int32Array(lineCount);
	let start = first;
	let line = 0;
	if (lfOnly) {
		// Fast path for LF-only text: indexOf scans far faster than a character loop.
		for (let end = text.indexOf('\n', start); end >= 0; end = text.indexOf('\n', start)) {
			starts[line] = start;
			ends[line++] = end;
			start = end + 1;
		}
	} else {
		for (let i = start; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code === 10 || code === 13) {
				starts[line] = start;
				ends[line++] = i;
				if (code === 13 && text.charCodeAt(i + 1) === 10) {
					i++;
				}
				start = i + 1;
			}
		}
	}
	// The text after the last line break is a line too (empty when the text ends with a break), as in editors.
	starts[line] = start;
	ends[line] = text.length;
	return { starts, ends };
}

/** How many line breaks (LF, CRLF or CR, each counted once) `text` has from `from`. */
function countLineBreaks(text: string, from: number, lfOnly: boolean): number {
	let count = 0;
	if (lfOnly) {
		for (let at = text.indexOf('\n', from); at >= 0; at = text.indexOf('\n', at + 1)) {
			count++;
		}
		return count;
	}
	for (let i = from; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 13 || code === 10) {
			count++;
			if (code === 13 && text.charCodeAt(i + 1) === 10) {
				i++;
			}
		}
	}
	return count;
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
