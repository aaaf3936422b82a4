// Table-driven extraction cases: formats of medical abstracts (dashes, full-width punctuation, thousands spaces, lists).
import { describe, expect, it } from 'vitest';
import { extractStatistics, type Statistic } from '../../core/src/stats/index';

function extract(text: string): Statistic[] {
	return extractStatistics(text, { start: 0, end: text.length });
}

/** The statistics as `kind value` strings, with the CI, counts and P attached. */
function brief(text: string): string[] {
	return extract(text).map((stat) => {
		let out = `${stat.kind} ${stat.kind === 'p' ? stat.comparator : ''}${stat.value}${stat.percent ? '%' : ''}`;
		if (stat.ci) out += ` [${stat.ci.lower.value}, ${stat.ci.upper.value}]`;
		if (stat.sd) out += ` ±${stat.sd.value}`;
		if (stat.iqr) out += ` IQR ${stat.iqr.lower.value}-${stat.iqr.upper.value}`;
		if (stat.count !== undefined) out += ` n=${stat.count}${stat.total !== undefined ? `/${stat.total}` : ''}`;
		if (stat.adjusted) out += ' adjusted';
		return out;
	});
}

describe('one statistic per format', () => {
	it.each([
		['AUC 0.87 (95% CI 0.82–0.91)', ['auc 0.87 [0.82, 0.91]']],
		['AUC 0.87 (95% CI 0.82-0.91)', ['auc 0.87 [0.82, 0.91]']],
		['AUC 0.87 (95% CI 0.82~0.91)', ['auc 0.87 [0.82, 0.91]']],
		['AUC 0.87（95％CI：0.82～0.91）', ['auc 0.87 [0.82, 0.91]']],
		['AUC 0.87 (95% CI 0.82 to 0.91)', ['auc 0.87 [0.82, 0.91]']],
		['AUC 0.87 (0.82-0.91)', ['auc 0.87 [0.82, 0.91]']],
		['P < .001', ['p <0.001']],
		['P＜0.05', ['p <0.05']],
		['p = 0.000', ['p =0']],
		['P≤0.05', ['p <=0.05']],
		['χ2 = 12.3', ['chi2 12.3']],
		['χ² = 12.3', ['chi2 12.3']],
		['chi2 = 12.3', ['chi2 12.3']],
		['X2 = 12.3', ['chi2 12.3']],
		['HR 1.45', ['hr 1.45']],
		['hazard ratio of 1.45 (95% CI 1.10-1.91)', ['hr 1.45 [1.1, 1.91]']],
		['aHR 1.45 (95% CI 1.10–1.91)', ['hr 1.45 [1.1, 1.91] adjusted']],
		['aOR 0.62 (95% CI 0.41 to 0.93)', ['or 0.62 [0.41, 0.93] adjusted']],
		['adjusted odds ratio 2.1 (1.3-3.4)', ['or 2.1 [1.3, 3.4] adjusted']],
		['OR = 2.10, 95% CI 1.30–3.40', ['or 2.1 [1.3, 3.4]']],
		['RR 0.85 (95% CI 0.72−0.99)', ['rr 0.85 [0.72, 0.99]']],
		['mean difference −2.8 (95% CI −3.6 to −2.0)', ['ci -3.6 [-3.6, -2]']],
		['r = −0.54', ['r -0.54']],
		['( n=1 830)', ['n 1830']],
		['(n = 1,024)', ['n 1024']],
		['a total of 2 501 patients', ['n 2501']],
		['(176 cases)', ['n 176']],
		['89 (13.4%)', ['percent 13.4% n=89']],
		['51（52.6％）', ['percent 52.6% n=51']],
		['81.1% (544/671)', ['percent 81.1% n=544/671']],
		['45/120 (37.5%)', ['percent 37.5% n=45/120']],
		['120 of 150 patients (80.0%)', ['percent 80% n=120/150']],
		['P-value of 0.03', ['p =0.03']],
		['p \\textless .001', ['p <0.001']],
		['age 58.3 (SD 10.2) years', ['mean-sd 58.3 ±10.2']],
		['OR, 2.5; 95% CI, 1.2-5.1', ['or 2.5 [1.2, 5.1]']],
		['odds ratio [OR] = 3.21', ['or 3.21']],
		['sensitivity of 92% (80 of 87)', ['sensitivity 92% n=80/87']],
		['(hazard ratio [HR], 1.41; 95% CI: 1.12, 1.77; P = .003)', ['hr 1.41 [1.12, 1.77]', 'p =0.003']],
		['aged 45.3 ± 12.1 years', ['mean-sd 45.3 ±12.1']],
		['median age 62 years (IQR 55–70)', ['median-iqr 62 IQR 55-70']],
		['median 4.2 (interquartile range, 3.1-5.6)', ['median-iqr 4.2 IQR 3.1-5.6']],
		['C-index 0.72 (95% CI 0.65-0.79)', ['c-index 0.72 [0.65, 0.79]']],
		['concordance index of 0.72', ['c-index 0.72']],
		['κ = 0.82', ['kappa 0.82']],
		['ICC 0.91 (95% CI 0.86-0.94)', ['icc 0.91 [0.86, 0.94]']],
		['Dice 0.85 ± 0.06', ['dice 0.85 ±0.06']],
		['DSC of 0.912', ['dice 0.912']],
		['ρ = 0.61', ['rho 0.61']],
		['AUC 0·87 (0·82–0·91)', ['auc 0.87 [0.82, 0.91]']],
	])('%s', (text, expected) => {
		expect(brief(text)).toEqual(expected);
	});
});

