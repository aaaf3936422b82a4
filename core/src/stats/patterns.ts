/**
 * The vocabulary of the statistics scanner: metric keywords (one or several words), test-statistic
 * symbols, patient nouns and label stop words. Lookups are by lower-cased token text.
 */
import type { ScanContext } from './context';
import type { StatKind } from './types';

/** A keyword match: the kind it names, how many tokens it spans, and whether it says "adjusted". */
export interface KeywordMatch {
	kind: StatKind;
	length: number;
	adjusted: boolean;
}

const SINGLE_WORD = new Map<string, StatKind>(Object.entries({
	auc: 'auc', aucs: 'auc', auroc: 'auc', 'auc-roc': 'auc', 'roc-auc': 'auc',
	'c-index': 'c-index', 'c-indices': 'c-index', 'c-indexes': 'c-index', 'c-statistic': 'c-index', 'c-statistics': 'c-index', cindex: 'c-index',
	sensitivity: 'sensitivity', sensitivities: 'sensitivity', specificity: 'specificity', specificities: 'specificity',
	accuracy: 'accuracy', accuracies: 'accuracy', ppv: 'ppv', ppvs: 'ppv', npv: 'npv', npvs: 'npv',
	hr: 'hr', hrs: 'hr', ahr: 'hr', ahrs: 'hr', aor: 'or', aors: 'or', arr: 'rr',
	kappa: 'kappa', 'κ': 'kappa', icc: 'icc', iccs: 'icc', dice: 'dice', dsc: 'dice', median: 'median-iqr',
}) as Array<[string, StatKind]>);

/** Abbreviations that are also ordinary words ("OR", "RR") count only in capitals. */
const CAPITALS_ONLY = new Map<string, StatKind>([['OR', 'or'], ['ORs', 'or'], ['RR', 'rr'], ['RRs', 'rr']]);

const ADJUSTED_ABBREVIATIONS = new Set(['ahr', 'ahrs', 'aor', 'aors', 'arr']);

/** Multi-word names: every word must match in order; `*` accepts at most one word of any kind. */
const PHRASES: Array<{ words: string[]; kind: StatKind }> = [
	{ words: ['area', 'under', 'the', 'curve'], kind: 'auc' },
	{ words: ['area', 'under', 'curve'], kind: 'auc' },
	{ words: ['area', 'under', 'the', 'roc', 'curve'], kind: 'auc' },
	{ words: ['area', 'under', 'the', 'receiver', 'operating', 'characteristic', 'curve'], kind: 'auc' },
	{ words: ['area', 'under', 'the', 'receiver', 'operating', 'characteristic', 'roc', 'curve'], kind: 'auc' },
	{ words: ['concordance', 'index'], kind: 'c-index' },
	{ words: ['concordance', 'indices'], kind: 'c-index' },
	{ words: ['concordance', 'statistic'], kind: 'c-index' },
	{ words: ['c', 'index'], kind: 'c-index' },
	{ words: ['positive', 'predictive', 'value'], kind: 'ppv' },
	{ words: ['positive', 'predictive', 'values'], kind: 'ppv' },
	{ words: ['negative', 'predictive', 'value'], kind: 'npv' },
	{ words: ['negative', 'predictive', 'values'], kind: 'npv' },
	{ words: ['hazard', 'ratio'], kind: 'hr' },
	{ words: ['hazard', 'ratios'], kind: 'hr' },
	{ words: ['odds', 'ratio'], kind: 'or' },
	{ words: ['odds', 'ratios'], kind: 'or' },
	{ words: ['relative', 'risk'], kind: 'rr' },
	{ words: ['risk', 'ratio'], kind: 'rr' },
	{ words: ['intraclass', 'correlation', 'coefficient'], kind: 'icc' },
	{ words: ['intraclass', 'correlation', 'coefficients'], kind: 'icc' },
	{ words: ['intra-class', 'correlation', 'coefficient'], kind: 'icc' },
	{ words: ['dice', 'similarity', 'coefficient'], kind: 'dice' },
	{ words: ['dice', 'coefficient'], kind: 'dice' },
	{ words: ['dice', 'score'], kind: 'dice' },
];

