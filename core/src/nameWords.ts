/**
 * Tests on one word of a printed name, read in place as `text[start, end)`: an ASCII word is checked by its character
 * codes without a string, any other word by the Unicode pattern on a copy, so both give the pattern's answer.
 */
import { isAsciiCapital, isAsciiLetter } from './characters';

const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]*$/u;
const INITIALS = /^(?:\p{Lu}{1,3}|(?:\p{Lu}\.-?){1,3})$/u;
const NAME_TOKEN = /^[\p{Lu}\p{Lt}?\uFFFD][\p{L}\p{M}'’.?\uFFFD-]*,?$/u;
const CJK_TOKEN = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}·・]+,?$/u;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'dos', 'das', 'la', 'le', 'el', 'al', 'bin', 'ibn', 'y', 'ten', 'ter', 'vom', 'zu', 'zur', 'et', 'al.', 'and']);
const LONGEST_PARTICLE = 5;
const SUFFIXES = ['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV', '2nd', '3rd'];
/** Most words are longer than any suffix and are ruled out by length alone. */
const SHORTEST_SUFFIX = Math.min(...SUFFIXES.map((suffix) => suffix.length));
const LONGEST_SUFFIX = Math.max(...SUFFIXES.map((suffix) => suffix.length));
/** `SUFFIX_STARTS[c]` is 1 when a suffix starts with the ASCII character `c`: most words are ruled out by it. */
const SUFFIX_STARTS = SUFFIXES.reduce((starts, suffix) => {
	starts[suffix.charCodeAt(0)] = 1;
	return starts;
}, new Uint8Array(128));
const APOSTROPHE = 0x27;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const QUESTION_MARK = 0x3f;

/** The white space of `String.prototype.trim` and of `\s`. */
export function isWhiteSpace(code: number): boolean {
	return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
		|| code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The first offset of `[start, end)` that is not white space (`end` when there is none). */
export function skipWhiteSpace(text: string, start: number, end: number): number {
	while (start < end && isWhiteSpace(text.charCodeAt(start))) {
		start++;
	}
	return start;
}

/** `end` moved back over the white space that ends `[start, end)`. */
export function skipWhiteSpaceBack(text: string, start: number, end: number): number {
	while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) {
		end--;
	}
	return end;
}

/** The start of the last word of `[start, end)` (just after its last white space), or -1 when it has no white space. */
export function lastWordStart(text: string, start: number, end: number): number {
	for (let i = end; i > start; i--) {
		if (isWhiteSpace(text.charCodeAt(i - 1))) {
			return i;
		}
	}
	return -1;
}

/** True when `[start, end)` holds only ASCII characters. */
export function isAscii(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		if (text.charCodeAt(i) >= 0x80) {
			return false;
		}
	}
	return true;
}

/** True when `[start, end)` contains the UTF-16 code `code`. */
export function hasCode(text: string, start: number, end: number, code: number): boolean {
	for (let i = start; i < end; i++) {
		if (text.charCodeAt(i) === code) {
			return true;
		}
	}
	return false;
}

/** Initials such as `W`, `JH`, `T.`, `K.-L.` (up to three letters). */
export function isInitials(text: string, start: number, end: number): boolean {
	if (!isAscii(text, start, end)) {
		return INITIALS.test(text.slice(start, end));
	}
	if (end - start <= 3 && end > start && allCapitals(text, start, end)) {
		return true;
	}
	let letters = 0;
	for (let i = start; i < end; letters++) {
		if (letters === 3 || !isAsciiCapital(text.charCodeAt(i)) || text.charCodeAt(i + 1) !== DOT || i + 1 >= end) {
			return false;
		}
		i += text.charCodeAt(i + 2) === HYPHEN && i + 2 < end ? 3 : 2;
	}
	return letters > 0;
}

function allCapitals(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		if (!isAsciiCapital(text.charCodeAt(i))) {
			return false;
		}
	}
	return true;
}

/** A word in capitals, such as `DIAO`, `PARK-LEE` or `O'BRIEN`. */
export function isCapitalsWord(text: string, start: number, end: number): boolean {
	if (!isAscii(text, start, end)) {
		return CAPITALS_WORD.test(text.slice(start, end));
	}
	if (end === start || !isAsciiCapital(text.charCodeAt(start))) {
		return false;
	}
	for (let i = start + 1; i < end; i++) {
		const code = text.charCodeAt(i);
		if (!isAsciiCapital(code) && code !== APOSTROPHE && code !== HYPHEN) {
			return false;
		}
	}
	return true;
}

