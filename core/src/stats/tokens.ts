/**
 * One linear pass that splits normalised abstract text into numbers, words and punctuation.
 * Numbers keep the decimals as printed and join thousands groups (`2 501`, `11,455`).
 *
 * Tokens live in typed arrays (nine bytes a token), not in one object each: hostile text of a
 * megabyte is a million tokens, and a million small objects cost far more than the scan itself.
 * Words and numbers are not copied out or parsed here; `context.ts` reads them on demand.
 */
import { isAsciiDigit } from '../characters';

/** A token's tag: its kind in the low two bits (0 means "no token"), flags above. */
export const KIND_MASK = 3;
export const NUM = 1;
export const WORD = 2;
export const PUNCT = 3;
/** Whitespace separates this token from the previous one. */
export const SPACED = 4;
/** Punctuation `.` (or end of a section label) that ends a sentence. */
export const ENDS_SENTENCE = 8;
/** A word with a capital or a non-ASCII letter: its lower-case form differs from (or may differ from) the text. */
export const NEEDS_LOWERING = 16;

/**
 * The tokens of one string; offsets are relative to it. The token arrays are exactly `count` long, so an index out of
 * range reads `undefined`. Number values are read from the text when asked for (`readNumber`).
 */
export interface TokenTable {
	count: number;
	tags: Uint8Array;
	starts: Int32Array;
	ends: Int32Array;
	/** The index of the last token of each sentence, in order; the last token of all ends the last sentence. */
	sentenceEnds: Int32Array;
}

const ABBREVIATIONS = new Set(['vs', 'e.g', 'i.e', 'al', 'fig', 'approx', 'no', 'etc', 'ref', 'resp', 'cf']);
/** Powers of ten that a double holds exactly: an integer below 2^53 divided by one of them is the correctly rounded decimal. */
const EXACT_POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const GROUP_SEPARATORS = /[ ,]/g;

/** Letters that may start or continue a word: Latin, Greek, CJK and superscript two (for χ²). */
function isWordChar(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0x370 && code <= 0x3ff)
		|| (code >= 0xc0 && code <= 0x24f) || code === 0xb2 || code === 0x2082 || (code >= 0x4e00 && code <= 0x9fff);
}

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Reads a run of digits starting at `i` and returns the index after it. */
function skipDigits(text: string, i: number): number {
	while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++;
	return i;
}

/** Fills the token arrays; a token takes at least one character, so `text.length` slots always suffice. */
class TableWriter {
	count = 0;
	readonly tags: Uint8Array;
	readonly starts: Int32Array;
	readonly ends: Int32Array;
	private sentenceEnds: Int32Array;
	private sentenceCount = 0;

	constructor(capacity: number) {
		this.tags = new Uint8Array(capacity);
		this.starts = new Int32Array(capacity);
		this.ends = new Int32Array(capacity);
		this.sentenceEnds = new Int32Array(16);
	}

	push(tag: number, start: number, end: number): void {
		const at = this.count++;
		this.tags[at] = tag;
		this.starts[at] = start;
		this.ends[at] = end;
		if (tag & ENDS_SENTENCE) this.endSentence(at);
	}

	private endSentence(at: number): void {
		if (this.sentenceCount === this.sentenceEnds.length) {
			const grown = new Int32Array(this.sentenceEnds.length * 2);
			grown.set(this.sentenceEnds);
			this.sentenceEnds = grown;
		}
		this.sentenceEnds[this.sentenceCount++] = at;
	}

	finish(): TokenTable {
		const n = this.count;
		if (n > 0 && !(this.tags[n - 1] & ENDS_SENTENCE)) this.endSentence(n - 1);
		return {
			count: n, tags: this.tags.subarray(0, n), starts: this.starts.subarray(0, n), ends: this.ends.subarray(0, n),
			sentenceEnds: this.sentenceEnds.subarray(0, this.sentenceCount),
		};
	}
}

/** Tokenises `text` (already normalised) in one pass. */
export function tokenizeStatistics(text: string): TokenTable {
	// A token takes at least one character, so the arrays never grow.
	const out = new TableWriter(text.length);
	let i = 0;
	let spaced = false;
	let atSentenceStart = true;
	while (i < text.length) {
		if (atSentenceStart) {
			atSentenceStart = false;
			const stop = findDigitlessSentenceEnd(text, i);
			if (stop >= 0) {
				out.push(PUNCT | SPACED | ENDS_SENTENCE, stop, stop + 1);
				i = stop + 1;
				atSentenceStart = true;
				continue;
			}
		}
		const code = text.charCodeAt(i);
		if (isSpace(code)) {
			spaced = true;
			i++;
			continue;
		}
		const start = i;
		const spacedFlag = spaced ? SPACED : 0;
		if (isAsciiDigit(code) || (code === 46 && isLeadingPoint(text, i))) {
			i = readNumberEnd(text, i);
			out.push(NUM | spacedFlag, start, i);
		} else if (isWordChar(code)) {
			let upper = code >= 65 && code <= 90;
			i++;
			while (i < text.length) {
				const c = text.charCodeAt(i);
				if (isWordChar(c) || isAsciiDigit(c)) {
					upper ||= (c >= 65 && c <= 90) || c > 127;
					i++;
				} else if (c === 45 && (isWordChar(text.charCodeAt(i + 1)) || isAsciiDigit(text.charCodeAt(i + 1)))) i += 2;
				else break;
			}
			out.push(WORD | spacedFlag | (upper || code > 127 ? NEEDS_LOWERING : 0), start, i);
		} else {
			i++;
			const ends = code === 46 && endsSentence(text, start, out);
			out.push(PUNCT | spacedFlag | (ends ? ENDS_SENTENCE : 0), start, i);
			atSentenceStart = ends;
		}
		spaced = false;
	}
	return out.finish();
}

