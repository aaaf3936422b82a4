/**
 * The short name of an author line's first author (`Diao W`), as outlines and hovers show it for every paper. The two
 * shapes that fill most dumps, `Given FAMILY` and `Family I`, are read straight from the character codes; any other
 * line goes through the full reading ({@link readLeadAuthor}, then {@link formatShortName}), which gives the same text.
 */
import { readLeadAuthor } from './authors';
import { isGroupOnlyWord, isOpeningGroupWord } from './groupNames';
import { isAsciiCapital, isAsciiLowercase, lowerAscii } from './characters';
import { hasVowel, isSuffix } from './nameWords';
import { formatShortName, MAX_NAME_LENGTH, type NameOrder } from './names';

const SPACE = 0x20;
const SEMICOLON = 0x3b;
const FULLWIDTH_SEMICOLON = 0xff1b;

/**
 * The first author's short name in the author line `text[start, end)` (the whole of `text` by default): `Diao W`,
 * `Li W`, `Kaplan BS`; `''` when it names nobody. Read in place, so a caller holding the document need not slice it.
 * `dump.nameOrder` (the dump's name order, {@link findNameOrder}) is read only when the two common shapes, which show
 * their own order, do not fit: a dump that finds it lazily does not vote for those.
 */
export function readLeadShortName(text: string, start = 0, end = text.length, dump?: { readonly nameOrder: NameOrder }): string {
	return readCommonLeadShortName(text, start, end) ?? fullLeadShortName(start === 0 && end === text.length ? text : text.slice(start, end), dump?.nameOrder);
}

function fullLeadShortName(line: string, order: NameOrder | undefined): string {
	const lead = readLeadAuthor(line, 0, order);
	return lead ? formatShortName(lead) : '';
}

/**
 * The short name when the first name (up to the first `;`) of `text[start, end)` is two ASCII words, `Given FAMILY`
 * or `Family INITIALS` (`Wenjun DIAO`, `Diao W`, `Wei LI`), with no comma before it; undefined for any other line. The
 * result is what the full reading gives: a family in capitals is title-cased and the given name shortened to its
 * initial, except that a second word of one letter, or of two or three capitals without a vowel, reads as initials
 * after the family.
 */
function readCommonLeadShortName(text: string, start: number, end: number): string | undefined {
	let i = start;
	while (i < end && text.charCodeAt(i) === SPACE) {
		i++;
	}
	const first = i;
	if (i >= end || !isAsciiCapital(text.charCodeAt(i++))) {
		return undefined;
	}
	while (i < end && isAsciiLowercase(text.charCodeAt(i))) {
		i++;
	}
	const firstEnd = i;
	if (firstEnd - first < 2 || i >= end || text.charCodeAt(i++) !== SPACE) {
		return undefined;
	}
	const second = i;
	while (i < end && isAsciiCapital(text.charCodeAt(i))) {
		i++;
	}
	const secondEnd = i;
	while (i < end && text.charCodeAt(i) === SPACE) {
		i++;
	}
	const next = text.charCodeAt(i);
	if (secondEnd === second || (i < end && next !== SEMICOLON && next !== FULLWIDTH_SEMICOLON) || secondEnd - first > MAX_NAME_LENGTH
		// A group word can only be the first word (the second, in capitals, holds none: `Group ABC`).
		|| isSuffix(text, first, firstEnd) || isSuffix(text, second, secondEnd) || isOpeningGroupWord(text, first, firstEnd)
		// What isGroupName would find in these two words, asked of each (the outline asks it of every paper).
		|| isGroupOnlyWord(text, first, firstEnd) || isGroupOnlyWord(text, second, secondEnd)) {
		return undefined;
	}
	const length = secondEnd - second;
	if (length === 1 || (length <= 3 && !hasVowel(text, second, secondEnd))) {
		return text.slice(first, secondEnd);
	}
	return familyAndInitial(text, second, secondEnd, first);
}

/**
 * `Cao Y`: the family `text[start, end)` (two or more ASCII capitals) title-cased, a space and the initial at
 * `initial`. Made by one `String.fromCharCode` for families of up to six letters (built piece by piece, every piece
 * is a string of its own: twice the time, for a name every paper of the outline shows).
 */
function familyAndInitial(text: string, start: number, end: number, initial: number): string {
	const first = text.charCodeAt(start);
	const last = text.charCodeAt(initial);
	switch (end - start) {
		case 2:
			return String.fromCharCode(first, lowerAt(text, start + 1), SPACE, last);
		case 3:
			return String.fromCharCode(first, lowerAt(text, start + 1), lowerAt(text, start + 2), SPACE, last);
		case 4:
			return String.fromCharCode(first, lowerAt(text, start + 1), lowerAt(text, start + 2), lowerAt(text, start + 3), SPACE, last);
		case 5:
			return String.fromCharCode(first, lowerAt(text, start + 1), lowerAt(text, start + 2), lowerAt(text, start + 3), lowerAt(text, start + 4), SPACE, last);
		case 6:
			return String.fromCharCode(first, lowerAt(text, start + 1), lowerAt(text, start + 2), lowerAt(text, start + 3), lowerAt(text, start + 4), lowerAt(text, start + 5), SPACE, last);
		default:
			return `${text[start]}${lowerAscii(text, start + 1, end)} ${text[initial]}`;
	}
}

/** The ASCII capital at `at`, lowered. */
function lowerAt(text: string, at: number): number {
	return text.charCodeAt(at) | 0x20;
}
