/**
 * The state shared by the statistics scanner's rules: tokens of one abstract, sentence spans,
 * the statistics emitted so far, and small token predicates.
 */
import type { Span } from '../model';
import * as tokens from './tokens';
import { readNumber, type NumberReading, type TokenTable } from './tokens';
import type { PrintedNumber, Statistic } from './types';

/** A value list printed earlier in a sentence, whose labels a later list of the same length inherits. */
export interface PrintedList {
	sentence: number;
	length: number;
	labels: string[];
}

/**
 * The token tags, copied once: these are read for every token, and under vitest's module transform each read of an
 * imported binding is a call.
 */
const { ENDS_SENTENCE, KIND_MASK, NEEDS_LOWERING, NUM, PUNCT, SPACED, WORD } = tokens;

/** Words whose text and lower-case form were sliced last, by token index modulo the size (rules look a few tokens around). */
const WORD_CACHE_SIZE = 256;

/**
 * Scanner state for one abstract, with the token predicates the rules use. They are methods, not exported functions:
 * the rules live in other modules, and a method of the context is as cheap to call from any of them (under vitest's
 * module transform, a call to another module's function costs a property lookup each time: ~50 ns, per token).
 * Token offsets are relative to `text`; `base` maps them to the document. The token arrays come from
 * `tokenizeStatistics` and are exactly `count` long, so an index out of range reads `undefined`, like a missing token.
 */
export class ScanContext implements TokenTable {
	readonly count: number;
	readonly tags: Uint8Array;
	readonly starts: Int32Array;
	readonly ends: Int32Array;
	readonly sentenceEnds: Int32Array;
	stats: Statistic[] = [];
	/** Token index just after the last emitted statistic. */
	lastStatEnd = 0;
	/** Token index just after the last value list (and its "respectively"). */
	lastListEnd = 0;
	lists: PrintedList[] = [];
	nextListId = 0;
	/** Document spans of the sentences asked for so far: one object per sentence, so statistics of a sentence share it. */
	private readonly sentenceSpans = new Map<number, Span>();
	private readonly wordCacheIndex = new Int32Array(WORD_CACHE_SIZE).fill(-1);
	private readonly wordCacheText = new Array<string>(WORD_CACHE_SIZE).fill('');
	private readonly wordCacheLower = new Array<string>(WORD_CACHE_SIZE).fill('');
	/** The number read last (`numberIndex`, -1 for none): rules ask for the same few numbers repeatedly. */
	private numberIndex = -1;
	private readonly number: NumberReading = { value: 0, decimals: 0 };

	/** `text` is the abstract as printed (labels are shown from it); `tokens` were read from `normalized`, the same text normalised. */
	constructor(readonly text: string, readonly normalized: string, tokens: TokenTable, readonly base: number) {
		this.count = tokens.count;
		this.tags = tokens.tags;
		this.starts = tokens.starts;
		this.ends = tokens.ends;
		this.sentenceEnds = tokens.sentenceEnds;
	}

