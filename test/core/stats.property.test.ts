// Property tests: on any text, extraction and checks do not throw and every span stays where it belongs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessStatistics, describeStatistic, extractStatistics, formatSummaryMarkdown, summarizeStatistics } from '../../core/src/stats/index';

const PIECES = [
	'AUC', 'area under the curve', '(AUC)', 'C-index', 'sensitivity', 'specificity', 'accuracy', 'HR', 'aOR', 'OR', 'RR', 'κ', 'ICC', 'Dice',
	'χ2', 'χ²', 't', 'F', 'z', 'r', 'ρ', 'P', 'p', 'both', 'all', 'n', 'N', 'a total of', 'patients', 'cases', 'respectively', 'in the training',
	'validation cohorts', 'median', 'IQR', 'SD', 'ns', 'of', 'and', 'vs.', '95%', 'CI', '%', '％', '（', '）', '(', ')', '[', ']', ',', ';', ':', '：', '=', '＝',
	'<', '＜', '>', '≤', '±', '-', '–', '−', '~', '～', 'to', '/', '.', ' ', ' ', ' ', '0.809', '.03', '2.20', '1 830', '11,455', '89', '13.4', '671', '0', '100', '1.02',
	'\\', 'textless', '·', '\n',
];

const hostileText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));

function inside(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
	return outer.start <= inner.start && inner.start <= inner.end && inner.end <= outer.end;
}

describe('statistics on arbitrary text', () => {
	it('never throws, and spans nest: value ⊆ statistic ⊆ sentence ⊆ abstract', () => {
		fc.assert(fc.property(hostileText, fc.string({ maxLength: 5 }), (abstract, prefix) => {
			const text = `${prefix}${abstract}\nnext line`;
			const span = { start: prefix.length, end: prefix.length + abstract.length };
			const stats = extractStatistics(text, span);
			stats.forEach((stat, index) => {
				expect(stat.index).toBe(index);
				expect(inside(stat.span, span)).toBe(true);
				expect(inside(stat.valueSpan, stat.span)).toBe(true);
				expect(inside(stat.span, stat.sentence)).toBe(true);
				if (stat.pIndex !== undefined) expect(stats[stat.pIndex].appliesTo).toContain(index);
			});
			const { findings, verdicts } = assessStatistics(stats, text);
			expect(verdicts).toHaveLength(stats.length);
			for (const finding of findings) {
				expect(inside(finding.span, span)).toBe(true);
				expect(finding.message.length).toBeGreaterThan(0);
			}
			formatSummaryMarkdown(summarizeStatistics(stats), findings);
			for (const stat of stats) describeStatistic(stat, findings, verdicts[stat.index], stats);
		}), { numRuns: 400 });
	});

	it('reads the same statistics whatever the abstract is embedded in', () => {
		fc.assert(fc.property(hostileText, fc.string({ maxLength: 20 }), (abstract, prefix) => {
			const alone = extractStatistics(abstract, { start: 0, end: abstract.length });
			const embedded = extractStatistics(prefix + abstract, { start: prefix.length, end: prefix.length + abstract.length });
			expect(embedded.map((stat) => [stat.kind, stat.value, stat.span.start - prefix.length])).toEqual(alone.map((stat) => [stat.kind, stat.value, stat.span.start]));
		}), { numRuns: 200 });
	});
});
