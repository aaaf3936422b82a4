/**
 * Cohort and group labels: the words of a "respectively" list ("in the training, internal validation
 * and external validation cohorts, respectively") and the words before a bracketed sample size.
 */
import type { ScanContext } from './context';
import { LABEL_STOP_WORDS } from './patterns';

const GROUP_NOUNS = new Set(['cohort', 'cohorts', 'set', 'sets', 'group', 'groups', 'dataset', 'datasets', 'subgroup', 'subgroups']);
const MAX_LABEL_WORDS = 3;
const MAX_LOOKAHEAD = 10;
/** Words that may follow a bracketed size before the shared group noun. */
const ALONG_THE_WAY = new Set(['and', 'or', 'cohorts', 'cohort', 'groups', 'group', 'sets', 'set', 'datasets', 'dataset', 'subgroups', 'subgroup']);

/**
 * Splits tokens `[from, to)` at commas and "and"/"or" into items and returns `count` labels, or
 * undefined when the count does not match. `side` says whether the text precedes the values.
 */
export function readListLabels(ctx: ScanContext, from: number, to: number, count: number, side: 'before' | 'after'): string[] | undefined {
	const items: Array<[number, number]> = [];
	let itemStart = from;
	let depth = 0;
	for (let i = from; i <= to; i++) {
		if (i < to) {
			if (ctx.isPunct(i, '(')) depth++;
			if (ctx.isPunct(i, ')')) depth = Math.max(0, depth - 1);
		}
		const lower = ctx.lowerAt(i);
		const splits = i === to || (depth === 0 && (ctx.isPunct(i, ',') || lower === 'and' || lower === 'or'));
		if (!splits) continue;
		if (i > itemStart) items.push([itemStart, i]);
		itemStart = i + 1;
	}
	if (items.length < count || (side === 'after' && items.length !== count)) return undefined;
	const chosen = items.slice(items.length - count);
	const labels = chosen.map(([start, end], k) => cleanLabel(ctx, start, end, side === 'before' && k === 0, k === count - 1));
	return labels.every((label) => label.length > 0) ? shareGroupNoun(labels) : undefined;
}

const PLURAL_GROUP_NOUN = /\s(cohorts|sets|groups|datasets|subgroups)$/i;

/** "training, validation and test cohorts" → "training cohort", "validation cohort", "test cohort". */
function shareGroupNoun(labels: string[]): string[] {
	const match = PLURAL_GROUP_NOUN.exec(labels[labels.length - 1]);
	if (match === null || labels.length < 2) return labels;
	const singular = match[1].slice(0, -1);
	return labels.map((label, k) => {
		const bare = k === labels.length - 1 ? label.slice(0, match.index) : label;
		return GROUP_NOUNS.has(bare.slice(bare.lastIndexOf(' ') + 1).toLowerCase()) ? bare : `${bare} ${singular}`;
	});
}

/** Trims an item to its label: leading articles and prepositions go; a first item keeps only its tail, a last item only its head. */
function cleanLabel(ctx: ScanContext, start: number, end: number, keepTail: boolean, keepHead: boolean): string {
	let from = start;
	let to = end;
	if (keepTail) {
		for (let i = end - 1; i > from; i--) {
			if (LABEL_STOP_WORDS.has(ctx.lowerAt(i)) || ctx.isPunct(i, ':')) {
				from = i + 1;
				break;
			}
		}
	}
	while (from < to && (LABEL_STOP_WORDS.has(ctx.lowerAt(from)) || ctx.punctAt(from) !== undefined)) from++;
	if (keepHead) {
		for (let i = from + 1; i < to; i++) {
			if (LABEL_STOP_WORDS.has(ctx.lowerAt(i)) || ctx.isPunct(i, '(')) {
				to = i;
				break;
			}
		}
	}
	while (to > from && ctx.punctAt(to - 1) !== undefined && !ctx.isPunct(to - 1, ')')) to--;
	if (to <= from) return '';
	return ctx.originalText(ctx.spanOfTokens(from, to - 1));
}

/**
 * The label of a bracketed size such as `training ( n=1 830)` or `a training cohort (176 cases)`:
 * up to three words before `(`, plus "cohort" when the bracket is followed by "cohorts".
 */
export function readSizeLabel(ctx: ScanContext, openBracket: number, closeBracket: number): string | undefined {
	let from = openBracket;
	while (from > 0 && openBracket - from < MAX_LABEL_WORDS) {
		if (!ctx.isWord(from - 1)) break;
		const lower = ctx.lowerAt(from - 1);
		if (LABEL_STOP_WORDS.has(lower) || lower.endsWith('ly')) break;
		from--;
	}
	if (from === openBracket) return undefined;
	const label = ctx.originalText(ctx.spanOfTokens(from, openBracket - 1));
	const noun = findGroupNounAfter(ctx, closeBracket + 1);
	return noun !== undefined && !GROUP_NOUNS.has(ctx.lowerAt(openBracket - 1)) ? `${label} ${noun.replace(/s$/, '')}` : label;
}

/** The group noun closing "training ( n=1 830) and validation ( n=671) cohorts", looking a few tokens ahead. */
function findGroupNounAfter(ctx: ScanContext, from: number): string | undefined {
	for (let k = from; k < from + MAX_LOOKAHEAD && k < ctx.count; k++) {
		const word = ctx.isWord(k);
		const lower = ctx.lowerAt(k);
		if (word && GROUP_NOUNS.has(lower)) return lower;
		if (ctx.endsSentence(k) || ctx.isPunct(k, ';') || ctx.isPunct(k, ',') || (word && !ALONG_THE_WAY.has(lower) && k === from)) return undefined;
	}
	return undefined;
}
