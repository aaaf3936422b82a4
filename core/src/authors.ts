/** Reads author lines: `Wenjun DIAO ; Xiaobo CHEN`, `Diao W`, `Diao, Wenjun`, `Kaplan BS, Meyers KE`, CJK names. */
import type { Author } from './model';

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN = /\p{Script=Latin}/u;
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]*$/u;
const INITIALS = /^(?:\p{Lu}{1,3}|(?:\p{Lu}\.-?){1,3})$/u;
const VOWEL = /[AEIOUY]/;
const NAME_TOKEN = /^[\p{Lu}\p{Lt}?\uFFFD][\p{L}\p{M}'’.?\uFFFD-]*,?$/u;
const CJK_TOKEN = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}·・]+,?$/u;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'dos', 'das', 'la', 'le', 'el', 'al', 'bin', 'ibn', 'y', 'ten', 'ter', 'vom', 'zu', 'zur', 'et', 'al.', 'and']);
const SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);
const ANONYMOUS = /^\[?(?:anonymous|no authorship indicated)\]?$/i;
const SEMICOLON = /[;；]/;
const SPACED_SEMICOLON = /\s[;；]\s/;
const MAX_NAME_LENGTH = 120;

/** True when `line` reads as an author list (used to tell an author line from a wrapped title). */
export function looksLikeAuthorLine(line: string): boolean {
	const trimmed = line.trim();
	if (ANONYMOUS.test(trimmed)) {
		return true;
	}
	if (SPACED_SEMICOLON.test(trimmed)) {
		// " ; " between short parts is how these databases join authors; titles do not look like that. Names with lost
		// accents (`Pet?j? T`), lowercase particles (`vom Brocke Jan`) or group names still count.
		return trimmed.split(SEMICOLON, 4).every((part) => part.trim().length > 0 && part.length <= MAX_NAME_LENGTH);
	}
	if (SEMICOLON.test(trimmed)) {
		// A bare semicolon: the first two names decide (keeps the check cheap on long lists).
		const parts = trimmed.split(SEMICOLON, 3).slice(0, 2);
		return parts.every((part) => looksLikeName(part.trim()));
	}
	const parts = trimmed.split(',');
	const named = parts.filter((part) => looksLikeName(part.trim())).length;
	return named > 0 && named >= parts.length * 0.8;
}

/** True when `line` has the ` ; ` separators of an author list whose parts are all names. */
export function hasAuthorSeparators(line: string): boolean {
	return SEMICOLON.test(line) && looksLikeAuthorLine(line);
}

function looksLikeName(part: string): boolean {
	if (!part || part.length > 80) {
		return false;
	}
	const tokens = part.split(/\s+/u);
	return tokens.length <= 8 && tokens.every((token) => NAME_TOKEN.test(token) || CJK_TOKEN.test(token) || PARTICLES.has(token.toLowerCase()));
}

/** The first author of `line`, without splitting every name (`countAuthors` says how many there are). */
export function readLeadAuthor(line: string, offset: number): Author | undefined {
	const semicolon = line.search(SEMICOLON);
	return parseAuthors(semicolon < 0 ? line : line.slice(0, semicolon), offset)[0];
}

/**
 * How many authors `line` lists, as {@link parseAuthors} would find, but counting `;` separators instead of reading
 * names when it has them: a blank or `Anonymous` first name does not count.
 */
export function countAuthors(line: string): number {
	const semicolon = line.search(SEMICOLON);
	if (semicolon < 0) {
		return parseAuthors(line, 0).length;
	}
	let count = 1;
	for (let i = semicolon; i < line.length; i++) {
		if (line[i] === ';' || line[i] === '；') {
			count++;
		}
	}
	const first = line.slice(0, semicolon).trim();
	return first && !ANONYMOUS.test(first) ? count : count - 1;
}

/**
 * Splits the author line `line` (at document offset `offset`) into authors with their spans. Pieces are found and
 * trimmed in place, so a line of a million empty names (` ; ; ; …`) costs no string per piece.
 */
export function parseAuthors(line: string, offset: number): Author[] {
	if (ANONYMOUS.test(line.trim())) {
		return [];
	}
	const bySemicolon = SEMICOLON.test(line);
	const byComma = !bySemicolon && isVancouverList(line);
	const bounds: number[] = [];
	for (let from = 0; ;) {
		const end = bySemicolon ? findSemicolon(line, from) : byComma ? indexOrEnd(line, ',', from) : line.length;
		let start = from;
		let stop = end;
		while (start < stop && isTrimmedSpace(line.charCodeAt(start))) {
			start++;
		}
		while (stop > start && isTrimmedSpace(line.charCodeAt(stop - 1))) {
			stop--;
		}
		if (stop > start) {
			bounds.push(start, stop);
		}
		if (end >= line.length) {
			break;
		}
		from = end + 1;
	}
	const names: string[] = [];
	for (let k = 0; k < bounds.length; k += 2) {
		names.push(line.slice(bounds[k], bounds[k + 1]));
	}
	const style = byComma ? 'initials' : guessStyle(names);
	return names.map((raw, k) => ({ raw, ...splitName(raw, style), span: { start: offset + bounds[2 * k], end: offset + bounds[2 * k + 1] } }));
}

