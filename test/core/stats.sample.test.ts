// The real sample dump: the errors its README names must be found, and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../core/src/model';
import { assessStatistics, extractStatistics } from '../../core/src/stats/index';

const text = readFileSync(join(__dirname, '..', 'fixtures', 'sample.txt'), 'utf8');

/** Each entry's abstract: the 4th line of the entry (title, authors, source, abstract). */
function findAbstracts(): Map<number, Span> {
	const abstracts = new Map<number, Span>();
	const lines = text.split('\n');
	const starts: number[] = [];
	let offset = 0;
	for (const line of lines) {
		starts.push(offset);
		offset += line.length + 1;
	}
	lines.forEach((line, index) => {
		const match = /^(\d+)\.\S/.exec(line);
		if (match && index + 3 < lines.length) abstracts.set(Number(match[1]), { start: starts[index + 3], end: starts[index + 3] + lines[index + 3].length });
	});
	return abstracts;
}

const abstracts = findAbstracts();

function analyse(entry: number) {
	const span = abstracts.get(entry)!;
	const stats = extractStatistics(text, span);
	const { findings, verdicts } = assessStatistics(stats);
	const quote = (range: Span): string => text.slice(range.start, range.end);
	return { stats, findings, verdicts, quote };
}

describe('sample dump', () => {
	it('finds ten entries with abstracts', () => {
		expect([...abstracts.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});

	it.each([1, 7])('entry %i: χ²=9.52 under "both P<0.001" and χ²=6.18, P=0.080 are inconsistent', (entry) => {
		const { findings, quote } = analyse(entry);
		expect(findings.map((finding) => [finding.severity, finding.check, quote(finding.span), finding.message])).toEqual([
			['warning', 'test-p', '9.52', 'χ² = 9.52 gives P = 0.002 (df = 1; larger df give larger P), not P < 0.001'],
			['warning', 'test-p', 'χ2=6.18, P=0.080', 'χ² = 6.18 gives P = 0.046 (df = 2) or P = 0.103 (df = 3); no whole-number df gives P = 0.080'],
		]);
	});

	it.each([2, 8])('entry %i: 89 (13.4%%) of the 671-patient validation cohort is inconsistent, the rest is not', (entry) => {
		const { findings, quote } = analyse(entry);
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({ severity: 'warning', check: 'grim', decisionError: false });
		expect(quote(findings[0].span)).toBe('89 (13.4%)');
		expect(findings[0].message).toContain('89/671 = 13.26%, which rounds to 13.3%, not 13.4%');
	});

	it.each([4, 6])('entry %i: the combination\'s accuracy 93.2%% lies outside its sensitivity and specificity', (entry) => {
		const { stats, findings, quote } = analyse(entry);
		expect(findings).toHaveLength(1);
		const [finding] = findings;
		expect(finding).toMatchObject({ severity: 'warning', check: 'diagnostic' });
		expect(quote(finding.span)).toBe('93.2%');
		expect(finding.related.map((index) => `${stats[index].kind} ${stats[index].value}`)).toEqual(['sensitivity 91.4', 'specificity 88.9']);
	});

	it.each([3, 5, 9, 10])('entry %i (no results reported) has no statistics', (entry) => {
		expect(analyse(entry).stats).toEqual([]);
	});

	it('gives the consistent χ² of entry 1 a consistent verdict with its recomputation', () => {
		const { stats, verdicts } = analyse(1);
		const first = stats.find((stat) => stat.kind === 'chi2' && stat.value === 14.58)!;
		expect(verdicts[first.index].status).toBe('consistent');
		expect(verdicts[first.index].notes[0]).toContain('χ² = 14.58 gives P = 0.0001 (df = 1)');
	});

	it('recomputes the hazard ratios of entry 2 from their CIs (Altman & Bland) without complaint', () => {
		const { stats, verdicts } = analyse(2);
		const ratios = stats.filter((stat) => stat.kind === 'hr');
		expect(ratios.map((stat) => stat.value)).toEqual([1.75, 2.65, 2.56]);
		for (const ratio of ratios) expect(verdicts[ratio.index].status).toBe('consistent');
		expect(verdicts[ratios[0].index].notes[0]).toContain('gives P ≈ 0.016');
	});
});
