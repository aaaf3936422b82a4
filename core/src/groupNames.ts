/**
 * Group authors: `Advisory Group for National Specialised Services`, `-FUTURE-II-Study-Group`, `Group ASCUS-LSIL
 * Traige Study (ALTS)`. A group word is found by character codes, so a name costs no string to test.
 */
import { isAsciiDigit, isAsciiLetter, isAsciiLowercase } from './characters';
import { isWhiteSpace, skipWhiteSpace, skipWhiteSpaceBack } from './nameWords';

/** Group words, capitalised; `Force` and `Party` count only after `Task` and `Working`. */
const GROUP_WORDS = [
	'Group', 'Groups', 'Committee', 'Consortium', 'Collaborators', 'Collaboration', 'Collaborative', 'Society', 'Association', 'Investigators',
	'Network', 'Trialists', 'Council', 'Panel', 'Force', 'Party', 'Organization', 'Organisation', 'Institute', 'Foundation', 'Agency',
	'Federation', 'Alliance', 'Commission', 'Ministry', 'Academy', 'College',
];
/** Words that, inside one name of an author list, make it a group's name in any case (lowercase here). */
const GROUP_ONLY_WORDS = ['study', 'studies', 'trial', 'trials', 'team', 'group', 'groups'];
const SHORTEST_GROUP_ONLY = 'team'.length;
const LONGEST_GROUP_ONLY = 'studies'.length;
/** Group words that are also common nouns of titles (`Social Network`, `Team Collaboration`): they never open a group line. */
const COMMON_NOUNS = new Set([
	'Collaboration', 'Collaborative', 'Society', 'Association', 'Network', 'Council', 'Panel', 'Organization', 'Organisation', 'Institute',
	'Foundation', 'Agency', 'Federation', 'Alliance', 'Commission', 'Ministry', 'Academy', 'College',
]);
/** Entry `c - 0x40` has bit `n` set when a group word of length `n` starts with capital `c`. */
const GROUP_LENGTHS = GROUP_WORDS.reduce((lengths, word) => {
	lengths[word.charCodeAt(0) - 0x40] |= 1 << word.length;
	return lengths;
}, new Int32Array(32));
/** Lowercase words a group name may hold after its group word (`Advisory Group for …`); any other makes it prose. */
const GROUP_LINKS = new Set(['of', 'for', 'on', 'the', 'and', 'in', 'to', 'at', 'de', 'du', 'des', 'la', 'le', 'et', 'y', 'und', 'für']);
/** Words a title line does not end with unless it goes on: `… of the`, `… in patients with`. */
const DANGLING = new Set(['a', 'an', 'the', 'of', 'for', 'on', 'in', 'to', 'by', 'from', 'with', 'and', 'or', 'at', 'as', 'into', 'versus', 'vs', 'among', 'between', 'after', 'before', 'during', 'through', 'than', 'via', 'without', 'within', 'under', 'over', 'per', 'its', 'their', 'our', 'this', 'that', 'these', 'is', 'are']);
/** Prose marks: a colon, comma, question or quotation mark, or a spaced dash (`Network Effects - A Study`). */
const PROSE_MARK = /[:,?"“”]|\s-\s/;
/** `of`, `for` or `on` right after a group word (`Group on Renal Transplantation`), at `lastIndex` (sticky). */
const LINK_AFTER = /\s+(?:of|for|on)\s/y;
const LOWERCASE_START = /^\p{Ll}/u;
const MAX_GROUP_LINE = 150;
const LONGEST_DANGLING = 'without'.length;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** True when `[start, end)` holds a capitalised group word as a whole word (`Group`, `Committee`, `Task Force`, …). */
export function hasGroupWord(text: string, start: number, end: number): boolean {
	return nextGroupWord(text, start, start, end) >= 0;
}

/**
 * True when the word `text[start, end)`, a capital and lowercase letters that open a name, is a group word: what
 * {@link hasGroupWord} finds in a name of such a word and a word of capitals (`Group ABC`), asked of the one word.
 */
export function isOpeningGroupWord(text: string, start: number, end: number): boolean {
	const code = text.charCodeAt(start);
	return code >= 0x41 && code <= 0x5a && ((GROUP_LENGTHS[code - 0x40] >> (end - start)) & 1) !== 0 && isGroupWord(text, start, start, end);
}

/**
 * True when one name of an author list, `[start, end)`, names a group: it holds a group word, or a word no person's
 * name holds, in any case: `ASCUS-LSIL Triage Study`, `Team CHAP Trial`, `group NTCC study`. Only for a name the list's
 * separators set apart: on a line of its own such a word is no sign of authors (`the Framingham Heart Study`).
 */
export function isGroupName(text: string, start: number, end: number): boolean {
	if (hasGroupWord(text, start, end)) {
		return true;
	}
	for (let i = start; i < end;) {
		while (i < end && !isAsciiLetter(text.charCodeAt(i))) {
			i++;
		}
		const wordStart = i;
		while (i < end && isAsciiLetter(text.charCodeAt(i))) {
			i++;
		}
		if ((wordStart === start || !isWordCode(text.charCodeAt(wordStart - 1))) && (i === end || !isWordCode(text.charCodeAt(i))) && isGroupOnlyWord(text, wordStart, i)) {
			return true;
		}
	}
	return false;
}

/** True when the word `text[start, end)` is one no person's name holds (`Study`, `trial`, `TEAM`, …), in any case. */
export function isGroupOnlyWord(text: string, start: number, end: number): boolean {
	// Every one of these words has 4–7 letters and starts with `s`, `t` or `g`: most words are ruled out here.
	const first = text.charCodeAt(start) | 0x20;
	return end - start >= SHORTEST_GROUP_ONLY && end - start <= LONGEST_GROUP_ONLY && (first === 0x73 || first === 0x74 || first === 0x67) && isListedGroupOnlyWord(text, start, end);
}

/** {@link isGroupOnlyWord} past its quick test: the word compared with each listed one. */
function isListedGroupOnlyWord(text: string, start: number, end: number): boolean {
	for (let k = 0; k < GROUP_ONLY_WORDS.length; k++) {
		const word = GROUP_ONLY_WORDS[k];
		if (word.length !== end - start) {
			continue;
		}
		let i = 0;
		while (i < word.length && (text.charCodeAt(start + i) | 0x20) === word.charCodeAt(i)) {
			i++;
		}
		if (i === word.length) {
			return true;
		}
	}
	return false;
}

/**
 * True when the trimmed `[start, end)` reads as a group author line: not too long, no prose marks, not ending like a
 * sentence; a group word that opens the line (`Group ASCUS …`), ends it (`… Study Group (ALTS)`) or is followed by
 * `of`, `for` or `on`; no lowercase word but linking ones (`for`, `on`, …), and none before the first group word.
 */
export function isGroupAuthorLine(line: string, start: number, end: number): boolean {
	const last = line.charCodeAt(end - 1);
	if (end === start || end - start > MAX_GROUP_LINE || last === 0x2e || last === 0x3f || last === 0x21) {
		return false;
	}
	const first = nextGroupWord(line, start, start, end);
	if (first < 0 || PROSE_MARK.test(line.slice(start, end)) || !bracketsMatch(line, start, end)) {
		return false;
	}
	for (let from = start; from < end; from = skipWhiteSpace(line, from, end)) {
		let stop = from;
		while (stop < end && !isWhiteSpace(line.charCodeAt(stop))) {
			stop++;
		}
		const code = line.charCodeAt(from);
		const lowercase = code < 0x80 ? isAsciiLowercase(code) : LOWERCASE_START.test(line.slice(from, stop));
		if (lowercase && (from < first || !GROUP_LINKS.has(line.slice(from, stop)))) {
			return false;
		}
		from = stop;
	}
	return hasGroupWordInPlace(line, first, start, end);
}

/** True when the line `text[start, end)` breaks off mid-phrase (`… of the`, `… and`, `… -`), so the next line goes on with it. */
export function breaksOffMidPhrase(text: string, start: number, end: number): boolean {
	end = skipWhiteSpaceBack(text, start, end);
	const last = text.charCodeAt(end - 1);
	if (end === start || last === HYPHEN || last === 0x3a || last === 0x2c || last === 0x28 || last === 0x2f || last === 0x26) {
		return end > start;
	}
	let word = end;
	while (word > start && end - word <= LONGEST_DANGLING && !isWhiteSpace(text.charCodeAt(word - 1))) {
		word--;
	}
	return end - word <= LONGEST_DANGLING && DANGLING.has(text.slice(word, end).toLowerCase());
}

/** True when a group word from `first` on opens the line (not a common noun), ends it before any `(…)`, or has `of`/`for`/`on` after it. */
function hasGroupWordInPlace(line: string, first: number, start: number, end: number): boolean {
	const close = line.charCodeAt(end - 1);
	const open = close === 0x29 ? line.lastIndexOf('(', end) : close === 0x5d ? line.lastIndexOf('[', end) : -1;
	const coreEnd = open > start ? skipWhiteSpaceBack(line, start, open) : end;
	for (let at = first; at >= 0; at = nextGroupWord(line, at + 1, start, end)) {
		const stop = wordEnd(line, at, end);
		if (stop === coreEnd || (at === start && !COMMON_NOUNS.has(line.slice(at, stop)))) {
			return true;
		}
		LINK_AFTER.lastIndex = stop;
		if (LINK_AFTER.test(line)) {
			return true;
		}
	}
	return false;
}

/** True when the brackets of `[start, end)` pair up: a `)` or `]` with no opening one is the tail of a wrapped title. */
function bracketsMatch(text: string, start: number, end: number): boolean {
	let round = 0;
	let square = 0;
	for (let i = start; i < end && round >= 0 && square >= 0; i++) {
		const code = text.charCodeAt(i);
		round += code === 0x28 ? 1 : code === 0x29 ? -1 : 0;
		square += code === 0x5b ? 1 : code === 0x5d ? -1 : 0;
	}
	return round === 0 && square === 0;
}

/** The start of the first group word of `[from, end)` (a word may begin at `start`), or -1. */
function nextGroupWord(text: string, from: number, start: number, end: number): number {
	for (let i = from; i < end; i++) {
		const code = text.charCodeAt(i);
		// Most characters are lowercase letters inside a word; a group word starts with a capital after a word break.
		if (code > 0x5a || code < 0x41 || GROUP_LENGTHS[code - 0x40] === 0 || (i > start && isWordCode(text.charCodeAt(i - 1)))) {
			continue;
		}
		const stop = wordEnd(text, i, end);
		if (((GROUP_LENGTHS[code - 0x40] >> (stop - i)) & 1) !== 0 && (stop === end || !isWordCode(text.charCodeAt(stop))) && isGroupWord(text, start, i, stop)) {
			return i;
		}
		i = stop - 1;
	}
	return -1;
}

/** The end of the capitalised word at `at`: its capital and the lowercase ASCII letters after it. */
function wordEnd(text: string, at: number, end: number): number {
	let stop = at + 1;
	while (stop < end && isAsciiLowercase(text.charCodeAt(stop))) {
		stop++;
	}
	return stop;
}

/** The group word at `[at, stop)` (`Force` and `Party` only after `Task` and `Working`). */
function isGroupWord(text: string, start: number, at: number, stop: number): boolean {
	for (let k = 0; k < GROUP_WORDS.length; k++) {
		const word = GROUP_WORDS[k];
		if (word.length === stop - at && text.startsWith(word, at)) {
			return word === 'Force' ? follows(text, start, at, 'Task') : word === 'Party' ? follows(text, start, at, 'Working') : true;
		}
	}
	return false;
}

/** True when the whole word `word` and one space or hyphen come just before `at`. */
function follows(text: string, start: number, at: number, word: string): boolean {
	const from = at - 1 - word.length;
	const gap = text.charCodeAt(at - 1);
	return from >= start && (gap === HYPHEN || isWhiteSpace(gap)) && text.startsWith(word, from) && (from === start || !isWordCode(text.charCodeAt(from - 1)));
}

/** Letters, digits, and any non-ASCII character but white space and `’`: what a whole word is made of. */
function isWordCode(code: number): boolean {
	return isAsciiLetter(code) || isAsciiDigit(code) || (code >= 0x80 && !isWhiteSpace(code) && code !== RIGHT_QUOTE);
}
