/**
 * `extractStatistics`: one left-to-right pass over an abstract's tokens. At each token the rules
 * below are tried in order; each looks a bounded distance ahead, so the pass is linear.
 */
import type { Span } from '../model';
import { createScanContext, endsClause, isNumber, isPunct, type ScanContext } from './context';
import { emitStatistic } from './emit';
import { readMetricList, type PendingKeyword } from './metrics';
import { normalizeStatisticsText } from './normalize';
import { matchKeyword, type KeywordMatch } from './patterns';
import { readCountPercent, readSampleNoun, readSizeEquals, readTotal } from './sizes';
import { readNotSignificant, readPStatement, readTestStatistic } from './tests';
import { tokenizeStatistics } from './tokens';
import { readConfidenceInterval } from './values';
import type { Statistic } from './types';

/** How many tokens a metric keyword may stand before its first value ("the sensitivity of VNC, … was 88.9%"). */
const KEYWORD_REACH = 40;
/** "sensitivity, specificity, PPV, NPV and accuracy": longer keyword lists start afresh (keeps the pass linear). */
const MAX_LISTED_KEYWORDS = 8;

/**
 * Extracts every statistic from the abstract `text.slice(span.start, span.end)`. Returned spans are
 * document offsets. Statistics come in text order; `index` is the position in the returned array.
 */
export function extractStatistics(text: string, span: Span): Statistic[] {
	const slice = text.slice(span.start, span.end);
	const tokens = tokenizeStatistics(normalizeStatisticsText(slice));
	if (tokens.length === 0) return [];
	const ctx = createScanContext(slice, tokens, span.start);
	let pending: PendingKeyword | undefined;
	let i = 0;
	while (i < tokens.length) {
		if (endsClause(ctx, i)) {
			pending = undefined;
			i++;
			continue;
		}
		let next = -1;
		if (tokens[i].kind === 'word') {
			next = readWordRules(ctx, i);
			if (next < 0) {
				const keyword = matchKeyword(ctx.lowers, ctx.texts, i);
				if (keyword !== undefined) {
					next = i + keyword.length;
					pending = updatePending(ctx, pending, keyword, i);
				}
			}
		} else if (isNumber(ctx, i) || isPunct(ctx, i, '-')) {
			next = readNumberRules(ctx, i);
			if (next < 0 && pending !== undefined && i - pending.after <= KEYWORD_REACH) {
				const before = ctx.stats.length;
				next = readMetricList(ctx, i, pending);
				if (next >= 0) pending = { ...pending, format: formatOfStatistic(ctx.stats[before]) };
			}
			if (next < 0) next = readMetricList(ctx, i, undefined);
		}
		i = next > i ? next : i + 1;
	}
	return ctx.stats;
}

/**
 * The keyword state after a keyword at `i`: "area under the curve (AUC)" keeps the full name,
 * "sensitivity, specificity and accuracy" becomes one keyword list, anything else starts afresh.
 */
function updatePending(ctx: ScanContext, pending: PendingKeyword | undefined, keyword: KeywordMatch, i: number): PendingKeyword {
	const after = i + keyword.length;
	const bracketed = isPunct(ctx, i - 1, '(') || isPunct(ctx, i - 1, '[');
	if (pending !== undefined && pending.after >= i - 1 && bracketed && pending.kinds.includes(keyword.kind)) {
		return { ...pending, after: isPunct(ctx, after, ')') || isPunct(ctx, after, ']') ? after + 1 : after };
	}
	if (pending !== undefined && pending.after < i && pending.after >= i - 2 && pending.kinds.length < MAX_LISTED_KEYWORDS && onlyListSeparators(ctx, pending.after, i)) {
		return { ...pending, kinds: [...pending.kinds, keyword.kind], after };
	}
	return { kinds: [keyword.kind], adjusted: keyword.adjusted, start: i, after };
}

function onlyListSeparators(ctx: ScanContext, from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (!isPunct(ctx, k, ',') && ctx.lowers[k] !== 'and') return false;
	return true;
}

/** The list format of an emitted statistic, matching `formatOf` of its value group. */
function formatOfStatistic(stat: Statistic): string {
	return `${stat.percent ? '%' : ''}${stat.sd !== undefined ? '±' : ''}`;
}

function readWordRules(ctx: ScanContext, i: number): number {
	let next = readPStatement(ctx, i);
	if (next < 0) next = readTestStatistic(ctx, i);
	if (next < 0) next = readSizeEquals(ctx, i);
	if (next < 0) next = readTotal(ctx, i);
	if (next < 0) next = readNotSignificant(ctx, i);
	return next;
}

function readNumberRules(ctx: ScanContext, i: number): number {
	let next = readCountPercent(ctx, i);
	if (next < 0) next = readSampleNoun(ctx, i);
	if (next < 0) next = readStandaloneInterval(ctx, i);
	return next;
}

/** `…, 95% CI 0.82-0.91` not inside a value's brackets: joins the statistic just before, else stands alone. */
function readStandaloneInterval(ctx: ScanContext, i: number): number {
	const read = readConfidenceInterval(ctx, i);
	if (read === undefined) return -1;
	const previous = ctx.stats[ctx.stats.length - 1];
	if (previous !== undefined && previous.ci === undefined && previous.kind !== 'p' && ctx.lastStatEnd >= i - 2
		&& previous.sentence === ctx.sentences[ctx.sentenceOf[i]]) {
		previous.ci = read.ci;
		previous.span = { start: previous.span.start, end: read.ci.span.end };
		ctx.lastStatEnd = read.end;
		return read.end;
	}
	emitStatistic(ctx, {
		kind: 'ci', span: read.ci.span, valueSpan: read.ci.span, value: read.ci.lower.value, decimals: read.ci.lower.decimals,
		percent: isPunct(ctx, read.end - 1, '%'), ci: read.ci,
	}, i, read.end);
	return read.end;
}
