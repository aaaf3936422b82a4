/**
 * Reads author lines: `Wenjun DIAO ; Xiaobo CHEN`, `Diao W`, `Diao, Wenjun`, `Kaplan BS, Meyers KE`, CJK names. A line
 * is read in place by offsets (the outline reads one lead author per paper), and only the names returned are copied.
 */
import type { Author } from './model';
import { isAscii, isAsciiCapital, isInitials, isNameWord, isWhiteSpace, lastWordStart, skipWhiteSpace, skipWhiteSpaceBack } from './nameWords';
import { MAX_NAME_LENGTH, splitNameInto, type NameStyle } from './names';

export { formatShortName, splitName, titleCaseIfCapitals, type NameStyle } from './names';

/** `Anonymous` or `[No authorship indicated]` at `lastIndex` (sticky); it is the whole text when it ends at the end. */
const ANONYMOUS = /\[?(?:anonymous|no authorship indicated)\]?/iy;
const ANONYMOUS_LENGTH = { min: 'Anonymous'.length, max: '[No authorship indicated]'.length };
/** `;` or `；` between white space, searched from `lastIndex`. */
const SPACED_SEMICOLON = /\s[;；]\s/g;
const CAPITAL_FAMILY_END = /\s\p{Lu}{4,}$/u;
const INITIAL_END = /\s(?:\p{Lu}\.?|\p{Lu}\.\p{Lu}\.?)$/u;
const MAX_WORDS_LENGTH = 80;
const MAX_WORDS = 8;
const SEMICOLON = 0x3b;
const FULLWIDTH_SEMICOLON = 0xff1b;
const DOT = 0x2e;

/** True when `line` reads as an author list (used to tell an author line from a wrapped title). */
export function looksLikeAuthorLine(line: string): boolean {
	const start = skipWhiteSpace(line, 0, line.length);
	const end = skipWhiteSpaceBack(line, start, line.length);
	if (isAnonymous(line, start, end)) {
		return true;
	}
	if (hasSpacedSemicolon(line, start, end)) {
		// " ; " between short parts is how these databases join authors; titles do not look like that. Names with lost
		// accents (`Pet?j? T`), lowercase particles (`vom Brocke Jan`) or group names still count.
		return leadingPartsAreShort(line, start, end, 4);
	}
	const semicolon = findSemicolon(line, start, end);
	if (semicolon < end) {
		// A bare semicolon: the first two names decide (keeps the check cheap on long lists).
		return looksLikeName(line, start, semicolon) && looksLikeName(line, semicolon + 1, findSemicolon(line, semicolon + 1, end));
	}
	return mostPartsAreNames(line, start, end);
}

/** True when `line` has the ` ; ` separators of an author list whose parts are all names. */
export function hasAuthorSeparators(line: string): boolean {
	return findSemicolon(line, 0, line.length) < line.length && looksLikeAuthorLine(line);
}

/** The first author of `line`, without splitting every name (`countAuthors` says how many there are). */
export function readLeadAuthor(line: string, offset: number): Author | undefined {
	const end = findSemicolon(line, 0, line.length);
	const start = skipWhiteSpace(line, 0, end);
	const stop = skipWhiteSpaceBack(line, start, end);
	if (isAnonymous(line, start, stop)) {
		return undefined;
	}
	if (isVancouverList(line, 0, end)) {
		// `Kaplan BS, Meyers KE`: the first name ends at the first comma.
		return readAuthor(line, start, skipWhiteSpaceBack(line, start, line.indexOf(',', start)), offset, 'initials');
	}
	return stop > start ? readAuthor(line, start, stop, offset, styleOf(line, start, stop, 'auto')) : undefined;
}

/**
 * How many authors `line` lists, as {@link parseAuthors} would find, but counting `;` separators instead of reading
 * names when it has them: a blank or `Anonymous` first name does not count.
 */
export function countAuthors(line: string): number {
	const semicolon = findSemicolon(line, 0, line.length);
	const start = skipWhiteSpace(line, 0, semicolon);
	const end = skipWhiteSpaceBack(line, start, semicolon);
	const firstCounts = end > start && !isAnonymous(line, start, end);
	if (semicolon === line.length) {
		return !firstCounts ? 0 : isVancouverList(line, 0, line.length) ? countOf(line, 0, ',') + 1 : 1;
	}
	const count = 1 + countOf(line, semicolon, ';') + countOf(line, semicolon, '；');
	return firstCounts ? count : count - 1;
}

/**
 * Splits the author line `line` (at document offset `offset`) into authors with their spans. Pieces are found and
 * trimmed in place, so a line of a million empty names (` ; ; ; …`) costs no string per piece.
 */
export function parseAuthors(line: string, offset: number): Author[] {
	const start = skipWhiteSpace(line, 0, line.length);
	if (isAnonymous(line, start, skipWhiteSpaceBack(line, start, line.length))) {
		return [];
	}
	const separator = findSemicolon(line, 0, line.length) < line.length ? ';' : isVancouverList(line, 0, line.length) ? ',' : '';
	const style = separator === ',' ? 'initials' : lineStyle(line, separator);
	const authors: Author[] = [];
	for (let from = 0, end = 0; end < line.length; from = end + 1) {
		end = pieceEnd(line, from, separator);
		const name = skipWhiteSpace(line, from, end);
		const stop = skipWhiteSpaceBack(line, name, end);
		if (stop > name) {
			authors.push(readAuthor(line, name, stop, offset, style));
		}
	}
	return authors;
}

