/**
 * Moving statistics with their text: an abstract that did not change but moved (an edit above it) has the same
 * statistics and findings, every span shifted by the distance it moved. Lets the server keep them across versions.
 */
import type { Span } from '../model';
import type { ConfidenceInterval, PrintedNumber, StatAssessment, Statistic } from './types';

/** Copies of `stats` with every span moved by `delta` characters. */
export function shiftStatistics(stats: readonly Statistic[], delta: number): Statistic[] {
	return stats.map((stat) => {
		const moved: Statistic = { ...stat, span: shiftSpan(stat.span, delta), valueSpan: shiftSpan(stat.valueSpan, delta), sentence: shiftSpan(stat.sentence, delta) };
		if (stat.ci) {
			moved.ci = shiftInterval(stat.ci, delta);
		}
		if (stat.sd) {
			moved.sd = shiftNumber(stat.sd, delta);
		}
		if (stat.iqr) {
			moved.iqr = { lower: shiftNumber(stat.iqr.lower, delta), upper: shiftNumber(stat.iqr.upper, delta) };
		}
		return moved;
	});
}

/** A copy of `assessment` with every finding's span moved by `delta` characters (verdicts hold no spans). */
export function shiftAssessment(assessment: StatAssessment, delta: number): StatAssessment {
	return { findings: assessment.findings.map((finding) => ({ ...finding, span: shiftSpan(finding.span, delta) })), verdicts: assessment.verdicts };
}

function shiftSpan(span: Span, delta: number): Span {
	return { start: span.start + delta, end: span.end + delta };
}

function shiftNumber(number: PrintedNumber, delta: number): PrintedNumber {
	return { ...number, span: shiftSpan(number.span, delta) };
}

function shiftInterval(ci: ConfidenceInterval, delta: number): ConfidenceInterval {
	return { ...ci, lower: shiftNumber(ci.lower, delta), upper: shiftNumber(ci.upper, delta), span: shiftSpan(ci.span, delta) };
}
