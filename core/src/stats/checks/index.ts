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

/**
 * Runs all five checks over statistics from `extractStatistics` and returns findings plus one verdict
 * per statistic. With the document `text`, a test its sentence calls one-tailed may have a halved P.
 */
export function assessStatistics(stats: Statistic[], text?: string): StatAssessment {
	const recorder = new CheckRecorder(stats);
	checkTestStatistics(stats, recorder, text);
	checkRatioIntervals(stats, recorder);
	checkRanges(stats, recorder);
	checkCounts(stats, recorder);
	checkDiagnosticCoherence(stats, recorder);
	return recorder.result();
}

/**
 * The findings of all checks (test statistic ↔ P, CI ↔ P, ranges, counts ↔ percentages, diagnostic
 * coherence). `text` is the document the statistics were extracted from.
 */
export function checkStatistics(stats: Statistic[], text?: string): StatFinding[] {
	return assessStatistics(stats, text).findings;
}