/** How the names of `line` are written, from all its names: one family in capitals decides, else trailing initials. */
function lineStyle(line: string, separator: Separator): NameStyle {
	let style: NameStyle = 'auto';
	for (let from = 0, end = 0; style !== 'capital-families' && end < line.length; from = end + 1) {
		end = pieceEnd(line, from, separator);
		const name = skipWhiteSpace(line, from, end);
		style = styleOf(line, name, skipWhiteSpaceBack(line, name, end), style);
	}
	return style;
}

/** The author printed at `line[start, end)`. */
function readAuthor(line: string, start: number, end: number, offset: number, style: NameStyle): Author {
	const raw = line.slice(start, end);
	return splitNameInto(raw, style, { raw, family: '', given: '', span: { start: offset + start, end: offset + end } });
}

/** What separates the names of a line: `;` (or `；`), `,`, or nothing (one name). */
type Separator = ';' | ',' | '';

/** The end of the piece of `line` that starts at `from`: the next `separator`, or the end of the line. */
function pieceEnd(line: string, from: number, separator: Separator): number {
	if (separator === ';') {
		return findSemicolon(line, from, line.length);
	}
	const at = separator ? line.indexOf(separator, from) : -1;
	return at < 0 ? line.length : at;
}

/** The first `;` or `；` of `[from, end)`, or `end`. */
function findSemicolon(line: string, from: number, end: number): number {
	for (let i = from; i < end; i++) {
		const code = line.charCodeAt(i);
		if (code === SEMICOLON || code === FULLWIDTH_SEMICOLON) {
			return i;
		}
	}
	return end;
}

/** How many times `character` occurs in `line` from `from` on. */
function countOf(line: string, from: number, character: string): number {
	let count = 0;
	for (let at = line.indexOf(character, from); at >= 0; at = line.indexOf(character, at + 1)) {
		count++;
	}
	return count;
}

/** True when `line[start, end)` is `Anonymous` or `No authorship indicated`, in brackets or not. */
function isAnonymous(line: string, start: number, end: number): boolean {
	const first = line.charCodeAt(start) | 0x20;
	if (end - start < ANONYMOUS_LENGTH.min || end - start > ANONYMOUS_LENGTH.max || (first !== 0x61 && first !== 0x6e && first !== 0x7b)) {
		// Not 9–25 characters starting with `a`, `n` or `[` (0x5b | 0x20): the pattern need not run.
		return false;
	}
	ANONYMOUS.lastIndex = start;
	return ANONYMOUS.test(line) && ANONYMOUS.lastIndex === end;
}

/** A `;` with white space on both sides, inside the trimmed `[start, end)` (only white space follows `end`). */
function hasSpacedSemicolon(line: string, start: number, end: number): boolean {
	SPACED_SEMICOLON.lastIndex = start;
	return SPACED_SEMICOLON.test(line) && SPACED_SEMICOLON.lastIndex <= end;
}

/** True when the first `count` `;`-separated parts of `[start, end)` are not blank and no longer than a name. */
function leadingPartsAreShort(line: string, start: number, end: number, count: number): boolean {
	let from = start;
	for (let k = 0; k < count && from <= end; k++) {
		const stop = findSemicolon(line, from, end);
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

/** `style` updated by the name at `line[start, end)`: a family in capitals decides; trailing initials say `initials`. */
function styleOf(line: string, start: number, end: number, style: NameStyle): NameStyle {
	// A "name" longer than any person's is no evidence of how the line writes names.
	if (style === 'capital-families' || end === start || end - start > MAX_NAME_LENGTH) {
		return style;
	}
	const last = lastWordStart(line, start, end);
	if (last < 0) {
		return style;
	}
	if (!isAscii(line, last, end)) {
		const ending = line.slice(last - 1, end);
		return CAPITAL_FAMILY_END.test(ending) ? 'capital-families' : INITIAL_END.test(ending) ? 'initials' : style;
	}
	if (end - last >= 4 && isCapitalsOnly(line, last, end)) {
		return 'capital-families';
	}
	return isInitialEnd(line, last, end) ? 'initials' : style;
}

function isCapitalsOnly(line: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		if (!isAsciiCapital(line.charCodeAt(i))) {
			return false;
		}
	}
	return true;
}

/** `W`, `W.`, `T.R` or `T.R.` (an ASCII word). */
function isInitialEnd(line: string, start: number, end: number): boolean {
	const length = end - start;
	if (length < 1 || length > 4 || !isAsciiCapital(line.charCodeAt(start))) {
		return false;
	}
	if (length <= 2) {
		return length === 1 || line.charCodeAt(start + 1) === DOT;
	}
	return line.charCodeAt(start + 1) === DOT && isAsciiCapital(line.charCodeAt(start + 2)) && (length === 3 || line.charCodeAt(start + 3) === DOT);
}

/** True when every comma-separated part of `[from, end)` ends with initials after another word (`Kaplan BS, Meyers KE`). */
function isVancouverList(line: string, from: number, end: number): boolean {
	let comma = line.indexOf(',', from);
	if (comma < 0 || comma >= end) {
		return false;
	}
	for (; ; comma = line.indexOf(',', from)) {
		const stop = comma < 0 || comma >= end ? end : comma;
		const partEnd = skipWhiteSpaceBack(line, from, stop);
		const last = lastWordStart(line, skipWhiteSpace(line, from, partEnd), partEnd);
		if (last < 0 || !isInitials(line, last, partEnd)) {
			return false;
		}
		if (stop === end) {
			return true;
		}
		from = stop + 1;
	}
}
