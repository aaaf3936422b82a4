/**
 * `extractStatistics`: one left-to-right pass over an abstract's tokens. At each token the rules
 * below are tried in order; each looks a bounded distance ahead, so the pass is linear.
 */
import type { Span } from '../model';
import { ScanContext } from './context';
import { emitStatistic } from './emit';
import { readMetricList, type PendingKeyword } from './metrics';
import { normalizeStatisticsText } from './normalize';
import { KEYWORD_START_WORDS, matchKeyword, TEST_SYMBOLS, type KeywordMatch } from './patterns';
import { readCountPercent, readSampleNoun, readSizeEquals, readTotal } from './sizes';
import { readNotSignificant, readPStatement, readTestStatistic } from './tests';
import * as tokens from './tokens';
import { P_WORDS, readConfidenceInterval } from './values';
import type { Statistic } from './types';

/** How many tokens a metric keyword may stand before its first value ("the sensitivity of VNC, … was 88.9%"). */
const KEYWORD_REACH = 40;
/** "sensitivity, specificity, PPV, NPV and accuracy": longer keyword lists start afresh (keeps the pass linear). */
const MAX_LISTED_KEYWORDS = 8;

/** A word token's kind, copied once (read for every token; an imported binding costs a call under vitest). */
const { WORD } = tokens;

/** The word rules, as bits of `RULES_BY_WORD`. */
const P_STATEMENT = 1;
const TEST_STATISTIC = 2;
const SIZE_EQUALS = 4;
const TOTAL = 8;
const NOT_SIGNIFICANT = 16;
const KEYWORD = 32;

/**
 * For every lower-cased word at which a word rule can succeed, the rules to try there: `readPStatement` at both, all
 * or P; `readTestStatistic` at its symbols; `readSizeEquals` at n; `readTotal`; `readNotSignificant`; `matchKeyword`
 * at a keyword's first word. Any other word is passed over after one lookup. A new word rule must add its words here.
 */
const RULES_BY_WORD: ReadonlyMap<string, number> = (() => {
	const rules = new Map<string, number>();
	const add = (words: Iterable<string>, rule: number) => {
		for (const word of words) rules.set(word, (rules.get(word) ?? 0) | rule);
	};
	add(['both', 'all', ...P_WORDS], P_STATEMENT);
	add([...TEST_SYMBOLS.keys()].map((symbol) => symbol.toLowerCase()), TEST_STATISTIC);
	add(['n'], SIZE_EQUALS);
	add(['total'], TOTAL);
	add(['ns', 'n.s'], NOT_SIGNIFICANT);
	add(KEYWORD_START_WORDS, KEYWORD);
	return rules;
})();

/**
 * Extracts every statistic from the abstract `text.slice(span.start, span.end)`. Returned spans are
 * document offsets. Statistics come in text order; `index` is the position in the returned array.
 */
export function extractStatistics(text: string, span: Span): Statistic[] {
	const slice = text.slice(span.start, span.end);
	const normalized = normalizeStatisticsText(slice);
	const table = tokens.tokenizeStatistics(normalized);
	if (table.count === 0) return [];
	const ctx = new ScanContext(slice, normalized, table, span.start);
	let pending: PendingKeyword | undefined;
	let i = 0;
	while (i < ctx.count) {
		if (ctx.endsClause(i)) {
			pending = undefined;
			i++;
			continue;
		}
		let next = -1;
		if (ctx.kindAt(i) === WORD) {
			const rules = RULES_BY_WORD.get(ctx.lowerAt(i));
			if (rules === undefined) {
				i++;
				continue;
			}
			next = readWordRules(ctx, i, rules);
			if (next < 0 && rules & KEYWORD) {
				const keyword = matchKeyword(ctx, i);
				if (keyword !== undefined) {
					next = i + keyword.length;
					pending = updatePending(ctx, pending, keyword, i);
				}
			}
		} else if (ctx.isNumber(i) || ctx.isPunct(i, '-')) {
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
	const bracketed = ctx.isPunct(i - 1, '(') || ctx.isPunct(i - 1, '[');
	if (pending !== undefined && pending.after >= i - 1 && bracketed && pending.kinds.includes(keyword.kind)) {
		return { ...pending, after: ctx.isPunct(after, ')') || ctx.isPunct(after, ']') ? after + 1 : after };
	}
	if (pending !== undefined && pending.after < i && pending.after >= i - 2 && pending.kinds.length < MAX_LISTED_KEYWORDS && onlyListSeparators(ctx, pending.after, i)) {
		return { ...pending, kinds: [...pending.kinds, keyword.kind], after };
	}
	return { kinds: [keyword.kind], adjusted: keyword.adjusted, start: i, after };
}

function onlyListSeparators(ctx: ScanContext, from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (!ctx.isPunct(k, ',') && ctx.lowerAt(k) !== 'and') return false;
	return true;
}

/** The list format of an emitted statistic, matching `formatOf` of its value group. */
function formatOfStatistic(stat: Statistic): string {
	return `${stat.percent ? '%' : ''}${stat.sd !== undefined ? '±' : ''}`;
}

function readWordRules(ctx: ScanContext, i: number, rules: number): number {
	let next = -1;
	if (rules & P_STATEMENT) next = readPStatement(ctx, i);
	if (next < 0 && rules & TEST_STATISTIC) next = readTestStatistic(ctx, i);
	if (next < 0 && rules & SIZE_EQUALS) next = readSizeEquals(ctx, i);
	if (next < 0 && rules & TOTAL) next = readTotal(ctx, i);
	if (next < 0 && rules & NOT_SIGNIFICANT) next = readNotSignificant(ctx, i);
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
		&& previous.sentence === ctx.sentenceSpan(ctx.sentenceOf(i))) {
		previous.ci = read.ci;
		previous.span = { start: previous.span.start, end: read.ci.span.end };
		ctx.lastStatEnd = read.end;
		return read.end;
	}
	emitStatistic(ctx, {
		kind: 'ci', span: read.ci.span, valueSpan: read.ci.span, value: read.ci.lower.value, decimals: read.ci.lower.decimals,
		percent: ctx.isPunct(read.end - 1, '%'), ci: read.ci,
	}, i, read.end);
	return read.end;
}