/** A word that can be part of a name: capitalised (`Diao`, `?eng`), in CJK script, or a particle (`van`, `de`). */
export function isNameWord(text: string, start: number, end: number): boolean {
	if (!isAscii(text, start, end)) {
		const word = text.slice(start, end);
		return NAME_TOKEN.test(word) || CJK_TOKEN.test(word) || PARTICLES.has(word.toLowerCase());
	}
	return isAsciiNameToken(text, start, end) || isParticle(text, start, end);
}

function isAsciiNameToken(text: string, start: number, end: number): boolean {
	const first = text.charCodeAt(start);
	if (end === start || (!isAsciiCapital(first) && first !== QUESTION_MARK)) {
		return false;
	}
	for (let i = start + 1; i < end; i++) {
		const code = text.charCodeAt(i);
		const allowed = isAsciiLetter(code) || code === APOSTROPHE || code === DOT || code === QUESTION_MARK || code === HYPHEN;
		if (!allowed && !(code === COMMA && i === end - 1)) {
			return false;
		}
	}
	return true;
}

/** `St`, `Ste`, `Saint`: they open a family (`St John`, `St. Peter`, `Saint-Pierre` aside) and are no given name. */
const SAINT_PREFIXES = new Set(['st', 'st.', 'ste', 'ste.', 'saint', 'sainte']);
/** `San`, `Santa`, `Santo`, `São`: they open a Spanish, Italian or Portuguese family (`San Pedro`, `Santa Cruz`). */
const HOLY_PREFIXES = new Set(['san', 'santa', 'santo', 'são', 'sao']);
const LONGEST_FAMILY_PREFIX = 6;

/**
 * A word that opens a family written family first (`San Pedro Gerry S.`, `St John T L`): `St`, `Ste`, `Saint`, `San`,
 * `Santa`, `Santo` or `São`, capitalised.
 */
export function isLeadingFamilyPrefix(text: string, start: number, end: number): boolean {
	const word = capitalisedPrefixWord(text, start, end);
	return word !== undefined && (SAINT_PREFIXES.has(word) || HOLY_PREFIXES.has(word));
}

/**
 * A word that opens a family wherever it stands (`John St Clair`): `St`, `Ste`, `Saint`, capitalised. (`San` is left
 * out here: before the last word of a name written given name first it is as often a syllable of a given name.)
 */
export function isSaintPrefix(text: string, start: number, end: number): boolean {
	const word = capitalisedPrefixWord(text, start, end);
	return word !== undefined && SAINT_PREFIXES.has(word);
}

/** The word `text[start, end)` lower-cased, when it is short enough to be a family prefix and starts with a capital. */
function capitalisedPrefixWord(text: string, start: number, end: number): string | undefined {
	return end - start <= LONGEST_FAMILY_PREFIX && isAsciiCapital(text.charCodeAt(start)) ? text.slice(start, end).toLowerCase() : undefined;
}

/** A lowercase name particle such as `van`, `de`, `bin`, in any case. */
export function isParticle(text: string, start: number, end: number): boolean {
	if (end - start > LONGEST_PARTICLE && isAscii(text, start, end)) {
		return false;
	}
	return PARTICLES.has(text.slice(start, end).toLowerCase());
}

/** A generational suffix such as `Jr.`, `III` or `2nd`, which is not part of the family or given name. */
export function isSuffix(text: string, start: number, end: number): boolean {
	const length = end - start;
	const first = text.charCodeAt(start);
	if (length < SHORTEST_SUFFIX || length > LONGEST_SUFFIX || first >= 0x80 || SUFFIX_STARTS[first] === 0) {
		return false;
	}
	for (let k = 0; k < SUFFIXES.length; k++) {
		if (SUFFIXES[k].length === end - start && text.startsWith(SUFFIXES[k], start)) {
			return true;
		}
	}
	return false;
}

/** `[AEIOUY]` somewhere in `[start, end)`: two or three capitals without one read as initials (`NG`), with one as a family (`LI`). */
export function hasVowel(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x41 || code === 0x45 || code === 0x49 || code === 0x4f || code === 0x55 || code === 0x59) {
			return true;
		}
	}
	return false;
}
