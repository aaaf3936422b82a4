/**
 * Runs of names written with dotted initials and no separators (`Berman S. Suyenobu B. Naliboff B. D.`, `Smith J. W.
 * 2nd`): told apart from titles, and split one person at a time. Read in place by character codes; only the rare
 * non-ASCII word is copied for a Unicode pattern.
 */
import { isAsciiCapital, isAsciiLowercase } from './characters';
import { isSuffix, isWhiteSpace, skipWhiteSpace, skipWhiteSpaceBack } from './nameWords';

const UNICODE_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;
const UNICODE_CAPITAL = /^\p{Lu}$/u;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const COMMA = 0x2c;
const DOT = 0x2e;
const SEMICOLON = 0x3b;
const FULLWIDTH_SEMICOLON = 0xff1b;

/** What a word of a dotted run is: a name word, a dotted initial (`J.`), a suffix (`Jr`, `2nd`), or none of them. */
const RunWord = { Other: 0, Name: 1, Initial: 2, Suffix: 3 } as const;
type RunWord = (typeof RunWord)[keyof typeof RunWord];

/**
 * True when the trimmed `[start, end)` is a run of names written with dotted initials and no separators, one family
 * word each (`Berman S. Suyenobu B. Naliboff B. D.`): what {@link runPersonEnd} splits. `Mohammad Hasan A. Qurban H.`
 * (a full given name, or a family of two words) is not split: one person is the likelier reading.
 */
export function isDottedRun(text: string, start: number, end: number): boolean {
	return dottedRunInitials(text, start, end, true) >= 2;
}

/**
 * True when every `;`-separated part of the trimmed `[start, end)` is made of name words, initials `J.` and suffixes
 * only, a name first and an initial or suffix last, with at least two initials in all (`Smith J. W. 2nd`).
 */
export function isDottedRunLine(line: string, start: number, end: number): boolean {
	let initials = 0;
	for (let from = start; from <= end; from++) {
		let stop = from;
		while (stop < end && line.charCodeAt(stop) !== SEMICOLON && line.charCodeAt(stop) !== FULLWIDTH_SEMICOLON) {
			stop++;
		}
		const count = dottedRunInitials(line, skipWhiteSpace(line, from, stop), skipWhiteSpaceBack(line, from, stop), false);
		if (count < 0) {
			return false;
		}
		initials += count;
		from = stop;
	}
	return initials >= 2;
}

/**
 * True when the trimmed `[start, end)` has a dotted initial followed by a word that is not one (`S. Suyenobu`,
 * `W. 2nd`): the cheap test a name passes before {@link isDottedRun} is asked, and without which it is one person.
 */
export function mayBeRun(text: string, start: number, end: number): boolean {
	for (let i = start + 1; i < end - 1; i++) {
		if (text.charCodeAt(i) === DOT && breaksAt(text, start, i, end)) {
			return true;
		}
	}
	return false;
}

/** {@link mayBeRun} for some name of `line`, jumping from dot to dot: when false, no name of the line is a run. */
export function lineMayHoldRun(line: string): boolean {
	for (let dot = line.indexOf('.', 1); dot >= 0; dot = line.indexOf('.', dot + 1)) {
		if (breaksAt(line, 0, dot, line.length)) {
			return true;
		}
	}
	return false;
}

/** True when the dot at `dot` ends an initial (`S.`) and the next word of `[start, end)` is not an initial nor a separator. */
function breaksAt(text: string, start: number, dot: number, end: number): boolean {
	if (dot + 1 >= end || !isWhiteSpace(text.charCodeAt(dot + 1)) || (dot - 1 > start && !isWhiteSpace(text.charCodeAt(dot - 2)))) {
		return false;
	}
	const next = skipWhiteSpace(text, dot + 1, end);
	const code = text.charCodeAt(next);
	return next < end && code !== SEMICOLON && code !== FULLWIDTH_SEMICOLON && code !== COMMA && (next + 1 >= end || text.charCodeAt(next + 1) !== DOT);
}

/** How many people the trimmed name `[start, end)` lists: one per name word after an initial or suffix in a dotted run, else 1. */
export function runPersons(text: string, start: number, end: number): number {
	if (!isDottedRun(text, start, end)) {
		return 1;
	}
	let persons = 0;
	for (let from = start; from < end; from = skipWhiteSpace(text, from, end)) {
		from = runPersonEnd(text, from, end);
		persons++;
	}
	return persons;
}

/** The end of the person starting at `from` in the dotted run `[from, end)`: before the next name word that follows an initial or suffix. */
export function runPersonEnd(text: string, from: number, end: number): number {
	let afterInitial = false;
	let wordEnd = from;
	for (let wordStart = from; wordStart < end; wordStart = skipWhiteSpace(text, wordEnd, end)) {
		const stop = wordStop(text, wordStart, end);
		const kind = runWord(text, wordStart, stop);
		if (kind === RunWord.Name && afterInitial) {
			return wordEnd;
		}
		afterInitial = kind !== RunWord.Name;
		wordEnd = stop;
	}
	return end;
}

/**
 * The dotted initials of the trimmed `[start, end)` when its words make a run (names, initials and suffixes, a name
 * first, an initial or suffix last; with `singleNames`, no two names in a row), else -1.
 */
function dottedRunInitials(text: string, start: number, end: number, singleNames: boolean): number {
	let initials = 0;
	let kind: RunWord = RunWord.Other;
	for (let from = start; from < end; from = skipWhiteSpace(text, from, end)) {
		const stop = wordStop(text, from, end);
		const previous = kind;
		kind = runWord(text, from, stop);
		if (kind === RunWord.Other || (from === start ? kind !== RunWord.Name : singleNames && kind === RunWord.Name && previous === RunWord.Name)) {
			return -1;
		}
		initials += kind === RunWord.Initial ? 1 : 0;
		from = stop;
	}
	return kind === RunWord.Initial || kind === RunWord.Suffix ? initials : -1;
}

function wordStop(text: string, from: number, end: number): number {
	let stop = from;
	while (stop < end && !isWhiteSpace(text.charCodeAt(stop))) {
		stop++;
	}
	return stop;
}

function runWord(text: string, start: number, end: number): RunWord {
	const first = text.charCodeAt(start);
	if (end - start === 2 && text.charCodeAt(start + 1) === DOT) {
		return isAsciiCapital(first) || (first >= 0x80 && UNICODE_CAPITAL.test(text[start])) ? RunWord.Initial : RunWord.Other;
	}
	if (isSuffix(text, start, end)) {
		return RunWord.Suffix;
	}
	if (end - start < 2) {
		return RunWord.Other;
	}
	if (!isAsciiCapital(first)) {
		return first >= 0x80 && UNICODE_NAME_WORD.test(text.slice(start, end)) ? RunWord.Name : RunWord.Other;
	}
	for (let i = start + 1; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x80) {
			return UNICODE_NAME_WORD.test(text.slice(start, end)) ? RunWord.Name : RunWord.Other;
		}
		if (!isAsciiCapital(code) && !isAsciiLowercase(code) && code !== APOSTROPHE && code !== HYPHEN) {
			return RunWord.Other;
		}
	}
	return RunWord.Name;
}
