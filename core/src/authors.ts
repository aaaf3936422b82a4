/**
 * Reads author lines: `Wenjun DIAO ; Xiaobo CHEN`, `Diao W`, `Diao, Wenjun`, `Kaplan BS, Meyers KE`, CJK names. A line
 * is read in place by offsets (the outline reads one lead author per paper), and only the names returned are copied.
 */
import { countOf, findSemicolon, isAnonymous, pieceEnd, type Separator } from './authorLines';
import { isDottedRun, lineMayHoldRun, mayBeRun, runPersonEnd, runPersons } from './dottedRuns';
import type { Author } from './model';
import { isAsciiCapital } from './characters';
import { isAscii, isInitials, lastWordStart, skipWhiteSpace, skipWhiteSpaceBack } from './nameWords';
import { MAX_NAME_LENGTH, splitNameInto, type NameOrder, type NameStyle } from './names';

export { hasAuthorSeparators, looksLikeAuthorLine } from './authorLines';
export { formatShortName, splitName, titleCaseIfCapitals, type NameOrder, type NameStyle } from './names';

const CAPITAL_FAMILY_END = /\s\p{Lu}{4,}$/u;
const INITIAL_END = /\s(?:\p{Lu}\.?|\p{Lu}\.\p{Lu}\.?)$/u;
const DOT = 0x2e;

/**
 * The first author of `line`, without splitting every name (`countAuthors` says how many there are); `order`: how the
 * dump writes full names ({@link findNameOrder}).
 */
export function readLeadAuthor(line: string, offset: number, order: NameOrder = 'given-first'): Author | undefined {
	const end = findSemicolon(line, 0, line.length);
	const start = skipWhiteSpace(line, 0, end);
	const stop = skipWhiteSpaceBack(line, start, end);
	if (isAnonymous(line, start, stop)) {
		return undefined;
	}
	const vancouver = isVancouverList(line, 0, end);
	// `Kaplan BS, Meyers KE`: the first name ends at the first comma.
	const last = vancouver ? skipWhiteSpaceBack(line, start, line.indexOf(',', start)) : stop;
	if (last === start && !vancouver) {
		return undefined;
	}
	// `Berman S. Suyenobu B.`: the first name of a dotted run is the lead author.
	const dot = line.indexOf('.', start);
	const lead = dot >= 0 && dot < last && mayBeRun(line, start, last) && isDottedRun(line, start, last) ? runPersonEnd(line, start, last) : last;
	return readAuthor(line, start, lead, offset, vancouver ? 'initials' : styleOf(line, start, stop, 'auto'), order);
}

/**
 * How many authors `line` lists, as {@link parseAuthors} would find, but counting `;` separators instead of reading
 * names when it has them (a dotted run adds its names): a blank or `Anonymous` first name does not count.
 */
export function countAuthors(line: string): number {
	const wide = line.indexOf('；') >= 0;
	const semicolon = findSemicolon(line, 0, line.length, wide);
	const start = skipWhiteSpace(line, 0, semicolon);
	const end = skipWhiteSpaceBack(line, start, semicolon);
	const firstCounts = end > start && !isAnonymous(line, start, end);
	if (semicolon === line.length) {
		if (!firstCounts) {
			return 0;
		}
		return isVancouverList(line, 0, line.length) ? countOf(line, 0, ',') + 1 + extraRunPersons(line, ',') : 1 + extraRunPersons(line, '');
	}
	const count = 1 + countOf(line, semicolon, ';') + (wide ? countOf(line, semicolon, '；') : 0) + extraRunPersons(line, ';');
	return firstCounts ? count : count - 1;
}

/** The people that dotted runs (`Berman S. Suyenobu B.`) add to the pieces of `line`: one fewer than each lists. */
function extraRunPersons(line: string, separator: Separator): number {
	if (!lineMayHoldRun(line)) {
		return 0;
	}
	let extra = 0;
	for (let from = 0, end = 0; end < line.length; from = end + 1) {
		end = pieceEnd(line, from, separator);
		const name = skipWhiteSpace(line, from, end);
		const stop = skipWhiteSpaceBack(line, name, end);
		if (mayBeRun(line, name, stop)) {
			extra += runPersons(line, name, stop) - 1;
		}
	}
	return extra;
}

/**
 * Splits the author line `line` (at document offset `offset`) into authors with their spans; `order`: how the dump writes
 * full names ({@link findNameOrder}). Pieces are found and trimmed in place, so a line of a million empty names
 * (` ; ; ; …`) costs no string per piece.
 */
export function parseAuthors(line: string, offset: number, order: NameOrder = 'given-first'): Author[] {
	const start = skipWhiteSpace(line, 0, line.length);
	if (isAnonymous(line, start, skipWhiteSpaceBack(line, start, line.length))) {
		return [];
	}
	const separator = separatorOf(line);
	const style = separator === ',' ? 'initials' : lineStyle(line, separator);
	// A dotted run (`Berman S. Suyenobu B.`) reads as one author per name; most lines cannot hold one.
	const dotted = lineMayHoldRun(line);
	const authors: Author[] = [];
	for (let from = 0, end = 0; end < line.length; from = end + 1) {
		end = pieceEnd(line, from, separator);
		const name = skipWhiteSpace(line, from, end);
		const stop = skipWhiteSpaceBack(line, name, end);
		if (dotted && stop > name && mayBeRun(line, name, stop) && isDottedRun(line, name, stop)) {
			for (let person = name; person < stop; person = skipWhiteSpace(line, person, stop)) {
				const personEnd = runPersonEnd(line, person, stop);
				authors.push(readAuthor(line, person, personEnd, offset, style, order));
				person = personEnd;
			}
		} else if (stop > name) {
			authors.push(readAuthor(line, name, stop, offset, style, order));
		}
	}
	return authors;
}

/** What separates the names of `line`: `;`, the commas of a Vancouver list (`Kaplan BS, Meyers KE`), or nothing. */
export function separatorOf(line: string): Separator {
	return findSemicolon(line, 0, line.length) < line.length ? ';' : isVancouverList(line, 0, line.length) ? ',' : '';
}

/** How the names of `line` are written, from all its names: one family in capitals decides, else trailing initials. */
export function lineStyle(line: string, separator: Separator): NameStyle {
	let style: NameStyle = 'auto';
	for (let from = 0, end = 0; style !== 'capital-families' && end < line.length; from = end + 1) {
		end = pieceEnd(line, from, separator);
		const name = skipWhiteSpace(line, from, end);
		style = styleOf(line, name, skipWhiteSpaceBack(line, name, end), style);
	}
	return style;
}

/** The author printed at `line[start, end)`. */
function readAuthor(line: string, start: number, end: number, offset: number, style: NameStyle, order: NameOrder): Author {
	const raw = line.slice(start, end);
	return splitNameInto(raw, style, { raw, family: '', given: '', span: { start: offset + start, end: offset + end } }, order);
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
