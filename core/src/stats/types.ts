/**
 * Plain data produced by statistics extraction and the consistency checks. All spans are UTF-16
 * offsets into the document text, like every other span of the core library.
 */
import type { Span } from '../model';

/** What a statistic measures. Ratio kinds are `hr`, `or`, `rr`; test statistics are `chi2`, `t`, `F`, `z`, `r`, `rho`. */
export type StatKind =
	| 'n' | 'percent' | 'auc' | 'c-index' | 'sensitivity' | 'specificity' | 'accuracy' | 'ppv' | 'npv'
	| 'hr' | 'or' | 'rr' | 'ci' | 'p' | 'chi2' | 't' | 'F' | 'z' | 'r' | 'rho' | 'kappa' | 'icc' | 'dice'
	| 'mean-sd' | 'median-iqr';

/** How a P value is compared: `ns` stands for "not significant" printed without a number. */
export type Comparator = '=' | '<' | '>' | '<=' | '>=' | 'ns';

/** A number as printed: its value, the decimals shown (which set its rounding interval) and where it is. */
export interface PrintedNumber {
	value: number;
	decimals: number;
	span: Span;
}

/** A confidence interval attached to a statistic; `level` is 95 when the text shows a bare range. */
export interface ConfidenceInterval {
	level: number;
	levelPrinted: boolean;
	lower: PrintedNumber;
	upper: PrintedNumber;
	span: Span;
}

/** One statistic found in an abstract. */
export interface Statistic {
	/** Position in the list returned by `extractStatistics`; links between statistics use it. */
	index: number;
	kind: StatKind;
	/** The statistic's text: value with its keyword when adjacent and its bracketed CI, counts or P. */
	span: Span;
	/** Only the main number. */
	valueSpan: Span;
	value: number;
	decimals: number;
	/** True when printed with `%` (proportions are then on the 0–100 scale). */
	percent: boolean;
	/** The sentence the statistic sits in. */
	sentence: Span;
	/** P values: how the value is compared (`P<0.001` → `<`). */
	comparator?: Comparator;
	/** Degrees of freedom when printed, e.g. `t(28)` → [28], `F(2, 28)` → [2, 28]. */
	df?: number[];
	/** Sample size printed inside a test statistic's brackets, e.g. `chi2(1, N = 11,455)`. */
	sampleSize?: number;
	ci?: ConfidenceInterval;
	/** mean ± SD: the SD. */
	sd?: PrintedNumber;
	/** median (IQR): the quartiles. */
	iqr?: { lower: PrintedNumber; upper: PrintedNumber };
	/** Counts behind a proportion: `89 (13.4%)` → count 89; `81.1% (544/671)` → count 544, total 671. */
	count?: number;
	total?: number;
	/** Adjusted estimate (aOR, aHR, "adjusted odds ratio"). */
	adjusted?: boolean;
	/** Cohort or group label, from a "respectively" list or the words before a bracketed size. */
	cohort?: string;
	/** Statistics printed as one list (same keyword, same sentence) share an id; `listPosition` is 0-based. */
	listId?: number;
	listPosition?: number;
	/** Index of the P value that reports this statistic's significance. */
	pIndex?: number;
	/** P values: indexes of the statistics this P belongs to (several for "both P<0.001"). */
	appliesTo?: number[];
}

/** Which consistency check produced a finding. */
export type CheckId = 'test-p' | 'ci-p' | 'range' | 'grim' | 'diagnostic';

/** `warning`: provably inconsistent. `information`: inconsistent under an assumption (df, CI method, N). */
export type FindingSeverity = 'warning' | 'information';

/** A consistency problem, ready to become an editor diagnostic (`code` is always `inconsistent-statistic`). */
export interface StatFinding {
	check: CheckId;
	code: 'inconsistent-statistic';
	severity: FindingSeverity;
	/** The recomputation, e.g. `χ² = 9.52 gives P = 0.002 (df = 1; larger df give larger P), not P < 0.001`. */
	message: string;
	span: Span;
	/** The statistic the finding is about, and any others involved. */
	statIndex: number;
	related: number[];
	/** True when significance at 0.05 flips between the printed and the recomputed value. */
	decisionError: boolean;
}

/**
 * Per-statistic result of the checks, for hovers: `inconsistent` has a warning, `doubtful` only
 * information findings (inconsistent under an assumption), `unchecked` was covered by no check.
 */
export type VerdictStatus = 'consistent' | 'consistent-by-rounding' | 'doubtful' | 'inconsistent' | 'unchecked';

/** What the checks concluded about one statistic, with the recomputation to show. */
export interface StatVerdict {
	statIndex: number;
	status: VerdictStatus;
	/** Recomputed values, e.g. `χ² = 14.58 gives P = 0.0001 (df = 1)`. */
	notes: string[];
}

/** Findings plus one verdict per statistic (same order as the statistics). */
export interface StatAssessment {
	findings: StatFinding[];
	verdicts: StatVerdict[];
}
