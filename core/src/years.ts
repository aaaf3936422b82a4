/** Finding the year of a source line: four digits 1500–2099 standing alone, by hand in one line or by pattern ahead. */
import { isAsciiDigit, isAsciiLetter } from './characters';

/**
 * Four digits that could be a year 1500–2099 (whether they stand alone is checked in code). Fixed length, so the
 * pattern engine skips ahead over letters rather than testing each character.
 */
const YEAR_DIGITS = /(?:1[5-9]|20)\d\d/g;

/** The next year (1500–2099) at or after `from` in the line `text[start, end)` that stands alone, or -1. */
export function findYear(text: string, start: number, end: number, from: number): number {
	for (let i = from; i + 4 <= end; i++) {
		const c0 = text.charCodeAt(i);
		if ((c0 === 49 || c0 === 50) && isYearAt(text, start, end, i)) {
			return i;
		}
	}
	return -1;
}

/** True when a year 1500–2099 starts at `i` in the line `text[start, end)`, not inside a longer number or word. */
function isYearAt(text: string, start: number, end: number, i: number): boolean {
	const c0 = text.charCodeAt(i);
	const c1 = text.charCodeAt(i + 1);
	const century = c0 === 49 ? c1 >= 53 && c1 <= 57 : c0 === 50 && c1 === 48;
	return century && i + 4 <= end && isAsciiDigit(text.charCodeAt(i + 2)) && isAsciiDigit(text.charCodeAt(i + 3))
		&& (i === start || !isWordChar(text.charCodeAt(i - 1))) && (i + 4 === end || !isAsciiDigit(text.charCodeAt(i + 4)));
}

function isWordChar(code: number): boolean {
	return isAsciiDigit(code) || isAsciiLetter(code) || code > 0x7f;
}

/**
 * Finds the first year of lines of one text asked in text order, as a parse asks of the lines after each numbered
 * line. One pattern search runs ahead to the next four digits that could be a year and is remembered, so an author
 * line (no digits) costs nothing more than the search that also finds the source line's year below it, and the text
 * is searched about once in all. A line behind the remembered search is read by hand, as without it.
 */
export class YearSearch {
	/** The last search ran from `#from` and found its digits at `#found` (-1: none to the end of the text). */
	#from = -1;
	#found = -1;

	constructor(private readonly text: string) {}

	/** The first year of the line `text[start, end)` that stands alone, or -1: what {@link findYear} gives from `start`. */
	firstYear(start: number, end: number): number {
		if (start < this.#from) {
			return findYear(this.text, start, end, start);
		}
		if (this.#from < 0 || (this.#found >= 0 && this.#found < start)) {
			YEAR_DIGITS.lastIndex = start;
			this.#from = start;
			this.#found = YEAR_DIGITS.test(this.text) ? YEAR_DIGITS.lastIndex - 4 : -1;
		}
		const digits = this.#found;
		if (digits < 0 || digits + 4 > end) {
			return -1;
		}
		return isYearAt(this.text, start, end, digits) ? digits : findYear(this.text, start, end, digits + 1);
	}
}
