/**
 * Test statistics and P values: `χ2=14.58, 9.52, both P<0.001`, `t(28) = 2.20, p = .03`,
 * `F(2, 28) = 2.20`, `chi2(1, N = 11,455) = 16.78`, `r=-0.537,P<0.01`, `t(28) = 2.20, ns`.
 */
import type { ScanContext } from './context';
import { emitPValue, emitStatistic, P_CARRYING_KINDS } from './emit';
import { TEST_SYMBOLS } from './patterns';
import { readPValue, type ReadP } from './values';
import type { Comparator, Statistic } from './types';

const TEST_COMPARATORS: Record<string, Comparator> = { '=': '=', ':': '=', '<': '<', '>': '>' };
const SINGLE_LETTER = /^[tTFzZrR]$/;
/** "all P<0.05" reaches back at most this many statistics (keeps the pass linear). */
const MAX_OWNERS = 24;

/** Reads `(df)`, `(df1, df2)` or `(df, N = n)` at an opening bracket. */
function readDegreesOfFreedom(ctx: ScanContext, i: number): { df: number[]; sampleSize?: number; end: number } | undefined {
	if (!ctx.isPunct(i, '(') || !ctx.isNumber(i + 1)) return undefined;
	const df = [ctx.valueAt(i + 1)];
	let at = i + 2;
	let sampleSize: number | undefined;
	while (ctx.isPunct(at, ',') && df.length < 3) {
		if ((ctx.textAt(at + 1) === 'N' || ctx.textAt(at + 1) === 'n') && ctx.isPunct(at + 2, '=') && ctx.isNumber(at + 3)) {
			sampleSize = ctx.valueAt(at + 3);
			at += 4;
		} else if (ctx.isNumber(at + 1)) {
			df.push(ctx.valueAt(at + 1));
			at += 2;
		} else return undefined;
	}
	if (!ctx.isPunct(at, ')')) return undefined;
	return { df, sampleSize, end: at + 1 };
}

/** A test statistic at a symbol token, with any further comma-listed values. Returns the next index or -1. */
export function readTestStatistic(ctx: ScanContext, i: number): number {
	const symbol = ctx.textAt(i);
	const kind = TEST_SYMBOLS.get(symbol);
	if (kind === undefined) return -1;
	if (SINGLE_LETTER.test(symbol) && (ctx.isPunct(i - 1, '-') || ctx.isPunct(i - 1, '.'))) return -1;
	let at = i + 1;
	const dof = readDegreesOfFreedom(ctx, at);
	if (dof !== undefined) at = dof.end;
	else if (kind === 'chi2' && (ctx.isWord(at, 'value') || ctx.isWord(at, 'values'))) at++;
	const comparatorChar = ctx.punctAt(at);
	let comparator: Comparator | undefined;
	if (comparatorChar !== undefined) comparator = TEST_COMPARATORS[comparatorChar];
	else if (kind === 'chi2' && (ctx.isWord(at, 'of') || ctx.isWord(at, 'was'))) comparator = '=';
	if (comparator === undefined) return -1;
	const first = ctx.readSignedNumber(at + 1);
	if (first === undefined || ctx.isPunct(first.end, '%')) return -1;
	const symbolStart = ctx.base + ctx.starts[i];
	let stat = emitStatistic(ctx, {
		kind, span: { start: symbolStart, end: first.printed.span.end }, valueSpan: first.printed.span, value: first.printed.value,
		decimals: first.printed.decimals, percent: false, comparator, df: dof?.df, sampleSize: dof?.sampleSize,
	}, i, first.end);
	let end = first.end;
	const listed: Statistic[] = [stat];
	while (ctx.isPunct(end, ',')) {
		const next = ctx.readSignedNumber(end + 1);
		if (next === undefined || ctx.isPunct(next.end, '%') || ctx.isPunct(next.end, '(') || ctx.isPunct(next.end, '=')) break;
		stat = emitStatistic(ctx, {
			kind, span: next.printed.span, valueSpan: next.printed.span, value: next.printed.value, decimals: next.printed.decimals,
			percent: false, comparator: '=',
		}, end + 1, next.end);
		listed.push(stat);
		end = next.end;
	}
	if (listed.length > 1) {
		const listId = ctx.nextListId++;
		listed.forEach((item, position) => Object.assign(item, { listId, listPosition: position }));
	}
	return end;
}

/** Statistics in the current sentence that a following P can belong to, most recent last. */
function openOwners(ctx: ScanContext, sentence: number): Statistic[] {
	const owners: Statistic[] = [];
	for (let k = ctx.stats.length - 1; k >= Math.max(0, ctx.stats.length - MAX_OWNERS); k--) {
		const stat = ctx.stats[k];
		if (stat.sentence !== ctx.sentenceSpan(sentence)) break;
		if (P_CARRYING_KINDS.has(stat.kind) && stat.pIndex === undefined) owners.unshift(stat);
	}
	return owners;
}

/** A P value at a `P` token (or at `both`/`all` before it); fans out "both/all P" to the statistics before it. */
export function readPStatement(ctx: ScanContext, i: number): number {
	const lower = ctx.lowerAt(i);
	const fan = lower === 'both' || lower === 'all' ? lower : undefined;
	const pAt = fan === undefined ? i : i + 1;
	const read = readPValue(ctx, pAt);
	if (read === undefined) return -1;
	const sentence = ctx.sentenceOf(i);
	const candidates = openOwners(ctx, sentence);
	let owners: Statistic[] = [];
	if (fan === 'both') owners = candidates.slice(-2);
	else if (fan === 'all') owners = candidates;
	else if (candidates.length > 0 && ctx.lastStatEnd >= i - 2 && candidates[candidates.length - 1] === ctx.stats[ctx.stats.length - 1]) {
		owners = [candidates[candidates.length - 1]];
	}
	emitPValue(ctx, read, owners, ctx.base + ctx.starts[i], i);
	return read.end;
}

/** `, ns` after a test statistic: a P value printed as "not significant". */
export function readNotSignificant(ctx: ScanContext, i: number): number {
	const lower = ctx.lowerAt(i);
	if (lower !== 'ns' && lower !== 'n.s') return -1;
	const previous = ctx.stats[ctx.stats.length - 1];
	if (previous === undefined || ctx.lastStatEnd < i - 1 || !P_CARRYING_KINDS.has(previous.kind)) return -1;
	const span = { start: ctx.base + ctx.starts[i], end: ctx.base + ctx.ends[i] };
	const read: ReadP = { comparator: 'ns', value: { value: 0.05, decimals: 2, span }, span, end: i + 1 };
	emitPValue(ctx, read, [previous], span.start, i);
	return i + 1;
}
