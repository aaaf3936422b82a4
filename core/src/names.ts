/**
 * One printed name: its family and given parts (`Wenjun DIAO`, `Diao W`, `Diao, Wenjun`), title case for families in
 * capitals and the short form `Diao W`. Words are found as offsets and only the results are copied out.
 */
import { isGroupName } from './groupNames';
import type { Author } from './model';
import { isAsciiCapital } from './characters';
import { hasCode, hasVowel, isAscii, isCapitalsWord, isInitials, isLeadingFamilyPrefix, isParticle, isSaintPrefix, isSuffix, isWhiteSpace, skipWhiteSpace, skipWhiteSpaceBack } from './nameWords';

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN = /\p{Script=Latin}/u;
const LOWERCASE_AFTER_BREAK = /(^|[-'’\s])(\p{Ll})/gu;
/** Longer than any person's name. */
export const MAX_NAME_LENGTH = 120;
/** The shortest word that makes a name a group's (`Team`): a shorter name is not tested for one. */
const MIN_GROUP_WORD = 4;
/** Particles that open a family even when capitalised (`Van Der Meulen`, `De la Vega`, `Da Silva`). */
const CAPITAL_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'da', 'di', 'dos', 'das', 'ten', 'ter', 'vom', 'zu', 'zur']);
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const SPACE = 0x20;

/** How the names of one line are written, when the line tells: families in capitals, or trailing initials. */
export type NameStyle = 'auto' | 'capital-families' | 'initials';

/**
 * The order in which a dump writes names in full, which no single name shows (`Melville Nigel`): `given-first` (the
 * default), `family-first` (`Kraemer Kenneth L.`: the family is the first word), or `family-initials` (family first,
 * but given names as initials, so `Garcia Marquez G` has a two-word family). {@link findNameOrder} votes on a dump's names.
 */
export type NameOrder = 'given-first' | 'family-first' | 'family-initials';

/** The family and given name fields that {@link splitNameInto} fills. */
export interface NameParts {
	family: string;
	given: string;
}

/**
 * Family and given names of one printed name; `style` is what the rest of its line shows about name order, `order`
 * what the whole dump shows.
 */
export function splitName(raw: string, style: NameStyle = 'auto', order: NameOrder = 'given-first'): { family: string; given: string } {
	return splitNameInto(raw, style, { family: '', given: '' }, order);
}

/**
 * Start and end offsets of the words of the name being split, as `raw.split(/\s+/u)` finds them (an empty first or last
 * word when the name starts or ends with white space), without suffixes. One buffer serves every name: a name is split
 * to the end before the next one starts, and none is longer than `MAX_NAME_LENGTH`.
 */
const words = new Int32Array(2 * (MAX_NAME_LENGTH + 2));

