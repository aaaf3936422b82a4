/**
 * The state shared by the statistics scanner's rules: tokens of one abstract, sentence spans,
 * the statistics emitted so far, and small token predicates.
 */
import type { Span } from '../model';
import type { Token } from './tokens';
import type { PrintedNumber, Statistic } from './types';

/** A value list printed earlier in a sentence, whose labels a later list of the same length inherits. */
export interface PrintedList {
	sentence: number;
	length: number;
	labels: string[];
}

/** Scanner state for one abstract. Token offsets are relative to `text`; `base` maps them to the document. */
export interface ScanContext {
	text: string;
	tokens: Token[];
	lowers: string[];
	texts: string[];
	base: number;
	sentenceOf: Int32Array;
	/** Per sentence: its document span and the index of its first token. */
	sentences: Span[];
	sentenceFirstToken: number[];
	stats: Statistic[];
	/** Token index just after the last emitted statistic. */
	lastStatEnd: number;
	/** Token index just after the last value list (and its "respectively"). */
	lastListEnd: number;
	lists: PrintedList[];
	nextListId: number;
}

/** Builds the scanner state, splitting sentences at full stops the tokenizer marked. */
export function createScanContext(text: string, tokens: Token[], base: number): ScanContext {
	const sentenceOf = new Int32Array(tokens.length);
	const sentences: Span[] = [];
	const sentenceFirstToken: number[] = [];
	let sentenceStart = 0;
	for (let i = 0; i < tokens.length; i++) {
		sentenceOf[i] = sentences.length;
		if (tokens[i].endsSentence || i === tokens.length - 1) {
			sentences.push({ start: base + tokens[sentenceStart].start, end: base + tokens[i].end });
			sentenceFirstToken.push(sentenceStart);
			sentenceStart = i + 1;
		}
	}
	return {
		text, tokens, base, sentenceOf, sentences, sentenceFirstToken, stats: [], lastStatEnd: 0, lastListEnd: 0, lists: [], nextListId: 0,
		lowers: tokens.map((token) => token.lower), texts: tokens.map((token) => token.text),
	};
}

/** True when token `i` is the punctuation character `ch`. */
export function isPunct(ctx: ScanContext, i: number, ch: string): boolean {
	const token = ctx.tokens[i];
	return token !== undefined && token.kind === 'punct' && token.text === ch;
}

/** True when token `i` is a word whose lower-case form is `lower`. */
export function isWord(ctx: ScanContext, i: number, lower?: string): boolean {
	const token = ctx.tokens[i];
	return token !== undefined && token.kind === 'word' && (lower === undefined || token.lower === lower);
}

/** True when token `i` is a number. */
export function isNumber(ctx: ScanContext, i: number): boolean {
	return ctx.tokens[i]?.kind === 'num';
}

/** True when token `i` ends a clause: a sentence-ending full stop or a semicolon. */
export function endsClause(ctx: ScanContext, i: number): boolean {
	const token = ctx.tokens[i];
	return token === undefined || token.endsSentence || (token.kind === 'punct' && token.text === ';');
}

/** The document span from the start of token `from` to the end of token `to` (inclusive). */
export function spanOfTokens(ctx: ScanContext, from: number, to: number): Span {
	return { start: ctx.base + ctx.tokens[from].start, end: ctx.base + ctx.tokens[to].end };
}

/** Reads an optionally negative number at token `i` (a dash right after a number is a range, not a sign). */
export function readSignedNumber(ctx: ScanContext, i: number): { printed: PrintedNumber; end: number } | undefined {
	let negative = false;
	let at = i;
	const afterNumber = isNumber(ctx, i - 1) || isPunct(ctx, i - 1, '%');
	if (isPunct(ctx, i, '-') && isNumber(ctx, i + 1) && !ctx.tokens[i + 1].spaced && !afterNumber) {
		negative = true;
		at = i + 1;
	} else if (isPunct(ctx, i, '+') && isNumber(ctx, i + 1) && !ctx.tokens[i + 1].spaced) {
		at = i + 1;
	}
	const token = ctx.tokens[at];
	if (token === undefined || token.kind !== 'num') return undefined;
	const span = { start: ctx.base + ctx.tokens[i].start, end: ctx.base + token.end };
	return { printed: { value: negative ? -token.value : token.value, decimals: token.decimals, span }, end: at + 1 };
}

/** The cleaned original text between two document offsets (labels are shown as printed). */
export function originalText(ctx: ScanContext, span: Span): string {
	return ctx.text.slice(span.start - ctx.base, span.end - ctx.base);
}
