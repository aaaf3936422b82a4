/**
 * The state shared by the statistics scanner's rules: tokens of one abstract, sentence spans,
 * the statistics emitted so far, and small token predicates.
 */
import type { Span } from '../model';
import { ENDS_SENTENCE, KIND_MASK, NEEDS_LOWERING, NUM, PUNCT, readNumber, SPACED, WORD, type NumberReading, type TokenTable } from './tokens';
import type { PrintedNumber, Statistic } from './types';

/** A value list printed earlier in a sentence, whose labels a later list of the same length inherits. */
export interface PrintedList {
	sentence: number;
	length: number;
	labels: string[];
}

/** Words whose text and lower-case form were sliced last, by token index modulo the size (rules look a few tokens around). */
const WORD_CACHE_SIZE = 256;

/**
 * Scanner state for one abstract. Token offsets are relative to `text`; `base` maps them to the document.
 * The token arrays come from `tokenizeStatistics` and are exactly `count` long, so an index out of range reads
 * `undefined`, like a missing token. Read tokens through the functions below.
 */
export interface ScanContext extends TokenTable {
	/** The abstract as printed (labels are shown from it). */
	text: string;
	/** The same text normalised (same length): tokens were read from it. */
	normalized: string;
	base: number;
	/** Document spans of the sentences asked for so far: one object per sentence, so statistics of a sentence share it. */
	sentenceSpans: Map<number, Span>;
	stats: Statistic[];
	/** Token index just after the last emitted statistic. */
	lastStatEnd: number;
	/** Token index just after the last value list (and its "respectively"). */
	lastListEnd: number;
	lists: PrintedList[];
	nextListId: number;
	wordCacheIndex: Int32Array;
	wordCacheText: string[];
	wordCacheLower: string[];
	/** The number read last (`numberIndex`, -1 for none): rules ask for the same few numbers repeatedly. */
	numberIndex: number;
	number: NumberReading;
}

/** Builds the scanner state. */
export function createScanContext(text: string, normalized: string, tokens: TokenTable, base: number): ScanContext {
	return {
		...tokens, text, normalized, base, sentenceSpans: new Map(), stats: [], lastStatEnd: 0, lastListEnd: 0, lists: [], nextListId: 0,
		wordCacheIndex: new Int32Array(WORD_CACHE_SIZE).fill(-1), wordCacheText: new Array<string>(WORD_CACHE_SIZE).fill(''),
		wordCacheLower: new Array<string>(WORD_CACHE_SIZE).fill(''), numberIndex: -1, number: { value: 0, decimals: 0 },
	};
}

