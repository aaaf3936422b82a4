/**
 * Turning what the readers found into `Statistic` objects: numbering, sentence spans, and the
 * links between a statistic and the P values printed for it.
 */
import type { Span } from '../model';
import type { ScanContext } from './context';
import type { ReadP, ValueGroup } from './values';
import type { Statistic, StatKind } from './types';

/** Kinds whose P value the checks can test: test statistics and ratio measures. */
export const P_CARRYING_KINDS = new Set<StatKind>(['chi2', 't', 'F', 'z', 'r', 'rho', 'hr', 'or', 'rr']);

/** Adds a statistic (fills `index` and `sentence`) and returns it. `endToken` is the token index after it. */
export function emitStatistic(ctx: ScanContext, fields: Omit<Statistic, 'index' | 'sentence'>, tokenAt: number, endToken: number): Statistic {
	const sentence = ctx.sentenceSpan(ctx.sentenceOf(Math.min(tokenAt, ctx.count - 1)));
	const stat = Object.assign({ index: ctx.stats.length, sentence }, fields) as Statistic;
	ctx.stats.push(stat);
	ctx.lastStatEnd = endToken;
	return stat;
}

/** Emits a P value and links it to the statistics it reports on. */
export function emitPValue(ctx: ScanContext, read: ReadP, owners: Statistic[], spanStart: number, tokenAt: number): Statistic {
	const span: Span = { start: spanStart, end: read.span.end };
	const p = emitStatistic(ctx, {
		kind: 'p', span, valueSpan: read.value.span, value: read.value.value, decimals: read.value.decimals, percent: false,
		comparator: read.comparator, appliesTo: owners.map((owner) => owner.index),
	}, tokenAt, read.end);
	for (const owner of owners) owner.pIndex = p.index;
	return p;
}

/** Emits the statistic described by a value group, then the P values bracketed with it. */
export function emitValueGroup(ctx: ScanContext, kind: StatKind, group: ValueGroup, spanStart: number, tokenAt: number, extra: Partial<Statistic> = {}): Statistic {
	const end = ctx.ends[group.end - 1] + ctx.base;
	const stat = emitStatistic(ctx, {
		kind, span: { start: spanStart, end }, valueSpan: group.value.span, value: group.value.value, decimals: group.value.decimals,
		percent: group.percent, ci: group.ci, count: group.count, total: group.total, sd: group.sd, iqr: group.iqr, ...extra,
	}, tokenAt, group.end);
	for (const read of group.pValues) emitPValue(ctx, read, P_CARRYING_KINDS.has(kind) ? [stat] : [], read.span.start, tokenAt);
	ctx.lastStatEnd = group.end;
	return stat;
}
