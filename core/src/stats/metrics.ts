/**
 * Value lists after a metric keyword (`AUC of 0.809 (95% CI …), 0.693 (…) and 0.718 (…) in the
 * training, … cohorts, respectively`) and keyword-less percentage lists, with their cohort labels.
 */
import type { ScanContext } from './context';
import { emitValueGroup } from './emit';
import { readListLabels } from './labels';
import { CONNECTIVES, matchKeyword } from './patterns';
import { readValueGroup, type ValueGroup } from './values';
import type { StatKind } from './types';

/** A metric keyword waiting for its values. */
export interface PendingKeyword {
	/** Set once a list was read: later lists in the clause must look alike (both `%`, both `± SD`). */
	format?: string;
	/** One kind, or several for "sensitivity, specificity and accuracy were …". */
	kinds: StatKind[];
	adjusted: boolean;
	start: number;
	after: number;
}

interface ListItem {
	group: ValueGroup;
	start: number;
	label?: [number, number];
}

const RATIO_KINDS = new Set<StatKind>(['hr', 'or', 'rr']);
const GROUP_WORDS = new Set(['cohort', 'cohorts', 'set', 'group', 'dataset', 'subgroup']);
const MAX_LABEL_WORDS = 7;
const STOPS_LABEL = new Set(['respectively', 'and', 'or', 'vs', 'versus']);
const MAX_LOOKAHEAD = 30;
/** How far back labels for a list are looked for, and how many earlier lists may lend theirs. */
const MAX_LOOKBACK = 60;
const MAX_INHERIT = 8;

const LEVEL_WORDS = new Set(['ci', 'confidence', 'limits', 'limit', 'prediction', 'credible', 'cis']);

/** `%`, `±` or plain: lists after the first in a clause must share it. */
export function formatOf(group: ValueGroup): string {
	return `${group.percent ? '%' : ''}${group.sd !== undefined ? '±' : ''}`;
}

function isPlausible(ctx: ScanContext, group: ValueGroup, pending: PendingKeyword | undefined, position: number): boolean {
	if (pending === undefined) return (group.percent && !LEVEL_WORDS.has(ctx.lowerAt(group.end))) || group.sd !== undefined;
	if (pending.format !== undefined && formatOf(group) !== pending.format) return false;
	const kind = pending.kinds[position % pending.kinds.length];
	if (kind === 'median-iqr') return group.iqr !== undefined;
	if (RATIO_KINDS.has(kind)) return group.value.value > 0 && (group.value.decimals > 0 || group.ci !== undefined);
	return group.value.decimals > 0 || group.percent;
}

/** Words after a value up to a separator; returns the index after them (or `at` when there are none). */
function skipLabelWords(ctx: ScanContext, at: number): number {
	let k = at;
	while (k < at + MAX_LABEL_WORDS && ctx.isWord(k) && !STOPS_LABEL.has(ctx.lowerAt(k)) && matchKeyword(ctx, k) === undefined) k++;
	return k;
}

/** The index after a list separator (`,`, `, and`, `and`, `vs`) at `at`, or -1. */
function skipSeparator(ctx: ScanContext, at: number): number {
	let k = at;
	if (ctx.isPunct(k, ',')) k++;
	if (ctx.isWord(k, 'and') || ctx.isWord(k, 'or') || ctx.isWord(k, 'vs') || ctx.isWord(k, 'versus')) k++;
	if (ctx.isPunct(k, '.') && ctx.lowerAt(k - 1) === 'vs') k++;
	return k > at ? k : -1;
}

/** Reads a list of values at token `i` for `pending` (or a percentage list when undefined). Returns the next index or -1. */
export function readMetricList(ctx: ScanContext, i: number, pending: PendingKeyword | undefined): number {
	if (pending === undefined && !mayStartPlainList(ctx, i)) return -1;
	const items: ListItem[] = [];
	let at = i;
	let end = i;
	for (;;) {
		const group = readValueGroup(ctx, at, pending?.kinds[items.length % pending.kinds.length]);
		if (group === undefined || !isPlausible(ctx, group, pending, items.length)) break;
		const item: ListItem = { group, start: at };
		items.push(item);
		end = group.end;
		const labelEnd = skipLabelWords(ctx, group.end);
		const next = skipSeparator(ctx, labelEnd);
		if (next >= 0 && ctx.readSignedNumber(next) !== undefined) {
			if (labelEnd > group.end) item.label = [group.end, labelEnd];
			at = next;
			continue;
		}
		if (labelEnd > group.end && (items.length > 1 ? items[0].label !== undefined : hasGroupWord(ctx, group.end, labelEnd))) {
			item.label = [group.end, labelEnd];
			end = labelEnd;
		}
		break;
	}
	if (items.length === 0) return -1;
	const respectively = findRespectively(ctx, end);
	const labels = (pending?.kinds.length ?? 1) > 1 ? undefined : labelItems(ctx, items, end, respectively, pending);
	const listId = items.length > 1 ? ctx.nextListId++ : undefined;
	const kindCount = pending?.kinds.length ?? 1;
	items.forEach((item, k) => {
		const kind: StatKind = pending?.kinds[k % kindCount] ?? (item.group.percent ? 'percent' : 'mean-sd');
		const position = Math.floor(k / kindCount);
		const spanStart = k === 0 && pending !== undefined && keywordIsAdjacent(ctx, pending, item.start)
			? ctx.base + ctx.starts[pending.start] : item.group.value.span.start;
		emitValueGroup(ctx, kind, item.group, spanStart, item.start, {
			cohort: labels?.[kindCount > 1 ? position : k], listId, listPosition: listId === undefined ? undefined : position, adjusted: pending?.adjusted || undefined,
		});
	});
	const next = respectively >= 0 ? respectively + 1 : end;
	if (items.length > 1 && labels !== undefined) ctx.lists.push({ sentence: ctx.sentenceOf(i), length: items.length, labels });
	ctx.lastListEnd = next;
	return next;
}

