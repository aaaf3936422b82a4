/**
 * Check 1: a test statistic against its P value, with statcheck's rules. Every printed number is
 * widened to its rounding interval; when df is not printed (χ², t) the check searches every df.
 */
import { pFromChiSquare, pFromF, pFromR, pFromT, pFromZ } from '../distributions';
import type { Statistic } from '../types';
import { describeP, formatP, formatPrinted, halfUnit, roundTo, symbolOf, type CheckRecorder } from './recorder';

const ALPHA = 0.05;
const MAX_DF = 10000;

/** A reported P reduced to `=`, `<` or `>` (statcheck reads "ns" as P > .05). */
interface ReportedP {
	comparator: '=' | '<' | '>';
	value: number;
	decimals: number;
}

interface Bounds {
	lowP: number;
	upP: number;
	computed: number;
}

function reportedOf(p: Statistic): ReportedP {
	if (p.comparator === 'ns') return { comparator: '>', value: ALPHA, decimals: 2 };
	const comparator = p.comparator === '<=' ? '<' : p.comparator === '>=' ? '>' : (p.comparator ?? '=') as '=' | '<' | '>';
	return { comparator, value: p.value, decimals: p.decimals };
}

/** statcheck's error rule for a test statistic printed with `=`. */
function isError(reported: ReportedP, lowP: number, upP: number): boolean {
	if (reported.comparator === '=') return reported.value > roundTo(upP, reported.decimals) || reported.value < roundTo(lowP, reported.decimals);
	if (reported.comparator === '<') return reported.value < lowP;
	return reported.value > upP;
}

/** statcheck's decision error (P = α counts as significant). */
function isDecisionError(reported: ReportedP, computed: number): boolean {
	if (reported.comparator === '=') return (reported.value <= ALPHA && computed > ALPHA) || (reported.value > ALPHA && computed <= ALPHA);
	if (reported.comparator === '<') return reported.value <= ALPHA && computed > ALPHA;
	return reported.value >= ALPHA && computed <= ALPHA;
}

/** The P function of a statistic for a given df (second df for F), or undefined when df is needed and missing. */
function pFunction(stat: Statistic, df?: number): ((x: number) => number) | undefined {
	const [df1, df2] = stat.df ?? [df, undefined];
	switch (stat.kind) {
		case 'z': return (x) => pFromZ(x);
		case 'chi2': return df1 === undefined ? undefined : (x) => pFromChiSquare(x, df1);
		case 't': return df1 === undefined ? undefined : (x) => pFromT(x, df1);
		case 'F': return df1 === undefined || df2 === undefined ? undefined : (x) => pFromF(x, df1, df2);
		case 'r': case 'rho': return stat.df === undefined ? undefined : (x) => pFromR(Math.min(x, 0.999999999), df1!);
		default: return undefined;
	}
}

function boundsOf(stat: Statistic, p: (x: number) => number): Bounds {
	const size = Math.abs(stat.value);
	const h = halfUnit(stat.decimals);
	return { lowP: p(size + h), upP: p(Math.max(0, size - h)), computed: p(size) };
}

function statText(stat: Statistic, df?: string): string {
	const printedDf = stat.df !== undefined ? `(${stat.df.join(', ')})` : df ?? '';
	return `${symbolOf(stat.kind)}${printedDf} = ${formatPrinted(stat.value, stat.decimals)}`;
}

/** statcheck's OneTailedTxt: these words in the sentence allow a halved P for t, z and r. */
const ONE_TAILED = /\bone[- ]?(?:tailed|sided)\b|\bdirectional\b/i;

/** True when the statistic's sentence in `text` says the test was one-tailed. */
function saysOneTailed(stat: Statistic, text: string | undefined): boolean {
	return text !== undefined && ['t', 'z', 'r', 'rho'].includes(stat.kind) && ONE_TAILED.test(text.slice(stat.sentence.start, stat.sentence.end));
}

/** Runs check 1 on every test statistic that has a P value (`text`, the document, enables statcheck's one-tailed rule). */
export function checkTestStatistics(stats: Statistic[], recorder: CheckRecorder, text?: string): void {
	for (const stat of stats) {
		if (stat.pIndex === undefined || !['chi2', 't', 'F', 'z', 'r', 'rho'].includes(stat.kind)) continue;
		const p = stats[stat.pIndex];
		const span = p.appliesTo?.length === 1 && p.span.start > stat.span.start ? { start: stat.span.start, end: p.span.end } : stat.span;
		const known = pFunction(stat);
		if (p.comparator === '=' && p.value <= 0) reportZeroP(stat, p, known ?? pFunction(stat, stat.kind === 't' ? Infinity : 1), span, recorder);
		else if (known !== undefined) checkWithDf(stat, p, known, span, recorder, saysOneTailed(stat, text));
		else if (stat.kind === 'chi2' || stat.kind === 't') checkWithoutDf(stat, p, span, recorder);
	}
}