/** What `readNumber` found: the value (thousands groups joined) and the decimals shown. */
export interface NumberReading {
	value: number;
	decimals: number;
}

/**
 * Reads the number `text[start, end)` (digits, at most one thousands separator, a decimal part) into `into`. The value
 * is the same as `Number` of the printed digits: up to 15 digits the integer is exact and one division by an exact
 * power of ten rounds correctly; longer numbers go through `Number`.
 */
export function readNumber(text: string, start: number, end: number, into: NumberReading): void {
	let integer = 0;
	let digits = 0;
	let decimals = 0;
	let afterPoint = false;
	for (let k = start; k < end; k++) {
		const c = text.charCodeAt(k);
		if (isAsciiDigit(c)) {
			integer = integer * 10 + (c - 48);
			digits++;
			if (afterPoint) decimals++;
		} else if (c === 46) afterPoint = true;
	}
	into.decimals = decimals;
	if (digits <= 15 && decimals < EXACT_POWERS_OF_TEN.length) {
		into.value = integer / EXACT_POWERS_OF_TEN[decimals];
		return;
	}
	const raw = text.slice(start, end);
	into.value = Number(raw.length > 4 && (raw.includes(' ') || raw.includes(',')) ? raw.replace(GROUP_SEPARATORS, '') : raw);
}

/** `.5` after a space or bracket starts a number; `3.5` and `vs.5` do not. */
function isLeadingPoint(text: string, i: number): boolean {
	return isAsciiDigit(text.charCodeAt(i + 1)) && !isWordChar(text.charCodeAt(i - 1)) && !isAsciiDigit(text.charCodeAt(i - 1));
}

/** Digits, an optional thousands group (`2 501`, `11,455`), then an optional decimal part. */
function readNumberEnd(text: string, i: number): number {
	const intEnd = skipDigits(text, i);
	let end = intEnd;
	if (intEnd - i >= 1 && intEnd - i <= 3) {
		const sep = text.charCodeAt(intEnd);
		if ((sep === 32 || sep === 44) && skipDigits(text, intEnd + 1) === intEnd + 4 && !isAsciiDigit(text.charCodeAt(i - 1))
			&& text.charCodeAt(i - 1) !== 46 && !(text.charCodeAt(intEnd + 4) === 46 && isAsciiDigit(text.charCodeAt(intEnd + 5)) && sep === 32)) {
			end = intEnd + 4;
		}
	}
	if (text.charCodeAt(end) === 46 && isAsciiDigit(text.charCodeAt(end + 1))) end = skipDigits(text, end + 1);
	return end;
}

/** A full stop ends a sentence unless it follows a known abbreviation or a lower-case letter follows it directly. */
function endsSentence(text: string, at: number, out: TableWriter): boolean {
	const previous = out.count - 1;
	if (previous >= 0 && (out.tags[previous] & KIND_MASK) === WORD && out.ends[previous] === at) {
		const word = text.slice(out.starts[previous], at);
		if (ABBREVIATIONS.has(out.tags[previous] & NEEDS_LOWERING ? word.toLowerCase() : word)) return false;
	}
	const next = text.charCodeAt(at + 1);
	return !(next >= 97 && next <= 122);
}

/**
 * Sentences without a digit hold no statistic. From a sentence start, returns the index of the full
 * stop that ends it when no digit comes first (the same rule as `endsSentence`), else -1.
 * The tokenizer then emits only that full stop, which keeps the scan fast on wordy abstracts.
 */
function findDigitlessSentenceEnd(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code !== 46) {
			if (isAsciiDigit(code)) return -1;
			continue;
		}
		const next = text.charCodeAt(i + 1);
		if (isAsciiDigit(next)) return -1;
		if (next >= 97 && next <= 122) continue;
		let wordStart = i;
		while (wordStart > from && (isWordChar(text.charCodeAt(wordStart - 1)) || text.charCodeAt(wordStart - 1) === 45)) wordStart--;
		if (wordStart < i && ABBREVIATIONS.has(text.slice(wordStart, i).toLowerCase())) continue;
		return i;
	}
	return -1;
}
