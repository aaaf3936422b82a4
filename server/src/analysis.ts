/** Statistics of each entry, extracted and checked once per parse (the parse object changes with each version). */
import type { ParsedDocument } from '../../core/src/index';
import { assessStatistics, extractStatistics, type StatAssessment, type Statistic } from '../../core/src/index';

/** The statistics of one entry and what the checks concluded about them. */
export interface EntryAnalysis {
	stats: Statistic[];
	assessment: StatAssessment;
}

const EMPTY: EntryAnalysis = { stats: [], assessment: { findings: [], verdicts: [] } };
const analyses = new WeakMap<ParsedDocument, Map<number, EntryAnalysis>>();

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
		const stats = extractStatistics(text, abstract.span);
		analysis = { stats, assessment: assessStatistics(stats, text) };
		perEntry.set(index, analysis);
	}
	return analysis;
}