/** {@link splitName}, writing the names into `into` (an author object made whole at once, so no copy is made). */
export function splitNameInto<T extends NameParts>(raw: string, style: NameStyle, into: T, order: NameOrder = 'given-first'): T {
	if (raw.length > MAX_NAME_LENGTH) {
		// Longer than any person's name: a group or garbled line, kept whole rather than split word by word.
		return named(into, raw, '');
	}
	if (!isAscii(raw, 0, raw.length) && CJK.test(raw) && !LATIN.test(raw)) {
		return named(into, raw, '');
	}
	if (raw.length >= MIN_GROUP_WORD && isGroupName(raw, 0, raw.length)) {
		// A group (`Advisory Group for National Specialised Services`, `ASCUS-LSIL Triage Study`): kept whole as the
		// family, not split into names.
		return named(into, sliceTrimmed(raw, 0, raw.length), '');
	}
	const comma = raw.indexOf(',');
	if (comma > 0) {
		return named(into, titleCaseIfCapitals(sliceTrimmed(raw, 0, comma)), sliceTrimmed(raw, comma + 1, raw.length));
	}
	const count = findWords(raw);
	if (count < 2) {
		return named(into, titleCaseIfCapitals(count === 0 ? raw : raw.slice(words[0], words[1])), '');
	}
	const capitalFamilies = style === 'capital-families';
	let firstInitial = count;
	while (firstInitial > 1 && isInitials(raw, words[2 * firstInitial - 2], words[2 * firstInitial - 1]) && (!capitalFamilies || wordLength(firstInitial - 1) === 1)) {
		firstInitial--;
	}
	const trailingInitials = !capitalFamilies && firstInitial < count && (style === 'initials' || readsAsInitials(raw, firstInitial, count));
	// `Kraemer Kenneth L.` in a dump of full names written family first: the family is the first word, not the first two.
	const fullFamilyFirst = order === 'family-first' && firstInitial >= 2;
	if (trailingInitials && !fullFamilyFirst) {
		return named(into, joinWords(raw, 0, firstInitial), joinWords(raw, firstInitial, count));
	}
	let familyStart = count;
	while (!trailingInitials && familyStart > 1 && wordLength(familyStart - 1) > 1 && isCapitalsWord(raw, words[2 * familyStart - 2], words[2 * familyStart - 1])) {
		familyStart--;
	}
	if (familyStart < count) {
		return named(into, titleCaseWords(raw, familyStart, count), joinWords(raw, 0, familyStart));
	}
	if (order !== 'given-first' && !capitalFamilies) {
		// `Melville Nigel`, `Dellinger E. Patchen`, `DIAO Wenjun`, `van der Berg Jan` in a dump that writes families first.
		const familyEnd = findLeadingFamilyEnd(raw, count, trailingInitials);
		if (familyEnd < count) {
			return named(into, isCapitalsWord(raw, words[0], words[2 * familyEnd - 1]) ? titleCaseWords(raw, 0, familyEnd) : joinWords(raw, 0, familyEnd), joinWords(raw, familyEnd, count));
		}
	}
	let particleStart = count - 1;
	while (particleStart > 1 && (isParticle(raw, words[2 * particleStart - 2], words[2 * particleStart - 1]) || isSaintPrefix(raw, words[2 * particleStart - 2], words[2 * particleStart - 1]))) {
		particleStart--;
	}
	return named(into, joinWords(raw, particleStart, count), joinWords(raw, 0, particleStart));
}

function named<T extends NameParts>(into: T, family: string, given: string): T {
	into.family = family;
	into.given = given;
	return into;
}

function sliceTrimmed(raw: string, start: number, end: number): string {
	start = skipWhiteSpace(raw, start, end);
	return raw.slice(start, skipWhiteSpaceBack(raw, start, end));
}

/** Fills `words` with the words of `raw` that are not suffixes; returns how many there are. */
function findWords(raw: string): number {
	let count = 0;
	for (let start = 0; ;) {
		let end = start;
		while (end < raw.length && !isWhiteSpace(raw.charCodeAt(end))) {
			end++;
		}
		if (!isSuffix(raw, start, end)) {
			words[2 * count] = start;
			words[2 * count + 1] = end;
			count++;
		}
		if (end === raw.length) {
			return count;
		}
		start = skipWhiteSpace(raw, end, raw.length);
	}
}

/**
 * Where the family of a family-first name ends, in words: particles before it (`van der Berg`, `De la Vega`), its
 * word, and particles joining it to more (`Rodriguez de Cordoba`).
 */
function findLeadingFamilyEnd(raw: string, count: number, trailingInitials: boolean): number {
	let k = 0;
	while (k + 2 < count && isFamilyParticle(raw, k, trailingInitials)) {
		k++;
	}
	k++;
	while (k + 2 < count && (trailingInitials ? isParticle(raw, words[2 * k], words[2 * k + 1]) : isLowercaseParticle(raw, k)) && !isInitials(raw, words[2 * k + 2], words[2 * k + 3])) {
		k += 2;
	}
	return k;
}

/**
 * A particle that opens a family (`van`, `de`, `Van`, `Del`, `St`, `San`). Capitalised, `Le`, `La`, `Du`, `El` are
 * families of their own too (`Le Minh Hoang`), so they open one only before a name's initials (`Le Quintrec M`,
 * `El Sawy Omar A.`).
 */
function isFamilyParticle(raw: string, k: number, beforeInitials: boolean): boolean {
	const start = words[2 * k];
	const end = words[2 * k + 1];
	if (isLeadingFamilyPrefix(raw, start, end)) {
		return true;
	}
	return isParticle(raw, start, end) && (beforeInitials || isLowercaseStart(raw, k) || CAPITAL_PARTICLES.has(raw.slice(start, end).toLowerCase()));
}

