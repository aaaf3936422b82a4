/**
 * Statistics of each entry, extracted and checked once per parse (the parse object changes with each version), and
 * kept across versions by abstract text: after an edit, an unchanged abstract — moved or not — is not analysed again,
 * its statistics and findings are shifted to where it now is.
 */
import type { ParsedDocument } from '../../core/src/index';
import { assessStatistics, extractStatistics, shiftAssessment, shiftStatistics, type StatAssessment, type Statistic } from '../../core/src/index';

/** The statistics of one entry and what the checks concluded about them. */
export interface EntryAnalysis {
	stats: Statistic[];
	assessment: StatAssessment;
}

/** An analysis as made, with the offset of the abstract it was made for. */
interface Remembered {
	start: number;
	analysis: EntryAnalysis;
}

const EMPTY: EntryAnalysis = { stats: [], assessment: { findings: [], verdicts: [] } };
/** How many abstracts are remembered across versions (more than the largest dump's entries); then it starts afresh. */
const REMEMBERED_ABSTRACTS = 200_000;
const analyses = new WeakMap<ParsedDocument, Map<number, EntryAnalysis>>();
const byAbstract = new Map<string, Remembered>();

/** Extracts and checks the statistics of entry `index` of `parsed` (text `text`), cached with the parse. */
export function analyzeEntry(text: string, parsed: ParsedDocument, index: number): EntryAnalysis {
	let perEntry = analyses.get(parsed);
	if (!perEntry) {
		perEntry = new Map();
		analyses.set(parsed, perEntry);
	}
	let analysis = perEntry.get(index);
	if (!analysis) {
		const abstract = parsed.entries[index]?.abstract;
		if (!abstract) {
			return EMPTY;
		}
		analysis = recall(text, abstract.span.start, abstract.span.end);
		perEntry.set(index, analysis);
	}
	return analysis;
}

/** The analysis of the abstract `text[start, end)`: remembered (shifted when the abstract moved) or made now. */
function recall(text: string, start: number, end: number): EntryAnalysis {
	const key = text.slice(start, end);
	const remembered = byAbstract.get(key);
	if (remembered) {
		const delta = start - remembered.start;
		return delta === 0 ? remembered.analysis : { stats: shiftStatistics(remembered.analysis.stats, delta), assessment: shiftAssessment(remembered.analysis.assessment, delta) };
	}
	const stats = extractStatistics(text, { start, end });
	const analysis = { stats, assessment: assessStatistics(stats, text) };
	if (byAbstract.size >= REMEMBERED_ABSTRACTS) {
		byAbstract.clear();
	}
	// Kept strings must not be slices of the document: a slice keeps the whole text of that version alive.
	for (const stat of stats) {
		if (stat.cohort !== undefined) {
			stat.cohort = detach(stat.cohort);
		}
	}
	byAbstract.set(detach(key), { start, analysis });
	return analysis;
}

/** A copy of `slice` that does not hold on to the string it was sliced from. */
function detach(slice: string): string {
	return ` ${slice}`.slice(1);
}
