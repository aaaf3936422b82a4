/**
 * Tells an author line from other lines (a wrapped title, an abstract line): `Wenjun DIAO ; Xiaobo CHEN`, `Kaplan BS,
 * Meyers KE`, `Anonymous`, and the rarer group and dotted-initials lines. Also the piece helpers the readers share.
 */
import { isDottedRunLine } from './dottedRuns';
import { breaksOffMidPhrase, isGroupAuthorLine } from './groupNames';
import { isNameWord, isWhiteSpace, skipWhiteSpace, skipWhiteSpaceBack } from './nameWords';
import { MAX_NAME_LENGTH } from './names';

/** `Anonymous` or `[No authorship indicated]` at `lastIndex` (sticky); it is the whole text when it ends at the end. */
const ANONYMOUS = /\[?(?:anonymous|no authorship indicated)\]?/iy;
const ANONYMOUS_LENGTH = { min: 'Anonymous'.length, max: '[No authorship indicated]'.length };
const MAX_WORDS_LENGTH = 80;
const MAX_WORDS = 8;
const FULLWIDTH_SEMICOLON = 0xff1b;

/**
 * True when `line` reads as an author list (used to tell an author line from a wrapped title). `text[before, beforeEnd)`
 * is the line above it when known: after one that breaks off mid-phrase (`… of the`), only the usual shapes count.
 */
export function looksLikeAuthorLine(line: string, text = '', before = 0, beforeEnd = 0): boolean {
	const start = skipWhiteSpace(line, 0, line.length);
	const end = skipWhiteSpaceBack(line, start, line.length);
	if (readsAsNames(line, start, end)) {
		return true;
	}
	// The rarer shapes (a group, dotted initials without separators) are tried only on lines the usual ones reject.
	return (isGroupAuthorLine(line, start, end) || isDottedRunLine(line, start, end)) && !breaksOffMidPhrase(text, before, beforeEnd);
}

/** True when `line` has the ` ; ` separators of an author list whose parts are all names. */
export function hasAuthorSeparators(line: string): boolean {
	const start = skipWhiteSpace(line, 0, line.length);
	return findSemicolon(line, start, line.length) < line.length && readsAsNames(line, start, skipWhiteSpaceBack(line, start, line.length));
}

/** The usual author lines: `Anonymous`, names joined by ` ; ` or `;`, or mostly names joined by commas. */
function readsAsNames(line: string, start: number, end: number): boolean {
	if (isAnonymous(line, start, end)) {
		return true;
	}
	// Whether to look for `；` too: asked once for the line, not at each of its separators.
	const wide = line.indexOf('；', start) >= 0;
	if (hasSpacedSemicolon(line, start, end, wide)) {
		// " ; " between short parts is how these databases join authors; titles do not look like that. Names with lost
		// accents (`Pet?j? T`), lowercase particles (`vom Brocke Jan`) or group names still count.
		return leadingPartsAreShort(line, start, end, 4, wide);
	}
	const semicolon = findSemicolon(line, start, end, wide);
	if (semicolon < end) {
		// A bare semicolon: the first two names decide (keeps the check cheap on long lists).
		return looksLikeName(line, start, semicolon) && looksLikeName(line, semicolon + 1, findSemicolon(line, semicolon + 1, end, wide));
	}
	return mostPartsAreNames(line, start, end);
}

/** What separates the names of a line: `;` (or `；`), `,`, or nothing (one name). */
export type Separator = ';' | ',' | '';

/** The end of the piece of `line` that starts at `from`: the next `separator`, or the end of the line. */
export function pieceEnd(line: string, from: number, separator: Separator): number {
	if (separator === ';') {
		return findSemicolon(line, from, line.length);
	}
	const at = separator ? line.indexOf(separator, from) : -1;
	return at < 0 ? line.length : at;
}

