/**
 * Public API of statistics extraction and consistency checking (issue 4).
 *
 * ```ts
 * const stats = extractStatistics(text, entry.abstract.span);
 * const { findings, verdicts } = assessStatistics(stats);
 * const hover = describeStatistic(stats[i], findings, verdicts[i]);
 * const table = formatSummaryMarkdown(summarizeStatistics(stats), findings);
 * ```
 */
export { extractStatistics } from './extract';
export { assessStatistics, checkStatistics } from './checks/index';
export { describeStatistic, formatInterval, formatStatisticValue, STAT_KIND_NAMES } from './describe';
export { formatSummaryMarkdown, summarizeStatistics, type CohortSize, type ResultRow, type StatisticsSummary } from './summarize';
export { pFromChiSquare, pFromF, pFromR, pFromT, pFromZ } from './distributions';
export { describeP } from './checks/recorder';
export { normalizeStatisticsText } from './normalize';
export { shiftAssessment, shiftStatistics } from './shift';
export type {
	CheckId, Comparator, ConfidenceInterval, FindingSeverity, PrintedNumber, StatAssessment, StatFinding, Statistic, StatKind, StatVerdict, VerdictStatus,
} from './types';
