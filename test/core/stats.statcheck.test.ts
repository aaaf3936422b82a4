// statcheck's published rules (Nuijten et al.; R package statcheck) as a table, plus the df-unknown bounds of litdump.
import { describe, expect, it } from 'vitest';
import { assessStatistics, extractStatistics, pFromChiSquare, pFromF, pFromR, pFromT, pFromZ } from '../../core/src/stats/index';

/** Extracts the one test statistic in `text` and returns what the checks say about it. */
function judge(text: string) {
	const stats = extractStatistics(text, { start: 0, end: text.length });
	const test = stats.find((stat) => ['t', 'F', 'r', 'chi2', 'z'].includes(stat.kind));
	if (test === undefined || test.pIndex === undefined) throw new Error(`no test statistic with P in ${text}`);
	const { findings, verdicts } = assessStatistics(stats);
	const mine = findings.filter((finding) => finding.check === 'test-p' && finding.statIndex === test.index);
	return {
		error: mine.length > 0,
		decisionError: mine.some((finding) => finding.decisionError),
		severity: mine[0]?.severity,
		message: mine[0]?.message,
		status: verdicts[test.index].status,
		stat: test,
	};
}

describe('statcheck error rule (reported P against the rounding interval of the statistic)', () => {
	it.each([
		['t(28) = 2.20, p = .03', true],
		['F(2, 28) = 2.20, p = .15', true],
		['r(28) = .22, p = .26', true],
		['chi2(28) = 22.20, p = .79', true],
		[' z = 2.20, p = .04', true],
		['Z = -2.42, p = 0.016', false],
		['t(28) = -2.20, p = .03', true],
		['t(28) = 2.20, ns', true],
		['t(28) = 2.20, p > .05', true],
		['t(28) = 2.0, p < .05', false],
		['chi2(1, N = 11,455) = 16.78, p <.001', false],
		['t(28) = 2.20, p = .04', false],
		['F(2, 28) = 2.20, p = .13', false],
		['r(28) = .22, p = .24', false],
		['chi2(28) = 22.20, p = .77', false],
		['z = 2.20, p = .03', false],
		['χ²(2) = 8.73, P = 0.013', false],
		['F(2, 117) = 3.41, P = 0.036', false],
	])('%s → error %s', (text, error) => {
		expect(judge(text).error).toBe(error);
	});

	it('calls t(28) = 2.0, p < .05 consistent only thanks to rounding (exact P = .055, t = 2.05 gives .0498)', () => {
		expect(judge('t(28) = 2.0, p < .05').status).toBe('consistent-by-rounding');
		expect(judge('t(28) = 2.20, p = .04').status).toBe('consistent');
	});

	it('reads the sample size of chi2(1, N = 11,455) without taking it for a df', () => {
		const { stat } = judge('chi2(1, N = 11,455) = 16.78, p <.001');
		expect(stat.df).toEqual([1]);
		expect(stat.sampleSize).toBe(11455);
	});
});

describe('statcheck decision errors (significance at .05 flips; p = .05 counts as significant)', () => {
	it.each([
		't(28) = 2.20, p = .06', 't(28) = 1.20, p = .03', 'F(2, 28) = 22.20, p = .06', 'F(2, 28) = 2.20, p = .03',
		'r(28) = .22, p = .03', 'r(28) = .52, p = .06', 'chi2(28) = 2.20, p = .03', 'chi2(28) = 52.20, p = .06',
		' z = 1.20, p = .03', ' z = 2.20, p = .06', 'The effect was very significant (t(48) = 1.02, p < .05)',
	])('%s is a decision error', (text) => {
		const result = judge(text);
		expect(result.error).toBe(true);
		expect(result.decisionError).toBe(true);
		expect(result.message).toContain('significance at 0.05 flips');
	});

	it('treats t(28) = 2.20, p = .05 as an error but not a decision error', () => {
		expect(judge('t(28) = 2.20, p = .05')).toMatchObject({ error: true, decisionError: false });
	});
});