/**
 * The first `;` or `；` of `[from, end)`, or `end`. The `;` is searched with `indexOf` (faster than reading each
 * character), so `line` must be a line, not a whole document: the search may run past `end` to the line's end. The
 * `；` is looked for only before that `;`, character by character (a search to the line's end at every separator of a
 * long line without one would take time growing with the square of its length), and only when `wide`: pass false when
 * the line is known to hold no `；` (most lines).
 */
export function findSemicolon(line: string, from: number, end: number, wide = true): number {
	const ascii = line.indexOf(';', from);
	const stop = ascii < 0 || ascii > end ? end : ascii;
	for (let i = from; wide && i < stop; i++) {
		if (line.charCodeAt(i) === FULLWIDTH_SEMICOLON) {
			return i;
		}
	}
	return stop;
}

/** How many times `character` occurs in `line` from `from` on. */
export function countOf(line: string, from: number, character: string): number {
	let count = 0;
	for (let at = line.indexOf(character, from); at >= 0; at = line.indexOf(character, at + 1)) {
		count++;
	}
	return count;
}

/** True when `line[start, end)` is `Anonymous` or `No authorship indicated`, in brackets or not. */
export function isAnonymous(line: string, start: number, end: number): boolean {
	const first = line.charCodeAt(start) | 0x20;
	if (end - start < ANONYMOUS_LENGTH.min || end - start > ANONYMOUS_LENGTH.max || (first !== 0x61 && first !== 0x6e && first !== 0x7b)) {
		// Not 9–25 characters starting with `a`, `n` or `[` (0x5b | 0x20): the pattern need not run.
		return false;
	}
	ANONYMOUS.lastIndex = start;
	return ANONYMOUS.test(line) && ANONYMOUS.lastIndex === end;
}

/** A `;` (or `；`) with white space on both sides, inside the trimmed `[start, end)` (only white space follows `end`). */
function hasSpacedSemicolon(line: string, start: number, end: number, wide: boolean): boolean {
	for (let at = findSemicolon(line, start + 1, end - 1, wide); at < end - 1; at = findSemicolon(line, at + 1, end - 1, wide)) {
		if (isWhiteSpace(line.charCodeAt(at - 1)) && isWhiteSpace(line.charCodeAt(at + 1))) {
			return true;
		}
	}
	return false;
}

/** True when the first `count` `;`-separated parts of `[start, end)` are not blank and no longer than a name. */
function leadingPartsAreShort(line: string, start: number, end: number, count: number, wide: boolean): boolean {
	let from = start;
	for (let k = 0; k < count && from <= end; k++) {
		const stop = findSemicolon(line, from, end, wide);
		if (skipWhiteSpace(line, from, stop) === stop || stop - from > MAX_NAME_LENGTH) {
			return false;
		}
		from = stop + 1;
	}
	return true;
}

/** The comma-separated check of {@link looksLikeAuthorLine}: at least 80% of the parts are names. */
function mostPartsAreNames(line: string, start: number, end: number): boolean {
	const parts = countOf(line, start, ',') + 1;
	let named = parts;
	for (let from = start; ; from++) {
		const stop = Math.min(pieceEnd(line, from, ','), end);
		if (!looksLikeName(line, from, stop) && --named < parts * 0.8) {
			return false;
		}
		if (stop === end) {
			return named > 0;
		}
		from = stop;
	}
}

/** True when the trimmed `[start, end)` is a few name words (`Diao W`, `van der Berg`, `张三`). */
function looksLikeName(line: string, start: number, end: number): boolean {
	start = skipWhiteSpace(line, start, end);
	end = skipWhiteSpaceBack(line, start, end);
	if (end === start || end - start > MAX_WORDS_LENGTH) {
		return false;
	}
	let words = 0;
	for (let from = start; from < end; from = skipWhiteSpace(line, from, end)) {
		let stop = from;
		while (stop < end && !isWhiteSpace(line.charCodeAt(stop))) {
			stop++;
		}
		if (++words > MAX_WORDS || !isNameWord(line, from, stop)) {
			return false;
		}
		from = stop;
	}
	return true;
}
