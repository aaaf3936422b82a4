/**
 * Readers for the pieces that follow a number: ranges, confidence intervals, `n/N` counts,
 * bracketed P values, `± SD` and IQRs. Each reader looks a bounded number of tokens ahead.
 */
import type { Span } from '../model';
import type { ScanContext } from './context';
import type { Comparator, ConfidenceInterval, PrintedNumber, StatKind } from './types';

/** A P value read from the text, not yet emitted as a statistic. */
export interface ReadP {
	comparator: Comparator;
	value: PrintedNumber;
	span: Span;
	end: number;
}

/** A number and what was printed with it. `end` is the token index after the group. */
export interface ValueGroup {
	value: PrintedNumber;
	percent: boolean;
	ci?: ConfidenceInterval;
	count?: number;
	total?: number;
	sd?: PrintedNumber;
	iqr?: { lower: PrintedNumber; upper: PrintedNumber };
	pValues: ReadP[];
	end: number;
}

const RANGE_WORDS = new Set(['to', 'and']);
/** Units that may sit between a value and its bracket: `61 years (IQR 54 to 68)`. */
const UNIT_WORDS = new Set(['years', 'year', 'months', 'month', 'weeks', 'days', 'hours', 'h', 'min', 's', 'ms', 'mm', 'cm', 'hu', 'ml', 'kg', 'mg', 'points', 'mmhg']);
const COMPARATORS: Record<string, Comparator> = { '=': '=', '<': '<', '>': '>', '≤': '<=', '≥': '>=', ':': '=' };
/** `P`, `P-value of 0.03`, `p value was 0.2`. */
export const P_WORDS: ReadonlySet<string> = new Set(['p', 'p-value', 'p-values']);
const P_VERBS = new Set(['of', 'was', 'is', 'were']);
/** `p \textless .001` in abstracts exported through BibTeX. */
const LATEX_COMPARATORS = new Map<string, Comparator>([['textless', '<'], ['textgreater', '>'], ['leq', '<='], ['geq', '>='], ['le', '<='], ['ge', '>=']]);

/** Reads `a-b`, `a~b`, `a to b` (each side optionally with `%`); a comma separates only when `commaAllowed`. */
export function readRange(ctx: ScanContext, i: number, commaAllowed: boolean): { lower: PrintedNumber; upper: PrintedNumber; end: number } | undefined {
	const lower = ctx.readSignedNumber(i);
	if (lower === undefined) return undefined;
	let at = lower.end;
	if (ctx.isPunct(at, '%')) at++;
	const sep = ctx.punctAt(at);
	const word = ctx.lowerAt(at);
	const isSep = (sep !== undefined && (sep === '-' || sep === '~' || (commaAllowed && sep === ',')))
		|| (ctx.isWord(at) && RANGE_WORDS.has(word) && (word === 'to' || commaAllowed));
	if (!isSep) return undefined;
	const upper = ctx.readSignedNumber(at + 1);
	if (upper === undefined) return undefined;
	let end = upper.end;
	if (ctx.isPunct(end, '%')) end++;
	return { lower: lower.printed, upper: upper.printed, end };
}

/** Reads `95% CI 0.82-0.91`, `95%CI:0.786~0.999`, `95% confidence interval, 1.1 to 2.3`. */
export function readConfidenceInterval(ctx: ScanContext, i: number): { ci: ConfidenceInterval; end: number } | undefined {
	let at = i;
	let level = 95;
	let levelPrinted = false;
	if (ctx.isNumber(at) && ctx.isPunct(at + 1, '%')) {
		level = ctx.valueAt(at);
		levelPrinted = true;
		at += 2;
	}
	if (ctx.isWord(at, 'ci') || ctx.isWord(at, 'cis')) at++;
	else if (ctx.isWord(at, 'confidence') && (ctx.isWord(at + 1, 'interval') || ctx.isWord(at + 1, 'intervals'))) at += 2;
	else return undefined;
	if (ctx.isPunct(at, ':') || ctx.isPunct(at, ',') || ctx.isPunct(at, '=')) at++;
	const range = readRange(ctx, at, true);
	if (range === undefined) return undefined;
	const span = { start: ctx.base + ctx.starts[i], end: ctx.base + ctx.ends[range.end - 1] };
	return { ci: { level, levelPrinted, lower: range.lower, upper: range.upper, span }, end: range.end };
}

/** Reads `P<0.001`, `p = .03`, `P value = 0.2`, `P≤0.05` at a `P` token. */
export function readPValue(ctx: ScanContext, i: number): ReadP | undefined {
	if (!ctx.isWord(i)) return undefined;
	const lower = ctx.lowerAt(i);
	if (lower.charCodeAt(0) !== 112 || !P_WORDS.has(lower)) return undefined;
	let at = i + 1;
	if (ctx.isWord(at, 'value') || ctx.isWord(at, 'values')) at++;
	if (ctx.isWord(at) && P_VERBS.has(ctx.lowerAt(at)) && ctx.isNumber(at + 1)) {
		const number = at + 1;
		if (ctx.valueAt(number) > 1) return undefined;
		const value = { value: ctx.valueAt(number), decimals: ctx.decimalsAt(number), span: { start: ctx.base + ctx.starts[number], end: ctx.base + ctx.ends[number] } };
		return { comparator: '=', value, span: { start: ctx.base + ctx.starts[i], end: value.span.end }, end: at + 2 };
	}
	const first = ctx.punctAt(at);
	if (first === undefined) return undefined;
	let comparator: Comparator | undefined = COMPARATORS[first];
	if (first === '\\' && LATEX_COMPARATORS.has(ctx.lowerAt(at + 1))) {
		comparator = LATEX_COMPARATORS.get(ctx.lowerAt(at + 1));
		at++;
	}
	if (comparator === undefined) return undefined;
	at++;
	if ((comparator === '<' || comparator === '>') && ctx.isPunct(at, '=')) {
		comparator = comparator === '<' ? '<=' : '>=';
		at++;
	}
	if (!ctx.isNumber(at) || ctx.valueAt(at) > 1) return undefined;
	const value = { value: ctx.valueAt(at), decimals: ctx.decimalsAt(at), span: { start: ctx.base + ctx.starts[at], end: ctx.base + ctx.ends[at] } };
	return { comparator, value, span: { start: ctx.base + ctx.starts[i], end: value.span.end }, end: at + 1 };
}