function checkWithDf(stat: Statistic, p: Statistic, compute: (x: number) => number, span: { start: number; end: number }, recorder: CheckRecorder, oneTailed: boolean): void {
	const reported = reportedOf(p);
	const bounds = boundsOf(stat, compute);
	const gives = `${statText(stat)} gives P = ${formatP(bounds.computed)}`;
	if (oneTailed && isError(reported, bounds.lowP, bounds.upP) && !isError(reported, bounds.lowP / 2, bounds.upP / 2)) {
		const note = `${gives} two-tailed, ${formatP(bounds.computed / 2)} one-tailed: consistent with ${describeP(p)} as the one-tailed test the sentence names`;
		recorder.pass(stat, note);
		recorder.pass(p, note);
		return;
	}
	if (isError(reported, bounds.lowP, bounds.upP)) {
		const decisionError = isDecisionError(reported, bounds.computed);
		const flip = decisionError ? ' (significance at 0.05 flips)' : '';
		recorder.report('test-p', 'warning', stat, `${gives}, not ${describeP(p)}${flip}`, { span, related: [p], decisionError, sharedVerdict: true });
		return;
	}
	const byRounding = isError(reported, bounds.computed, bounds.computed);
	const note = byRounding ? `${gives}; consistent with ${describeP(p)} only thanks to rounding (P ranges ${formatP(bounds.lowP)}–${formatP(bounds.upP)})` : `${gives}: consistent with ${describeP(p)}`;
	recorder.pass(stat, note, byRounding);
	recorder.pass(p, note, byRounding);
}

/**
 * statcheck counts `P = 0.000` as an error: a P value is never 0. It is a warning when even the
 * smallest P the statistic allows (df = 1 for χ², the normal limit for t) does not round to 0.
 */
function reportZeroP(stat: Statistic, p: Statistic, compute: ((x: number) => number) | undefined, span: { start: number; end: number }, recorder: CheckRecorder): void {
	if (compute === undefined) {
		recorder.report('test-p', 'information', stat, `${describeP(p)}: a P value cannot be 0; print P < 0.001`, { span, related: [p], sharedVerdict: true });
		return;
	}
	const bounds = boundsOf(stat, compute);
	const dfNote = stat.df === undefined ? (stat.kind === 't' ? ' (large df)' : ' (df = 1)') : '';
	const provable = roundTo(bounds.lowP, p.decimals) > 0;
	const message = `${statText(stat)} gives P = ${formatP(bounds.computed)}${dfNote}; a P value cannot be 0, print ${provable ? `P = ${formatP(bounds.computed)}` : 'P < 0.001'}`;
	recorder.report('test-p', provable ? 'warning' : 'information', stat, message, { span, related: [p], sharedVerdict: true });
}

/** df values ordered by increasing P: χ² P grows with df, t P shrinks with df (∞ = normal). */
function dfAt(kind: Statistic['kind'], k: number): number {
	if (kind === 'chi2') return k + 1;
	return k === 0 ? Infinity : MAX_DF + 1 - k;
}

/** The first k in [0, count) for which `test` holds (test must be monotone false→true), or `count`. */
function firstTrue(count: number, test: (k: number) => boolean): number {
	let low = 0;
	let high = count;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (test(mid)) high = mid;
		else low = mid + 1;
	}
	return low;
}

function checkWithoutDf(stat: Statistic, p: Statistic, span: { start: number; end: number }, recorder: CheckRecorder): void {
	const reported = reportedOf(p);
	const count = stat.kind === 'chi2' ? MAX_DF : MAX_DF + 1;
	const boundsAt = (k: number): Bounds => boundsOf(stat, pFunction(stat, dfAt(stat.kind, k))!);
	const label = (k: number): string => (dfAt(stat.kind, k) === Infinity ? 'large df' : `df = ${dfAt(stat.kind, k)}`);
	const trend = stat.kind === 'chi2' ? 'larger df give larger P' : 'smaller df give larger P';
	const gives = (k: number): string => `P = ${formatP(boundsAt(k).computed)} (${label(k)})`;
	let fits: [number, number] | undefined;
	let extreme = reported.comparator === '>' ? count - 1 : 0;
	if (reported.comparator === '<') {
		const last = firstTrue(count, (k) => boundsAt(k).lowP > reported.value) - 1;
		if (last >= 0) fits = [0, last];
	} else if (reported.comparator === '>') {
		const first = firstTrue(count, (k) => boundsAt(k).upP >= reported.value);
		if (first < count) fits = [first, count - 1];
	} else {
		const first = firstTrue(count, (k) => roundTo(boundsAt(k).upP, reported.decimals) >= reported.value);
		const last = firstTrue(count, (k) => roundTo(boundsAt(k).lowP, reported.decimals) > reported.value) - 1;
		if (first < count && first <= last) fits = [first, last];
		else if (first === count) extreme = count - 1;
		else if (first > 0 && first < count) {
			const message = `${statText(stat)} gives ${gives(first - 1)} or ${gives(first)}; no whole-number df gives ${describeP(p)}`;
			recorder.report('test-p', 'warning', stat, message, { span, related: [p], sharedVerdict: true });
			return;
		}
	}
	if (fits === undefined) {
		const decisionError = reported.comparator !== '>' && isDecisionError(reported, boundsAt(0).computed);
		const flip = decisionError ? ' (not significant at 0.05 for any df)' : '';
		recorder.report('test-p', 'warning', stat, `${statText(stat)} gives ${gives(extreme).replace(')', `; ${trend})`)}, not ${describeP(p)}${flip}`, { span, related: [p], decisionError, sharedVerdict: true });
		return;
	}
	const note = `${statText(stat)} gives ${gives(0)}; consistent with ${describeP(p)} for ${describeDfRange(stat, fits)} (df not printed)`;
	recorder.pass(stat, note);
	recorder.pass(p, note);
}

/** `df = 2`, `df 1–8`, `df ≥ 3` for the fitting range of search indexes. */
function describeDfRange(stat: Statistic, fits: [number, number]): string {
	const [low, high] = [dfAt(stat.kind, fits[0]), dfAt(stat.kind, fits[1])].sort((a, b) => a - b);
	if (high >= MAX_DF) return `df ≥ ${low}`;
	return low === high ? `df = ${low}` : `df ${low}–${high}`;
}