describe('what is not a statistic', () => {
	it.each([
		'between January 2013 and June 2018',
		'at a ratio of 7∶3',
		'Optimal thresholds were 53.6 HU for VNC and 0.605 mg/ml for IC.',
		'using R software (version 4.2.1)',
		'with 24-hour follow-up CT/MRI',
		'RECIST 1.1 was applied to 3 readers',
		'COVID-19 patients were excluded',
		'95% limits of agreement −6.9 to 10.5 ml',
		'a Student t-test and the F test',
	])('%s', (text) => {
		expect(brief(text)).toEqual([]);
	});
});

describe('spans, decimals and sentences', () => {
	it('spans the keyword, the value and its bracketed CI and P', () => {
		const text = 'associated with hazard ratios ( HR) of 1.75 (95% CI 1.11-2.77, P=0.016).';
		const [hr, p] = extract(text);
		expect(text.slice(hr.span.start, hr.span.end)).toBe('hazard ratios ( HR) of 1.75 (95% CI 1.11-2.77, P=0.016)');
		expect(text.slice(hr.valueSpan.start, hr.valueSpan.end)).toBe('1.75');
		expect(text.slice(p.span.start, p.span.end)).toBe('P=0.016');
		expect(hr.pIndex).toBe(p.index);
		expect(p.appliesTo).toEqual([hr.index]);
	});

	it('starts the span at the keyword only when nothing but connectives separates them', () => {
		const text = 'higher sensitivity (94.1% vs 82.4%, P<0.001); kappa, 0.72';
		expect(extract(text).map((stat) => text.slice(stat.span.start, stat.span.end))).toEqual(['94.1%', '82.4%', 'P<0.001', 'kappa, 0.72']);
	});

	it('keeps the decimals as printed, trailing zeros included', () => {
		const [p, auc] = extract('P=0.080 and AUC 0.70');
		expect([p.decimals, auc.decimals]).toEqual([3, 2]);
	});

	it('returns document offsets when the abstract is a slice of a larger text', () => {
		const document = 'Title\nAuthors\nJournal\nResults: AUC 0.87 (95% CI 0.82-0.91). P < 0.05.\n';
		const start = document.indexOf('Results');
		const stats = extractStatistics(document, { start, end: document.length - 1 });
		expect(document.slice(stats[0].valueSpan.start, stats[0].valueSpan.end)).toBe('0.87');
		expect(document.slice(stats[0].sentence.start, stats[0].sentence.end)).toBe('Results: AUC 0.87 (95% CI 0.82-0.91).');
		expect(document.slice(stats[1].sentence.start, stats[1].sentence.end)).toBe('P < 0.05.');
	});

	it('does not end a sentence at "vs." or at a decimal point', () => {
		const stats = extract('AUC 0.85 vs. 0.80 for the clinical model (P=0.03).');
		expect(new Set(stats.map((stat) => stat.sentence.start)).size).toBe(1);
	});
});

describe('lists', () => {
	it('maps a "respectively" list to the cohorts named after it', () => {
		const text = 'AUC of 0.809, 0.693 and 0.718 in the training, internal validation and external validation cohorts, respectively.';
		expect(extract(text).map((stat) => [stat.value, stat.cohort])).toEqual([
			[0.809, 'training cohort'], [0.693, 'internal validation cohort'], [0.718, 'external validation cohort'],
		]);
	});

	it('takes labels from before the list and passes them to the next lists of the sentence', () => {
		const text = 'the sensitivity of VNC, iodine map, and their combination was 88.9%,94.3%,and 91.4%,respectively;the specificity 94.3%,77.8%,and 88.9%,respectively.';
		expect(extract(text).map((stat) => `${stat.kind} ${stat.cohort}`)).toEqual([
			'sensitivity VNC', 'sensitivity iodine map', 'sensitivity their combination',
			'specificity VNC', 'specificity iodine map', 'specificity their combination',
		]);
	});

	it('shares one list of values among listed keywords', () => {
		expect(brief('The sensitivity, specificity and accuracy were 85.0%, 90.0% and 88.0%, respectively.')).toEqual([
			'sensitivity 85%', 'specificity 90%', 'accuracy 88%',
		]);
	});

	it('fans "both P<0.001" out to the two statistics before it', () => {
		const stats = extract('( χ2=14.58, 9.52, both P<0.001)');
		expect(stats.map((stat) => stat.kind)).toEqual(['chi2', 'chi2', 'p']);
		expect(stats[2].appliesTo).toEqual([0, 1]);
		expect(stats[0].pIndex).toBe(2);
		expect(stats[1].pIndex).toBe(2);
	});

	it('leaves "all P>0.05" without owners when nothing testable precedes it', () => {
		const [p] = extract('No significant differences existed in age, sex, or treatment methods(all P>0.05).');
		expect(p).toMatchObject({ kind: 'p', comparator: '>', value: 0.05, appliesTo: [] });
	});

	it('labels bracketed sizes with the words before them', () => {
		const stats = extract('divided into completely independent training ( n=1 830) and validation ( n=671) cohorts');
		expect(stats.map((stat) => [stat.value, stat.cohort])).toEqual([[1830, 'training cohort'], [671, 'validation cohort']]);
	});

	it('reads df and values of test statistics', () => {
		expect(extract('F(2, 28) = 2.20, p = .15')[0]).toMatchObject({ kind: 'F', df: [2, 28], value: 2.2, decimals: 2 });
		expect(extract('t(28) = 2.20, ns').map((stat) => stat.comparator)).toEqual(['=', 'ns']);
	});
});