/** The sentence of token `i` (0 ≤ i < count): a binary search over the sentence ends. */
export function sentenceOf(ctx: ScanContext, i: number): number {
	let low = 0;
	let high = ctx.sentenceEnds.length - 1;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (ctx.sentenceEnds[middle] < i) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The index of the first token of sentence `sentence`. */
export function sentenceFirstToken(ctx: ScanContext, sentence: number): number {
	return sentence === 0 ? 0 : ctx.sentenceEnds[sentence - 1] + 1;
}

/** The document span of sentence `sentence` (the same object on every call). */
export function sentenceSpan(ctx: ScanContext, sentence: number): Span {
	let span = ctx.sentenceSpans.get(sentence);
	if (span === undefined) {
		span = { start: ctx.base + ctx.starts[sentenceFirstToken(ctx, sentence)], end: ctx.base + ctx.ends[ctx.sentenceEnds[sentence]] };
		ctx.sentenceSpans.set(sentence, span);
	}
	return span;
}

/** The kind of token `i` (`NUM`, `WORD`, `PUNCT`), 0 past the ends. */
export function kindAt(ctx: ScanContext, i: number): number {
	return ctx.tags[i] & KIND_MASK;
}

/** True when token `i` is the punctuation character `ch`. */
export function isPunct(ctx: ScanContext, i: number, ch: string): boolean {
	return (ctx.tags[i] & KIND_MASK) === PUNCT && ctx.normalized.charCodeAt(ctx.starts[i]) === ch.charCodeAt(0);
}

/** The character of punctuation token `i`, or undefined for other tokens. */
export function punctAt(ctx: ScanContext, i: number): string | undefined {
	return (ctx.tags[i] & KIND_MASK) === PUNCT ? ctx.normalized[ctx.starts[i]] : undefined;
}

/** True when token `i` is a word whose lower-case form is `lower`. */
export function isWord(ctx: ScanContext, i: number, lower?: string): boolean {
	if ((ctx.tags[i] & KIND_MASK) !== WORD) return false;
	return lower === undefined || lowerAt(ctx, i) === lower;
}

/** True when token `i` is a number. */
export function isNumber(ctx: ScanContext, i: number): boolean {
	return (ctx.tags[i] & KIND_MASK) === NUM;
}

/** True when whitespace separates token `i` from the one before it. */
export function isSpaced(ctx: ScanContext, i: number): boolean {
	return (ctx.tags[i] & SPACED) !== 0;
}

/** True when token `i` ends a sentence. */
export function endsSentence(ctx: ScanContext, i: number): boolean {
	return (ctx.tags[i] & ENDS_SENTENCE) !== 0;
}

/** True when token `i` ends a clause: a sentence-ending full stop or a semicolon. */
export function endsClause(ctx: ScanContext, i: number): boolean {
	const tag = ctx.tags[i];
	return tag === undefined || (tag & ENDS_SENTENCE) !== 0 || ((tag & KIND_MASK) === PUNCT && ctx.normalized.charCodeAt(ctx.starts[i]) === 59);
}

/**
 * Token `i` as printed (normalised): a word, a number, a punctuation character; '' past the ends.
 * Words are sliced on demand and kept in a small cache.
 */
export function textAt(ctx: ScanContext, i: number): string {
	const tag = ctx.tags[i];
	if (tag === undefined) return '';
	if ((tag & KIND_MASK) !== WORD) return ctx.normalized.slice(ctx.starts[i], ctx.ends[i]);
	cacheWord(ctx, i);
	return ctx.wordCacheText[i % WORD_CACHE_SIZE];
}

/** The lower-cased word at token `i`: '' for numbers and punctuation and past the ends. */
export function lowerAt(ctx: ScanContext, i: number): string {
	if ((ctx.tags[i] & KIND_MASK) !== WORD) return '';
	cacheWord(ctx, i);
	return ctx.wordCacheLower[i % WORD_CACHE_SIZE];
}

function cacheWord(ctx: ScanContext, i: number): void {
	const slot = i % WORD_CACHE_SIZE;
	if (ctx.wordCacheIndex[slot] === i) return;
	const start = ctx.starts[i];
	ctx.wordCacheIndex[slot] = i;
	if (ctx.ends[i] - start === 1) {
		// One letter: both strings come from the engine's single-character cache.
		const code = ctx.normalized.charCodeAt(start);
		const word = ctx.normalized[start];
		ctx.wordCacheText[slot] = word;
		ctx.wordCacheLower[slot] = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : word.toLowerCase();
		return;
	}
	const word = ctx.normalized.slice(start, ctx.ends[i]);
	ctx.wordCacheText[slot] = word;
	ctx.wordCacheLower[slot] = ctx.tags[i] & NEEDS_LOWERING ? word.toLowerCase() : word;
}

/**
 * The value of token `i`: as printed for a number (thousands groups joined), 0 for another token, NaN past the ends
 * (so comparisons with a missing token are false).
 */
export function valueAt(ctx: ScanContext, i: number): number {
	const tag = ctx.tags[i];
	if (tag === undefined) return NaN;
	if ((tag & KIND_MASK) !== NUM) return 0;
	return readNumberAt(ctx, i).value;
}

/** The decimals shown by number token `i` (0 for another token). */
export function decimalsAt(ctx: ScanContext, i: number): number {
	return (ctx.tags[i] & KIND_MASK) === NUM ? readNumberAt(ctx, i).decimals : 0;
}

function readNumberAt(ctx: ScanContext, i: number): NumberReading {
	if (ctx.numberIndex !== i) {
		readNumber(ctx.normalized, ctx.starts[i], ctx.ends[i], ctx.number);
		ctx.numberIndex = i;
	}
	return ctx.number;
}

/** The document span from the start of token `from` to the end of token `to` (inclusive). */
export function spanOfTokens(ctx: ScanContext, from: number, to: number): Span {
	return { start: ctx.base + ctx.starts[from], end: ctx.base + ctx.ends[to] };
}

/** Reads an optionally negative number at token `i` (a dash right after a number is a range, not a sign). */
export function readSignedNumber(ctx: ScanContext, i: number): { printed: PrintedNumber; end: number } | undefined {
	let negative = false;
	let at = i;
	const afterNumber = isNumber(ctx, i - 1) || isPunct(ctx, i - 1, '%');
	if (isPunct(ctx, i, '-') && isNumber(ctx, i + 1) && !isSpaced(ctx, i + 1) && !afterNumber) {
		negative = true;
		at = i + 1;
	} else if (isPunct(ctx, i, '+') && isNumber(ctx, i + 1) && !isSpaced(ctx, i + 1)) {
		at = i + 1;
	}
	if (!isNumber(ctx, at)) return undefined;
	const { value, decimals } = readNumberAt(ctx, at);
	const span = { start: ctx.base + ctx.starts[i], end: ctx.base + ctx.ends[at] };
	return { printed: { value: negative ? -value : value, decimals, span }, end: at + 1 };
}

/** The cleaned original text between two document offsets (labels are shown as printed). */
export function originalText(ctx: ScanContext, span: Span): string {
	return ctx.text.slice(span.start - ctx.base, span.end - ctx.base);
}