describe('one-tailed tests (statcheck OneTailedTxt)', () => {
	it('accepts a halved P when the sentence says the test was one-tailed, and only then', () => {
		const text = 'The difference was significant in a one-tailed test, t(28) = 1.80, p = .04.';
		const stats = extractStatistics(text, { start: 0, end: text.length });
		expect(assessStatistics(stats, text).findings).toEqual([]);
		expect(assessStatistics(stats, text).verdicts[0].notes[0]).toContain('one-tailed');
		expect(assessStatistics(stats).findings).toHaveLength(1);
	});
});

describe('P = .000 (statcheck pZeroError)', () => {
	it('is information when the statistic does give P < .0005', () => {
		const result = judge('t(28) = 5.20, p = .000');
		expect(result).toMatchObject({ error: true, severity: 'information', status: 'doubtful' });
		expect(result.message).toContain('print P < 0.001');
	});

	it('is a warning when the statistic cannot give a P that rounds to .000', () => {
		expect(judge('t(28) = 2.20, p = .000')).toMatchObject({ error: true, severity: 'warning' });
	});
});

describe('df not printed: bounds that hold for every df', () => {
	it('flags χ² = 9.52 with P < 0.001 for any df, with the recomputation in the message', () => {
		const result = judge('χ2 = 9.52, P < 0.001');
		expect(result).toMatchObject({ error: true, severity: 'warning' });
		expect(result.message).toBe('χ² = 9.52 gives P = 0.002 (df = 1; larger df give larger P), not P < 0.001');
	});

	it('flags χ2=6.18, P=0.080 because it falls between df = 2 and df = 3', () => {
		const result = judge('χ2=6.18, P=0.080');
		expect(result.severity).toBe('warning');
		expect(result.message).toBe('χ² = 6.18 gives P = 0.046 (df = 2) or P = 0.103 (df = 3); no whole-number df gives P = 0.080');
	});

	it('accepts χ² = 3.84, P = 0.05 (df = 1) and says which df fits', () => {
		const stats = extractStatistics('χ2 = 3.84, P = 0.05', { start: 0, end: 19 });
		const { verdicts } = assessStatistics(stats);
		expect(verdicts[0].status).toBe('consistent');
		expect(verdicts[0].notes.join(' ')).toContain('df = 1');
	});

	it('bounds t from below by the normal P: t = 1.50, P < 0.05 is wrong for every df', () => {
		const result = judge('t = 1.50, P < 0.05');
		expect(result).toMatchObject({ error: true, decisionError: true, severity: 'warning' });
		expect(result.message).toContain('smaller df give larger P');
	});

	it('accepts t = 2.10, P = 0.04 (df around 45–75 fit)', () => {
		expect(judge('t = 2.10, P = 0.04').error).toBe(false);
	});

	it('marks χ² = 2.06, P = 0.021 a decision error: no df makes it significant', () => {
		expect(judge('χ2 = 2.06, P = 0.021')).toMatchObject({ error: true, decisionError: true });
	});
});

describe('distributions (stdlib) against SciPy reference values', () => {
	it.each([
		['χ²(1) = 17.92', () => pFromChiSquare(17.92, 1), 2.303872960496177e-05],
		['χ²(28) = 22.2', () => pFromChiSquare(22.2, 28), 0.7719487040329357],
		['χ²(1) = 200 (far tail)', () => pFromChiSquare(200, 1), 2.0884875837625688e-45],
		['χ²(2) = 8.73', () => pFromChiSquare(8.73, 2), 0.012714655175249731],
		['F(2, 117) = 3.41', () => pFromF(3.41, 2, 117), 0.036358933104647745],
		['t(119) = 2.95', () => pFromT(2.95, 119), 0.0038272847127765615],
		['t(28) = 2.2', () => pFromT(2.2, 28), 0.03622548477883782],
		['z = 6.12', () => pFromZ(6.12), 9.35753574836323e-10],
		['r(28) = .22', () => pFromR(0.22, 28), 0.24273898791271148],
	])('%s', (_label, compute, reference) => {
		expect(Math.abs(compute() - reference) / reference).toBeLessThan(1e-9);
	});
});
