/**
 * The short name of an author line's first author (`Diao W`), as outlines and hovers show it for every paper. The two
 * shapes that fill most dumps, `Given FAMILY` and `Family I`, are read straight from the character codes; any other
 * line goes through the full reading ({@link readLeadAuthor}, then {@link formatShortName}), which gives the same text.
 */
import { readLeadAuthor } from './authors';
import { hasGroupWord } from './groupNames';
import { isAsciiCapital, isAsciiLowercase } from './characters';
import { hasVowel, isSuffix } from './nameWords';
import { formatShortName, MAX_NAME_LENGTH } from './names';

const SPACE = 0x20;
const SEMICOLON = 0x3b;
const FULLWIDTH_SEMICOLON = 0xff1b;

/** The first author's short name in the author line `line` (`Diao W`, `Li W`, `Kaplan BS`); `''` when it names nobody. */
export function readLeadShortName(line: string): string {
	return readCommonLeadShortName(line) ?? fullLeadShortName(line);
}

function fullLeadShortName(line: string): string {
	const lead = readLeadAuthor(line, 0);
	return lead ? formatShortName(lead) : '';
}

/**
 * The short name when the first name (up to the first `;`) is two ASCII words, `Given FAMILY` or `Family INITIALS`
 * (`Wenjun DIAO`, `Diao W`, `Wei LI`), with no comma before it; undefined for any other line. The result is what the
 * full reading gives: a family in capitals is title-cased and the given name shortened to its initial, except that
 * a second word of one letter, or of two or three capitals without a vowel, reads as initials after the family.
 */
function readCommonLeadShortName(line: string): string | undefined {
	let i = 0;
	while (i < line.length && line.charCodeAt(i) === SPACE) {
		i++;
	}
	const first = i;
	if (!isAsciiCapital(line.charCodeAt(i++))) {
		return undefined;
	}
	while (i < line.length && isAsciiLowercase(line.charCodeAt(i))) {
		i++;
	}
	const firstEnd = i;
	if (firstEnd - first < 2 || line.charCodeAt(i++) !== SPACE) {
		return undefined;
	}
	const second = i;
	while (i < line.length && isAsciiCapital(line.charCodeAt(i))) {
		i++;
	}
	const secondEnd = i;
	while (i < line.length && line.charCodeAt(i) === SPACE) {
		i++;
	}
	const next = line.charCodeAt(i);
	if (secondEnd === second || (i < line.length && next !== SEMICOLON && next !== FULLWIDTH_SEMICOLON) || secondEnd - first > MAX_NAME_LENGTH
		|| isSuffix(line, first, firstEnd) || isSuffix(line, second, secondEnd) || hasGroupWord(line, first, secondEnd)) {
		return undefined;
	}
	const length = secondEnd - second;
	if (length === 1 || (length <= 3 && !hasVowel(line, second, secondEnd))) {
		return line.slice(first, secondEnd);
	}
	return `${line[second]}${line.slice(second + 1, secondEnd).toLowerCase()} ${line[first]}`;
}