	/** The sentence of token `i` (0 ≤ i < count): a binary search over the sentence ends. */
	sentenceOf(i: number): number {
		let low = 0;
		let high = this.sentenceEnds.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (this.sentenceEnds[middle] < i) low = middle + 1;
			else high = middle;
		}
		return low;
	}

	/** The index of the first token of sentence `sentence`. */
	sentenceFirstToken(sentence: number): number {
		return sentence === 0 ? 0 : this.sentenceEnds[sentence - 1] + 1;
	}

	/** The document span of sentence `sentence` (the same object on every call). */
	sentenceSpan(sentence: number): Span {
		let span = this.sentenceSpans.get(sentence);
		if (span === undefined) {
			span = { start: this.base + this.starts[this.sentenceFirstToken(sentence)], end: this.base + this.ends[this.sentenceEnds[sentence]] };
			this.sentenceSpans.set(sentence, span);
		}
		return span;
	}

	/** The kind of token `i` (`NUM`, `WORD`, `PUNCT`), 0 past the ends. */
	kindAt(i: number): number {
		return this.tags[i] & KIND_MASK;
	}

	/** True when token `i` is the punctuation character `ch`. */
	isPunct(i: number, ch: string): boolean {
		return (this.tags[i] & KIND_MASK) === PUNCT && this.normalized.charCodeAt(this.starts[i]) === ch.charCodeAt(0);
	}

	/** The character of punctuation token `i`, or undefined for other tokens. */
	punctAt(i: number): string | undefined {
		return (this.tags[i] & KIND_MASK) === PUNCT ? this.normalized[this.starts[i]] : undefined;
	}

	/** True when token `i` is a word whose lower-case form is `lower`. */
	isWord(i: number, lower?: string): boolean {
		if ((this.tags[i] & KIND_MASK) !== WORD) return false;
		return lower === undefined || this.lowerAt(i) === lower;
	}

	/** True when token `i` is a number. */
	isNumber(i: number): boolean {
		return (this.tags[i] & KIND_MASK) === NUM;
	}

	/** True when whitespace separates token `i` from the one before it. */
	isSpaced(i: number): boolean {
		return (this.tags[i] & SPACED) !== 0;
	}

	/** True when token `i` ends a sentence. */
	endsSentence(i: number): boolean {
		return (this.tags[i] & ENDS_SENTENCE) !== 0;
	}

	/** True when token `i` ends a clause: a sentence-ending full stop or a semicolon. */
	endsClause(i: number): boolean {
		const tag = this.tags[i];
		return tag === undefined || (tag & ENDS_SENTENCE) !== 0 || ((tag & KIND_MASK) === PUNCT && this.normalized.charCodeAt(this.starts[i]) === 59);
	}

	/**
	 * Token `i` as printed (normalised): a word, a number, a punctuation character; '' past the ends.
	 * Words are sliced on demand and kept in a small cache.
	 */
	textAt(i: number): string {
		const tag = this.tags[i];
		if (tag === undefined) return '';
		if ((tag & KIND_MASK) !== WORD) return this.normalized.slice(this.starts[i], this.ends[i]);
		this.cacheWord(i);
		return this.wordCacheText[i % WORD_CACHE_SIZE];
	}

	/** The lower-cased word at token `i`: '' for numbers and punctuation and past the ends. */
	lowerAt(i: number): string {
		if ((this.tags[i] & KIND_MASK) !== WORD) return '';
		this.cacheWord(i);
		return this.wordCacheLower[i % WORD_CACHE_SIZE];
	}

	private cacheWord(i: number): void {
		const slot = i % WORD_CACHE_SIZE;
		if (this.wordCacheIndex[slot] === i) return;
		const start = this.starts[i];
		this.wordCacheIndex[slot] = i;
		if (this.ends[i] - start === 1) {
			// One letter: both strings come from the engine's single-character cache.
			const code = this.normalized.charCodeAt(start);
			const word = this.normalized[start];
			this.wordCacheText[slot] = word;
			this.wordCacheLower[slot] = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : word.toLowerCase();
			return;
		}
		const word = this.normalized.slice(start, this.ends[i]);
		this.wordCacheText[slot] = word;
		this.wordCacheLower[slot] = this.tags[i] & NEEDS_LOWERING ? word.toLowerCase() : word;
	}

	/**
	 * The value of token `i`: as printed for a number (thousands groups joined), 0 for another token, NaN past the ends
	 * (so comparisons with a missing token are false).
	 */
	valueAt(i: number): number {
		const tag = this.tags[i];
		if (tag === undefined) return NaN;
		if ((tag & KIND_MASK) !== NUM) return 0;
		return this.readNumberAt(i).value;
	}

	/** The decimals shown by number token `i` (0 for another token). */
	decimalsAt(i: number): number {
		return (this.tags[i] & KIND_MASK) === NUM ? this.readNumberAt(i).decimals : 0;
	}

	private readNumberAt(i: number): NumberReading {
		if (this.numberIndex !== i) {
			readNumber(this.normalized, this.starts[i], this.ends[i], this.number);
			this.numberIndex = i;
		}
		return this.number;
	}

	/** The document span from the start of token `from` to the end of token `to` (inclusive). */
	spanOfTokens(from: number, to: number): Span {
		return { start: this.base + this.starts[from], end: this.base + this.ends[to] };
	}

	/** Reads an optionally negative number at token `i` (a dash right after a number is a range, not a sign). */
	readSignedNumber(i: number): { printed: PrintedNumber; end: number } | undefined {
		let negative = false;
		let at = i;
		const afterNumber = this.isNumber(i - 1) || this.isPunct(i - 1, '%');
		if (this.isPunct(i, '-') && this.isNumber(i + 1) && !this.isSpaced(i + 1) && !afterNumber) {
			negative = true;
			at = i + 1;
		} else if (this.isPunct(i, '+') && this.isNumber(i + 1) && !this.isSpaced(i + 1)) {
			at = i + 1;
		}
		if (!this.isNumber(at)) return undefined;
		const { value, decimals } = this.readNumberAt(at);
		const span = { start: this.base + this.starts[i], end: this.base + this.ends[at] };
		return { printed: { value: negative ? -value : value, decimals, span }, end: at + 1 };
	}

	/** The cleaned original text between two document offsets (labels are shown as printed). */
	originalText(span: Span): string {
		return this.text.slice(span.start - this.base, span.end - this.base);
	}
}
