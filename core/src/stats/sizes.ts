/**
 * Sample sizes and counted proportions: `( n=1 830)`, `a total of 2 501 patients`, `(176 cases)`,
 * `348 GIST patients`, `89 (13.4%)`, `38 cases(82.6%)`, `45/120 (37.5%)`.
 */
import type { ScanContext } from './context';
import { emitStatistic } from './emit';
import { readSizeLabel } from './labels';
import { LABEL_STOP_WORDS, SAMPLE_HEADS, SAMPLE_NOUNS } from './patterns';
import { readValueGroup } from './values';

const MAX_WORDS_BEFORE_NOUN = 3;

function isInteger(ctx: ScanContext, i: number): boolean {
	return ctx.isNumber(i) && ctx.decimalsAt(i) === 0;
}

function emitSize(ctx: ScanContext, numberAt: number, spanFrom: number, spanTo: number, cohort: string | undefined): number {
	emitStatistic(ctx, {
		kind: 'n', span: ctx.spanOfTokens(spanFrom, spanTo), valueSpan: ctx.spanOfTokens(numberAt, numberAt),
		value: ctx.valueAt(numberAt), decimals: 0, percent: false, cohort,
	}, numberAt, spanTo + 1);
	return spanTo + 1;
}

/** `n=671`, `N = 120` (at the `n` token). Returns the next token index, or -1. */
export function readSizeEquals(ctx: ScanContext, i: number): number {
	const text = ctx.textAt(i);
	if (text !== 'n' && text !== 'N') return -1;
	if (!ctx.isPunct(i + 1, '=') || !isInteger(ctx, i + 2)) return -1;
	let cohort: string | undefined;
	if (ctx.isPunct(i - 1, '(') && ctx.isPunct(i + 3, ')')) cohort = readSizeLabel(ctx, i - 1, i + 3);
	return emitSize(ctx, i + 2, i, i + 2, cohort);
}

/** `a total of 2 501 patients` (at the `total` token). */
export function readTotal(ctx: ScanContext, i: number): number {
	if (ctx.lowerAt(i) !== 'total' || !ctx.isWord(i + 1, 'of') || !isInteger(ctx, i + 2)) return -1;
	let end = i + 2;
	for (let k = i + 3; k <= i + 3 + MAX_WORDS_BEFORE_NOUN && ctx.isWord(k); k++) {
		if (SAMPLE_HEADS.has(ctx.lowerAt(k))) {
			end = k;
			break;
		}
	}
	const from = ctx.isWord(i - 1, 'a') ? i - 1 : i;
	return emitSize(ctx, i + 2, from, end, 'total');
}

/** The index of the sample noun that ends `NUM [words] noun`, or -1. */
function findSampleNoun(ctx: ScanContext, numberAt: number): number {
	for (let k = numberAt + 1; k <= numberAt + 1 + MAX_WORDS_BEFORE_NOUN && ctx.isWord(k); k++) {
		const lower = ctx.lowerAt(k);
		if (SAMPLE_HEADS.has(lower)) return k;
		if (LABEL_STOP_WORDS.has(lower) && !SAMPLE_NOUNS.has(lower)) return -1;
	}
	return -1;
}

/** `348 GIST patients`, `(176 cases)`, `46 enrolled patients` (at the number). */
export function readSampleNoun(ctx: ScanContext, i: number): number {
	if (!isInteger(ctx, i) || ctx.isPunct(i - 1, '/') || ctx.isPunct(i - 1, '-') || ctx.isPunct(i - 1, '~')) return -1;
	const noun = findSampleNoun(ctx, i);
	if (noun < 0) return -1;
	let cohort: string | undefined;
	if (ctx.isPunct(i - 1, '(') && ctx.isPunct(noun + 1, ')')) cohort = readSizeLabel(ctx, i - 1, noun + 1);
	return emitSize(ctx, i, i, noun, cohort);
}

/** `89 (13.4%)`, `425 patients (63.3%)`, `51(52.6%)`, `45/120 (37.5%)`, `120 of 150 patients (80.0%)` (at the count). */
export function readCountPercent(ctx: ScanContext, i: number): number {
	if (!isInteger(ctx, i)) return -1;
	let total: number | undefined;
	let open = i + 1;
	if ((ctx.isPunct(i + 1, '/') || (ctx.isWord(i + 1, 'of') && ctx.valueAt(i + 2) >= ctx.valueAt(i))) && isInteger(ctx, i + 2)) {
		total = ctx.valueAt(i + 2);
		open = i + 3;
	}
	const wordsFrom = open;
	while (open < wordsFrom + MAX_WORDS_BEFORE_NOUN && ctx.isWord(open)) open++;
	if (!ctx.isPunct(open, '(') || !ctx.isNumber(open + 1) || !ctx.isPunct(open + 2, '%')) return -1;
	if (ctx.isWord(open + 3, 'ci')) return -1;
	const group = readValueGroup(ctx, open + 1, 'percent');
	if (group === undefined) return -1;
	let end = group.end;
	if (ctx.isPunct(end, ')')) end++;
	else if (!ctx.isPunct(end - 1, ')')) return -1;
	emitStatistic(ctx, {
		kind: 'percent', span: ctx.spanOfTokens(i, end - 1), valueSpan: group.value.span, value: group.value.value,
		decimals: group.value.decimals, percent: true, count: ctx.valueAt(i), total: total ?? group.total, ci: group.ci,
	}, i, end);
	return end;
}