function findSemicolon(line: string, from: number): number {
	for (let i = from; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code === 0x3b || code === 0xff1b) {
			return i;
		}
	}
	return line.length;
}

function indexOrEnd(line: string, separator: string, from: number): number {
	const at = line.indexOf(separator, from);
	return at < 0 ? line.length : at;
}

/** The white space `String.prototype.trim` removes. */
function isTrimmedSpace(code: number): boolean {
	return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
		|| code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const CAPITAL_FAMILY_END = /\s\p{Lu}{4,}$/u;
const INITIAL_END = /\s(?:\p{Lu}\.?|\p{Lu}\.\p{Lu}\.?)$/u;

/** How a line writes its names: `Given FAMILY` (WPRIM), `Family INITIALS` (Vancouver), or unknown. */
function guessStyle(names: string[]): NameStyle {
	// A "name" longer than any person's is no evidence of how the line writes names.
	const people = names.filter((name) => name.length <= MAX_NAME_LENGTH);
	if (people.some((name) => CAPITAL_FAMILY_END.test(name))) {
		return 'capital-families';
	}
	return people.some((name) => INITIAL_END.test(name)) ? 'initials' : 'auto';
}

function isVancouverList(line: string): boolean {
	const parts = line.split(',');
	return parts.length > 1 && parts.every((part) => {
		const tokens = part.trim().split(/\s+/u);
		return tokens.length >= 2 && INITIALS.test(tokens[tokens.length - 1]);
	});
}

/** How the names of one line are written, when the line tells: families in capitals, or trailing initials. */
export type NameStyle = 'auto' | 'capital-families' | 'initials';

/** Family and given names of one printed name; `style` is what the rest of its line shows about name order. */
export function splitName(raw: string, style: NameStyle = 'auto'): { family: string; given: string } {
	const capitalFamilies = style === 'capital-families';
	if (raw.length > MAX_NAME_LENGTH) {
		// Longer than any person's name: a group or garbled line, kept whole rather than split word by word.
		return { family: raw, given: '' };
	}
	if (CJK.test(raw) && !LATIN.test(raw)) {
		return { family: raw, given: '' };
	}
	const comma = raw.indexOf(',');
	if (comma > 0) {
		return { family: titleCaseIfCapitals(raw.slice(0, comma).trim()), given: raw.slice(comma + 1).trim() };
	}
	const tokens = raw.split(/\s+/u).filter((token) => !SUFFIXES.has(token));
	if (tokens.length < 2) {
		return { family: titleCaseIfCapitals(tokens[0] ?? raw), given: '' };
	}
	let firstInitial = tokens.length;
	while (firstInitial > 1 && INITIALS.test(tokens[firstInitial - 1]) && (!capitalFamilies || tokens[firstInitial - 1].length === 1)) {
		firstInitial--;
	}
	const trailing = tokens.slice(firstInitial);
	const initialsRead = trailing.length > 0 && (style === 'initials' || trailing.some((token) => token.length === 1 || token.includes('.')) || !trailing.some((token) => VOWEL.test(token)));
	if (initialsRead && !capitalFamilies) {
		return { family: tokens.slice(0, firstInitial).join(' '), given: trailing.join(' ') };
	}
	let familyStart = tokens.length;
	while (familyStart > 1 && CAPITALS_WORD.test(tokens[familyStart - 1]) && tokens[familyStart - 1].length > 1) {
		familyStart--;
	}
	if (familyStart < tokens.length) {
		return { family: tokens.slice(familyStart).map(titleCaseIfCapitals).join(' '), given: tokens.slice(0, familyStart).join(' ') };
	}
	let particleStart = tokens.length - 1;
	while (particleStart > 1 && PARTICLES.has(tokens[particleStart - 1].toLowerCase())) {
		particleStart--;
	}
	return { family: tokens.slice(particleStart).join(' '), given: tokens.slice(0, particleStart).join(' ') };
}

/** `DIAO` → `Diao`, `JIN-HO` → `Jin-Ho`, `O'BRIEN` → `O'Brien`; mixed-case words are left alone. */
export function titleCaseIfCapitals(word: string): string {
	if (!CAPITALS_WORD.test(word) || word.length < 2) {
		return word;
	}
	return word.toLowerCase().replace(/(^|[-'’\s])(\p{Ll})/gu, (_match, lead: string, letter: string) => lead + letter.toUpperCase());
}

/** Vancouver-style short name: `Diao W`, `van der Berg JH`; a CJK name as printed. */
export function formatShortName(author: Pick<Author, 'family' | 'given'>): string {
	const initials = author.given.split(/[\s.-]+/u).filter(Boolean).map((part) => INITIALS.test(part) ? part : part[0].toUpperCase()).join('');
	return initials ? `${author.family} ${initials}` : author.family;
}