/**
 * A quick look before reading anything: without a keyword only a percentage (not a CI level such as `95% CI`) or a
 * value with an SD starts a list (see `isPlausible`), so the token after the number must be `%`, `±`, `,` (a CI may
 * follow, then a bracket), `(`, or a unit before `(`. `i` is a number or a sign before one.
 */
function mayStartPlainList(ctx: ScanContext, i: number): boolean {
	const after = ctx.isNumber(i) ? i + 1 : i + 2;
	if (ctx.isPunct(after, '%')) return !LEVEL_WORDS.has(ctx.lowerAt(after + 1));
	return ctx.isPunct(after, '±') || ctx.isPunct(after, ',') || ctx.isPunct(after, '(') || (ctx.isWord(after) && ctx.isPunct(after + 1, '('));
}

function hasGroupWord(ctx: ScanContext, from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (GROUP_WORDS.has(ctx.lowerAt(k))) return true;
	return false;
}

/** The index of "respectively" closing the list that ends at `end`, or -1. */
function findRespectively(ctx: ScanContext, end: number): number {
	for (let k = end; k < end + MAX_LOOKAHEAD && !ctx.endsClause(k); k++) {
		if (ctx.lowerAt(k) === 'respectively') return k;
		if (ctx.isNumber(k)) return -1;
	}
	return -1;
}

/** Labels for the items: inline ones, the words before "respectively", the words before the list, or the previous list's. */
function labelItems(ctx: ScanContext, items: ListItem[], end: number, respectively: number, pending: PendingKeyword | undefined): string[] | undefined {
	const count = items.length;
	if (items.every((item) => item.label !== undefined)) {
		const labels = readListLabels(ctx, items[0].label![0], items[0].label![1], 1, 'after');
		if (count === 1) return labels;
		const all = items.map((item) => readListLabels(ctx, item.label![0], item.label![1], 1, 'after')?.[0]);
		if (all.every((label) => label !== undefined)) return all as string[];
	}
	if (count < 2 || respectively < 0) return undefined;
	if (respectively > end + 1) return readListLabels(ctx, end, respectively, count, 'after');
	const sentence = ctx.sentenceOf(items[0].start);
	const sentenceStart = ctx.sentenceFirstToken(sentence);
	const floor = Math.max(sentenceStart, ctx.lastListEnd, items[0].start - MAX_LOOKBACK);
	const gapStart = pending !== undefined ? Math.max(pending.after, floor) : floor;
	const fromGap = readListLabels(ctx, gapStart, items[0].start, count, 'before');
	if (fromGap !== undefined) return fromGap;
	if (pending !== undefined && pending.start > floor) {
		const fromBefore = readListLabels(ctx, floor, pending.start, count, 'before');
		if (fromBefore !== undefined) return fromBefore;
	}
	for (let k = ctx.lists.length - 1; k >= Math.max(0, ctx.lists.length - MAX_INHERIT) && ctx.lists[k].sentence === sentence; k--) {
		if (ctx.lists[k].length === count) return ctx.lists[k].labels;
	}
	return undefined;
}

/** True when only connectives (`of`, `was`, `=`, `:`, `,`, `(AUC)`, `[HR]`) separate the keyword from the first value. */
function keywordIsAdjacent(ctx: ScanContext, pending: PendingKeyword, valueAt: number): boolean {
	for (let k = pending.after; k < valueAt; k++) {
		const bracketed = (ctx.isPunct(k - 1, '(') && ctx.isPunct(k + 1, ')')) || (ctx.isPunct(k - 1, '[') && ctx.isPunct(k + 1, ']'));
		if (ctx.isWord(k) && !CONNECTIVES.has(ctx.lowerAt(k)) && !bracketed) return false;
		const punct = ctx.punctAt(k);
		if (punct !== undefined && !'=:,)]'.includes(punct) && !(('(['.includes(punct)) && k + 2 < valueAt)) return false;
		if (ctx.isNumber(k)) return false;
	}
	return true;
}
