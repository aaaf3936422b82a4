/**
 * The consistency checks of issue 4, run together over one abstract's statistics.
 */
import type { StatAssessment, StatFinding, Statistic } from '../types';
import { checkRatioIntervals } from './ciP';
import { checkDiagnosticCoherence } from './diagnostic';
import { checkCounts } from './grim';
import { checkRanges } from './ranges';
import { CheckRecorder } from './recorder';
import { checkTestStatistics } from './testP';

/** Runs all five checks over statistics from `extractStatistics` and returns findings plus one verdict per statistic. */
export function assessStatistics(stats: Statistic[]): StatAssessment {
	const recorder = new CheckRecorder(stats);
	checkTestStatistics(stats, recorder);
	checkRatioIntervals(stats, recorder);
	checkRanges(stats, recorder);
	checkCounts(stats, recorder);
	checkDiagnosticCoherence(stats, recorder);
	return recorder.result();
}

/**
 * The findings of all checks (test statistic ↔ P, CI ↔ P, ranges, counts ↔ percentages, diagnostic
 * coherence). `text` is the document; it is accepted for API symmetry and future text-based checks.
 */
export function checkStatistics(stats: Statistic[], _text?: string): StatFinding[] {
	return assessStatistics(stats).findings;
}