const PHRASE_STARTS = new Set(PHRASES.map((phrase) => phrase.words[0]));
/** Every word a keyword can start with: one lookup rejects ordinary words. */
const FIRST_WORDS = new Set([...PHRASE_STARTS, ...SINGLE_WORD.keys()]);

/** The lower-cased words a metric keyword can start with (after an optional "adjusted"). */
export const KEYWORD_START_WORDS: ReadonlySet<string> = new Set(['adjusted', ...FIRST_WORDS, ...[...CAPITALS_ONLY.keys()].map((word) => word.toLowerCase())]);

/** Returns the metric keyword starting at token `i`, if any. */
export function matchKeyword(ctx: ScanContext, i: number): KeywordMatch | undefined {
	const lower = ctx.lowerAt(i);
	let adjusted = false;
	let at = i;
	if (lower === 'adjusted' && i + 1 < ctx.count) {
		adjusted = true;
		at = i + 1;
	}
	const first = ctx.lowerAt(at);
	const text = ctx.textAt(at);
	if (!FIRST_WORDS.has(first) && !CAPITALS_ONLY.has(text)) return undefined;
	if (PHRASE_STARTS.has(first)) {
		for (const phrase of PHRASES) {
			if (phrase.words.every((word, k) => ctx.lowerAt(at + k) === word)) return { kind: phrase.kind, length: at - i + phrase.words.length, adjusted };
		}
	}
	const single = SINGLE_WORD.get(first) ?? CAPITALS_ONLY.get(text);
	if (single === undefined) return undefined;
	return { kind: single, length: at - i + 1, adjusted: adjusted || ADJUSTED_ABBREVIATIONS.has(first) };
}

/** Test-statistic symbols as printed (case matters: `F`, `t`, `z`/`Z`, `r`, `ρ`). */
export const TEST_SYMBOLS = new Map<string, StatKind>(Object.entries({
	'χ2': 'chi2', 'χ²': 'chi2', 'χ₂': 'chi2', chi2: 'chi2', 'Chi2': 'chi2', X2: 'chi2', x2: 'chi2', 'X²': 'chi2', 'x²': 'chi2',
	'chi-square': 'chi2', 'Chi-square': 'chi2', 'chi-squared': 'chi2', t: 't', T: 't', F: 'F', z: 'z', Z: 'z', r: 'r', R: 'r',
	'ρ': 'rho', rho: 'rho', rs: 'rho', 'r_s': 'rho',
}) as Array<[string, StatKind]>);

/** Nouns that make an integer a sample size: "348 GIST patients", "(176 cases)". */
export const SAMPLE_NOUNS = new Set([
	'patients', 'cases', 'subjects', 'participants', 'individuals', 'persons', 'people', 'women', 'men', 'children',
	'infants', 'adults', 'neonates', 'volunteers', 'controls', 'lesions', 'nodules', 'tumors', 'tumours', 'masses',
	'images', 'scans', 'examinations', 'exams', 'eyes', 'knees', 'samples', 'specimens', 'pregnancies', 'fetuses',
	'newborns', 'respondents', 'students', 'healthy', 'eligible', 'consecutive', 'enrolled', 'included',
]);

/** Nouns that end a sample-size phrase (the subset of SAMPLE_NOUNS that is not an adjective). */
export const SAMPLE_HEADS = new Set([...SAMPLE_NOUNS].filter((noun) => !['healthy', 'eligible', 'consecutive', 'enrolled', 'included'].includes(noun)));

/** Words that end a label when reading backwards ("into a training cohort (176 cases)" → "training cohort"). */
export const LABEL_STOP_WORDS = new Set([
	'a', 'an', 'the', 'into', 'and', 'or', 'of', 'in', 'to', 'as', 'with', 'for', 'from', 'by', 'were', 'was', 'is', 'are',
	'each', 'both', 'including', 'included', 'between', 'among', 'on', 'at', 'respectively', 'divided', 'served', 'using',
	'predicting', 'independent', 'vs', 'versus', 'than', 'that', 'which', 'had', 'have', 'showed', 'achieved', 'yielded', 'reached',
]);

/** Words allowed between a metric keyword and its value ("AUC of 0.81", "accuracy was 90%"). */
export const CONNECTIVES = new Set(['of', 'was', 'were', 'is', 'are', 'value', 'values', 'reached', 'achieved', 'yielded', 'at', 'about', 'approximately']);
