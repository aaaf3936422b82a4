// Hostile input: every extractor must stay linear. Loose wall-clock bounds only; speed proper is measured by `npm run bench`.
import { describe, expect, it } from 'vitest';
import { assessStatistics, extractStatistics } from '../../core/src/stats/index';

const MEGABYTE = 1 << 20;

function repeatTo(unit: string, length: number): string {
	return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const HOSTILE: Array<[string, string]> = [
	['unclosed CI brackets', repeatTo('(95% CI ', MEGABYTE)],
	['100 000 digits', '9'.repeat(100_000) + ' patients (' + '1'.repeat(100_000) + '%)'],
	['digits in thousands groups', repeatTo('1 234 ', MEGABYTE)],
	['one endless value list', 'AUC of ' + repeatTo('0.81 (95% CI 0.7-0.9), ', MEGABYTE)],
	['endless percentage list', repeatTo('12.5%, ', MEGABYTE)],
	['endless keyword list', repeatTo('sensitivity, specificity and ', MEGABYTE)],
	['P without a number', repeatTo('P< P= both P ', MEGABYTE)],
	['test statistics without values', repeatTo('χ2=(1, t(28)=F(2, ', MEGABYTE)],
	['all P fan-out in one sentence', repeatTo('χ2=3.1, all P<0.05, ', MEGABYTE)],
	['respectively without labels', repeatTo('5.1%, 6.2% and 7.3%, respectively, ', MEGABYTE)],
	['labels without values', repeatTo('in the training, validation and test cohorts, ', MEGABYTE)],
	['sizes and brackets', repeatTo('training ( n=1 830) and ', MEGABYTE)],
	['minus signs and ranges', repeatTo('−-~–', MEGABYTE)],
	['full-width punctuation', repeatTo('（９５％ＣＩ：', MEGABYTE)],
	['dots and abbreviations', repeatTo('vs. e.g. 1. ', MEGABYTE)],
];

/** Milliseconds to extract from the first `length` characters of `text`. */
function timeExtraction(text: string, length: number): number {
	const part = text.slice(0, length);
	const started = performance.now();
	const stats = extractStatistics(part, { start: 0, end: part.length });
	expect(Array.isArray(stats)).toBe(true);
	return performance.now() - started;
}

describe('1 MB hostile strings', () => {
	// A quadratic pass over 1 MB would take minutes; here it takes 0.3–1 s on an idle machine. Shared test
	// machines are slow at times, so the test compares 1 MB with 256 KB (4× the text, linear ≈ 4× the time).
	it.each(HOSTILE)('%s: linear, and seconds rather than minutes', (_name, text) => {
		const quarter = timeExtraction(text, text.length / 4);
		const full = timeExtraction(text, text.length);
		expect(full).toBeLessThan(10_000);
		expect(full).toBeLessThan(8 * quarter + 300);
	});

	it('grows linearly: 4× the text takes well under 16× the time', () => {
		const unit = 'AUC of 0.81 (95% CI 0.7-0.9), 0.79 and 0.75 in the training, validation and test cohorts, respectively (χ2=3.1, both P<0.05). ';
		const time = (length: number): number => {
			const text = repeatTo(unit, length);
			const started = performance.now();
			extractStatistics(text, { start: 0, end: text.length });
			return performance.now() - started;
		};
		time(MEGABYTE / 8);
		const small = Math.max(time(MEGABYTE / 4), 1);
		const large = time(MEGABYTE);
		expect(large / small).toBeLessThan(10);
	});

	it('the checks also finish on hostile test-statistic lists', () => {
		const text = repeatTo('χ2=3.1, P=0.078; ', MEGABYTE / 16);
		const stats = extractStatistics(text, { start: 0, end: text.length });
		const started = performance.now();
		const { findings } = assessStatistics(stats);
		expect(performance.now() - started).toBeLessThan(5000);
		expect(findings).toEqual([]);
	});
});