function isLowercaseParticle(raw: string, k: number): boolean {
	return isLowercaseStart(raw, k) && isParticle(raw, words[2 * k], words[2 * k + 1]);
}

function isLowercaseStart(raw: string, k: number): boolean {
	const code = raw.charCodeAt(words[2 * k]);
	return code >= 0x61 && code <= 0x7a;
}

function wordLength(k: number): number {
	return words[2 * k + 1] - words[2 * k];
}

/** True when trailing words `[from, to)` are initials rather than given names: one letter, a dot, or no vowel. */
function readsAsInitials(raw: string, from: number, to: number): boolean {
	let vowels = false;
	for (let k = from; k < to; k++) {
		const start = words[2 * k];
		const end = words[2 * k + 1];
		if (end - start === 1 || hasCode(raw, start, end, DOT)) {
			return true;
		}
		vowels ||= hasVowel(raw, start, end);
	}
	return !vowels;
}


/** Words `[from, to)` joined by single spaces: a slice of `raw` when they are printed that way already. */
function joinWords(raw: string, from: number, to: number): string {
	if (from >= to) {
		return '';
	}
	let joined = true;
	for (let k = from + 1; k < to && joined; k++) {
		joined = words[2 * k] === words[2 * k - 1] + 1 && raw.charCodeAt(words[2 * k - 1]) === SPACE;
	}
	if (joined) {
		return raw.slice(words[2 * from], words[2 * to - 1]);
	}
	let text = raw.slice(words[2 * from], words[2 * from + 1]);
	for (let k = from + 1; k < to; k++) {
		text += ' ' + raw.slice(words[2 * k], words[2 * k + 1]);
	}
	return text;
}

/** Words `[from, to)`, all in capitals, title-cased and joined by single spaces. */
function titleCaseWords(raw: string, from: number, to: number): string {
	let text = titleCaseCapitals(raw, words[2 * from], words[2 * from + 1]);
	for (let k = from + 1; k < to; k++) {
		text += ' ' + titleCaseCapitals(raw, words[2 * k], words[2 * k + 1]);
	}
	return text;
}

/** `DIAO` → `Diao`, `JIN-HO` → `Jin-Ho`, `O'BRIEN` → `O'Brien`; mixed-case words are left alone. */
export function titleCaseIfCapitals(word: string): string {
	return word.length < 2 || !isCapitalsWord(word, 0, word.length) ? word : titleCaseCapitals(word, 0, word.length);
}

/** The word in capitals at `text[start, end)`, title-cased; an ASCII word is copied in pieces, without a pattern. */
function titleCaseCapitals(text: string, start: number, end: number): string {
	if (!isAscii(text, start, end)) {
		return text.slice(start, end).toLowerCase().replace(LOWERCASE_AFTER_BREAK, capitalizeAfterBreak);
	}
	let title = text[start];
	let from = start + 1;
	for (let i = start + 1; i < end; i++) {
		const previous = text.charCodeAt(i - 1);
		if ((previous === HYPHEN || previous === APOSTROPHE) && isAsciiCapital(text.charCodeAt(i))) {
			title += text.slice(from, i).toLowerCase() + text[i];
			from = i + 1;
		}
	}
	return title + text.slice(from, end).toLowerCase();
}

function capitalizeAfterBreak(_match: string, lead: string, letter: string): string {
	return lead + letter.toUpperCase();
}

/** Vancouver-style short name: `Diao W`, `van der Berg JH`; a CJK name as printed. */
export function formatShortName(author: Pick<Author, 'family' | 'given'>): string {
	const given = author.given;
	let initials = '';
	for (let start = skipInitialBreaks(given, 0); start < given.length; start = skipInitialBreaks(given, start)) {
		let end = start;
		while (end < given.length && !isInitialBreak(given.charCodeAt(end))) {
			end++;
		}
		initials += isInitials(given, start, end) ? given.slice(start, end) : given[start].toUpperCase();
		start = end;
	}
	return initials ? `${author.family} ${initials}` : author.family;
}

/** White space, `.` and `-`, which separate the parts of a given name in {@link formatShortName}. */
function isInitialBreak(code: number): boolean {
	return code === DOT || code === HYPHEN || isWhiteSpace(code);
}

function skipInitialBreaks(given: string, from: number): number {
	while (from < given.length && isInitialBreak(given.charCodeAt(from))) {
		from++;
	}
	return from;
}
