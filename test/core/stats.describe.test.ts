// Hover material: one statistic's Markdown and an entry's summary table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessStatistics, describeStatistic, extractStatistics, formatSummaryMarkdown, summarizeStatistics } from '../../core/src/stats/index';

function analyse(text: string) {
	const stats = extractStatistics(text, { start: 0, end: text.length });
	return { stats, ...assessStatistics(stats) };
}

function fixture(name: string): string {
	return readFileSync(join(__dirname, '..', 'fixtures', 'abstracts', `${name}.txt`), 'utf8').trimEnd();
}

describe('describeStatistic', () => {
	it('explains an inconsistent χ² with the recomputation and the verdict', () => {
		const { stats, findings, verdicts } = analyse('differences ( χ2=14.58, 9.52, both P<0.001).');
		const markdown = describeStatistic(stats[1], findings, verdicts[1]);
		expect(markdown).toContain('**χ² test statistic**: 9.52');
		expect(markdown).toContain('df not printed');
		expect(markdown).toContain('- χ² = 9.52 gives P = 0.002 (df = 1; larger df give larger P), not P < 0.001');
		expect(markdown).toContain('Verdict: ⚠ inconsistent');
	});

	it('names the P a statistic is reported with, and what a P is for', () => {
		const { stats, findings, verdicts } = analyse('differences ( χ2=14.58, 9.52, both P<0.001).');
		expect(describeStatistic(stats[0], findings, verdicts[0], stats)).toContain('reported with P < 0.001');
		expect(describeStatistic(stats[2], findings, verdicts[2], stats)).toContain('for χ² = 14.58, χ² = 9.52');
	});

	it('says "consistent only thanks to rounding" where that is so', () => {
		const { stats, findings, verdicts } = analyse('t(28) = 2.0, p < .05');
		const markdown = describeStatistic(stats[0], findings, verdicts[0]);
		expect(markdown).toContain('df = 28');
		expect(markdown).toContain('Verdict: ✓ consistent only thanks to rounding');
		expect(markdown).toContain('t(28) = 2.0 gives P = 0.055');
	});

	it('mentions a flip of significance', () => {
		const { stats, findings, verdicts } = analyse('t(28) = 2.20, p = .06');
		expect(describeStatistic(stats[0], findings, verdicts[0])).toContain('significance at 0.05 flips');
	});

	it('shows counts, CI and cohort of a proportion, and works without a verdict', () => {
		const { stats, findings } = analyse('In the validation cohort, overall accuracy of 81.1% (544/671, 95% CI 77.9%-84.0%) in the validation cohort.');
		const markdown = describeStatistic(stats[0], findings);
		expect(markdown).toContain('**accuracy**: 81.1% (544/671; 95% CI 77.9–84.0%)');
		expect(markdown).toContain('cohort/group: validation cohort');
	});
});

describe('summarizeStatistics', () => {
	const { stats, findings } = analyse(fixture('s02-rectal-emvi'));
	const summary = summarizeStatistics(stats);

	it('lists the total and the cohorts with their sizes', () => {
		expect(summary.total).toBe(2501);
		expect(summary.cohorts.map((cohort) => [cohort.label, cohort.n])).toEqual([['training cohort', 1830], ['validation cohort', 671]]);
	});

	it('gives one row per main result with cohort, value, CI and P', () => {
		expect(summary.results.find((row) => row.metric === 'HR')).toMatchObject({ value: '1.75', ci: '95% CI 1.11–2.77', p: 'P = 0.016' });
		expect(summary.results.filter((row) => row.kind === 'c-index').map((row) => [row.cohort, row.value])).toEqual([['DFS', '0.647'], ['OS', '0.650']]);
	});

	it('renders a Markdown table followed by the findings', () => {
		const markdown = formatSummaryMarkdown(summary, findings);
		expect(markdown).toContain('**N** 2501 — training cohort 1830 · validation cohort 671');
		expect(markdown).toContain('| Metric | Cohort | Value | CI | P |');
		expect(markdown).toContain('| C-index | DFS | 0.647 | 95% CI 0.608–0.686 |  |');
		expect(markdown).toContain('⚠ 89/671 = 13.26%, which rounds to 13.3%, not 13.4%');
	});

	it('labels AUCs of a "respectively" list by cohort', () => {
		const rows = summarizeStatistics(analyse(fixture('s01-gist-radiomics')).stats).results.filter((row) => row.kind === 'auc');
		expect(rows.slice(0, 3).map((row) => `${row.cohort}: ${row.value}`)).toEqual([
			'training cohort: 0.809', 'internal validation cohort: 0.693', 'external validation cohort: 0.718',
		]);
	});
});