/** Reads a number with its `%`, `± SD` and any bracketed or comma-joined CI, counts, IQR and P values. */
export function readValueGroup(ctx: ScanContext, i: number, kind: StatKind | undefined): ValueGroup | undefined {
	const number = ctx.readSignedNumber(i);
	if (number === undefined) return undefined;
	const group: ValueGroup = { value: number.printed, percent: false, pValues: [], end: number.end };
	if (ctx.isPunct(group.end, '%')) {
		group.percent = true;
		group.end++;
	}
	if (ctx.isPunct(group.end, '±')) {
		const sd = ctx.readSignedNumber(group.end + 1);
		if (sd !== undefined) {
			group.sd = sd.printed;
			group.end = ctx.isPunct(sd.end, '%') ? sd.end + 1 : sd.end;
		}
	}
	if (ctx.isPunct(group.end, ',')) {
		const ci = readConfidenceInterval(ctx, group.end + 1);
		if (ci !== undefined) {
			group.ci = ci.ci;
			group.end = ci.end;
		}
	}
	const unitBeforeBracket = ctx.isWord(group.end) && UNIT_WORDS.has(ctx.lowerAt(group.end)) && ctx.isPunct(group.end + 1, '(');
	if (unitBeforeBracket) group.end++;
	if (ctx.isPunct(group.end, '(')) readBracket(ctx, group, kind);
	if (unitBeforeBracket && group.ci === undefined && group.iqr === undefined && group.count === undefined) group.end--;
	return group;
}

/** Reads `( item, item; item )` after a value; keeps nothing unless every item is known and the bracket closes. */
function readBracket(ctx: ScanContext, group: ValueGroup, kind: StatKind | undefined): void {
	const draft: ValueGroup = { ...group, pValues: [...group.pValues] };
	let at = group.end + 1;
	for (let items = 0; items < 8; items++) {
		const next = readBracketItem(ctx, at, draft, kind);
		if (next === undefined) return;
		at = next;
		if (ctx.isPunct(at, ')')) {
			Object.assign(group, draft, { end: at + 1 });
			return;
		}
		if (!ctx.isPunct(at, ',') && !ctx.isPunct(at, ';')) return;
		at++;
	}
}

function readBracketItem(ctx: ScanContext, at: number, group: ValueGroup, kind: StatKind | undefined): number | undefined {
	const ci = readConfidenceInterval(ctx, at);
	if (ci !== undefined && group.ci === undefined) {
		group.ci = ci.ci;
		return ci.end;
	}
	const p = readPValue(ctx, at);
	if (p !== undefined) {
		group.pValues.push(p);
		return p.end;
	}
	if ((ctx.isWord(at, 'sd') || ctx.isWord(at, 's.d')) && group.sd === undefined) {
		const from = ctx.isPunct(at + 1, ':') || ctx.isPunct(at + 1, '=') || ctx.isPunct(at + 1, ',') ? at + 2 : at + 1;
		const sd = ctx.readSignedNumber(from);
		if (sd === undefined) return undefined;
		group.sd = sd.printed;
		return ctx.isPunct(sd.end, '%') ? sd.end + 1 : sd.end;
	}
	if ((ctx.isWord(at, 'iqr') || ctx.isWord(at, 'interquartile')) && group.iqr === undefined) {
		let from = at + 1;
		if (ctx.isWord(from, 'range')) from++;
		if (ctx.isPunct(from, ':') || ctx.isPunct(from, ',')) from++;
		const range = readRange(ctx, from, true);
		if (range === undefined) return undefined;
		group.iqr = { lower: range.lower, upper: range.upper };
		return range.end;
	}
	const ofTotal = ctx.isWord(at + 1, 'of') && ctx.valueAt(at + 2) >= ctx.valueAt(at);
	if (ctx.isNumber(at) && (ctx.isPunct(at + 1, '/') || ofTotal) && ctx.isNumber(at + 2) && group.count === undefined) {
		group.count = ctx.valueAt(at);
		group.total = ctx.valueAt(at + 2);
		return at + 3;
	}
	const range = readRange(ctx, at, false);
	if (range !== undefined) {
		if (kind === 'median-iqr') {
			if (group.iqr !== undefined) return undefined;
			group.iqr = { lower: range.lower, upper: range.upper };
		} else {
			if (group.ci !== undefined) return undefined;
			const span = { start: range.lower.span.start, end: ctx.base + ctx.ends[range.end - 1] };
			group.ci = { level: 95, levelPrinted: false, lower: range.lower, upper: range.upper, span };
		}
		return range.end;
	}
	return undefined;
}
