// Checks 2–5 of issue 4 on short sentences: CI ↔ P, impossible values, counts ↔ percentages, diagnostic coherence.
import { describe, expect, it } from 'vitest';
import { assessStatistics, extractStatistics } from '../../core/src/stats/index';

function check(text: string) {
	const stats = extractStatistics(text, { start: 0, end: text.length });
	const { findings, verdicts } = assessStatistics(stats, text);
	return { stats, verdicts, findings: findings.map((finding) => ({ ...finding, text: text.slice(finding.span.start, finding.span.end) })) };
}

describe('check 2: ratio CI against P (Altman & Bland)', () => {
	it.each([
		['OR 3.15, 95% CI 1.58–6.27, P=0.12', 'excludes 1, so P should be < 0.05, not P = 0.12'],
		['HR 0.80 (95% CI 0.60-1.07, P=0.01)', 'includes 1, so P should be > 0.05, not P = 0.01'],
	])('%s: the CI and P disagree about significance (warning)', (text, message) => {
		const { findings } = check(text);
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({ check: 'ci-p', severity: 'warning', decisionError: true });
		expect(findings[0].message).toContain(message);
	});

	it('recomputes P from the CI and reports a mismatch as information (depends on a Wald CI)', () => {
		const { findings } = check('HR 1.75 (95% CI 1.11-2.77, P=0.002)');
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({ check: 'ci-p', severity: 'information', decisionError: false });
		expect(findings[0].message).toContain('gives P ≈ 0.016');
	});

	it('accepts consistent ratios', () => {
		expect(check('aOR 1.18, 95% CI 0.80-1.74, P = .40; aHR 1.62 (95% CI 1.24 to 2.11, P<0.001)').findings).toEqual([]);
	});
});

describe('check 3: values that cannot be', () => {
	it.each([
		['AUC 0.921 (95% CI 0.934–0.968)', 'lies outside its own 95% CI'],
		['an AUC of 1.02', 'AUC cannot exceed 1'],
		['a sensitivity of 104.5%', 'cannot exceed 100%'],
		['OR 2.1 (95% CI 2.5-1.3)', 'lower limit 2.5 is above its upper limit 1.3'],
		['κ = 1.12', 'cannot exceed 1 in absolute value'],
		['120/100 (120.0%)', 'count 120 is larger than its total 100'],
	])('%s', (text, message) => {
		const { findings } = check(text);
		expect(findings.map((finding) => finding.message).join(' | ')).toContain(message);
		expect(findings.every((finding) => finding.severity === 'warning')).toBe(true);
	});

	it('lets a bare percentage describe a change above 100% or below 0%', () => {
		expect(check('Sales rose by 300% and costs fell by −40%.').findings).toEqual([]);
	});

	it('accepts an estimate on the edge of its CI when rounding allows it', () => {
		expect(check('AUC 0.80 (95% CI 0.805-0.90)').findings).toEqual([]);
	});
});

describe('check 4: counts against percentages', () => {
	it('checks a printed k/N directly', () => {
		expect(check('accuracy of 81.2% (544/671)').findings[0]).toMatchObject({ check: 'grim', severity: 'warning', text: 'accuracy of 81.2% (544/671)' });
		expect(check('accuracy of 81.1% (544/671)').findings).toEqual([]);
	});

	it('infers N from groups whose percentages add up to 100% (information when N is not stated)', () => {
		const { findings } = check('Of the nodules, 117 (57.6%) were malignant and 86 (42.5%) were benign.');
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({ severity: 'information', text: '86 (42.5%)' });
		expect(findings[0].message).toContain('86/203 = 42.36%, which rounds to 42.4%, not 42.5% (assuming the groups (117 + 86) make up all 203)');
	});

	it('confirms a lone count against a stated size and never flags it', () => {
		const { stats, verdicts, findings } = check('A total of 120 patients were included; 45 (37.5%) had metastases and 7 (12.0%) died.');
		expect(findings).toEqual([]);
		const share = stats.find((stat) => stat.value === 37.5)!;
		expect(verdicts[share.index]).toMatchObject({ status: 'consistent', notes: ['45/120 = 37.50% (of the stated 120)'] });
	});
});

describe('check 5: diagnostic coherence', () => {
	it('flags an accuracy above both sensitivity and specificity', () => {
		const { findings } = check('The sensitivity was 85.0%, the specificity 90.0% and the accuracy 95.0%.');
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({ check: 'diagnostic', text: 'accuracy 95.0%' });
	});

	it('allows an accuracy between them, also on the 0–1 scale', () => {
		expect(check('sensitivity, specificity and accuracy were 0.85, 0.90 and 0.88').findings).toEqual([]);
	});

	it('checks that TP + TN and all cases add up', () => {
		const { findings } = check('sensitivity 90.0% (45/50), specificity 80.0% (40/50) and accuracy 85.0% (170/200)');
		expect(findings).toHaveLength(1);
		expect(findings[0].message).toContain('accuracy counts 170/200 should be (45 + 40)/(50 + 50) = 85/100');
	});
});
