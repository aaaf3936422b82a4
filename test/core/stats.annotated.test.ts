// Extraction recall/precision and check false alarms on hand-annotated abstracts (test/fixtures/abstracts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessStatistics, extractStatistics, type Statistic } from '../../core/src/stats/index';

const DIRECTORY = join(__dirname, '..', 'fixtures', 'abstracts');

interface Annotation {
	kind: string;
	printed: string;
	cohort?: string;
	start: number;
}

/** Parses `kind:printed@cohort` items and finds each printed value after the previous one. */
function locate(text: string, items: string[]): Annotation[] {
	let cursor = 0;
	return items.map((item) => {
		const colon = item.indexOf(':');
		const rest = item.slice(colon + 1);
		const at = rest.lastIndexOf('@');
		const printed = at < 0 ? rest : rest.slice(0, at);
		const start = text.indexOf(printed, cursor);
		if (start < 0) throw new Error(`annotation ${item} not found after offset ${cursor}`);
		cursor = start + 1;
		return { kind: item.slice(0, colon), printed, cohort: at < 0 ? undefined : rest.slice(at + 1), start };
	});
}

const keyOf = (kind: string, start: number): string => `${kind}@${start}`;

const cases = readdirSync(DIRECTORY).filter((name) => name.endsWith('.txt')).sort().map((name) => {
	const text = readFileSync(join(DIRECTORY, name), 'utf8').replace(/\n$/, '');
	const annotation = JSON.parse(readFileSync(join(DIRECTORY, name.replace(/\.txt$/, '.json')), 'utf8')) as { statistics: string[]; inconsistent: string[] };
	const expected = locate(text, annotation.statistics);
	const inconsistent = locate(text, annotation.inconsistent);
	const stats = extractStatistics(text, { start: 0, end: text.length });
	return { name, text, expected, inconsistent, stats };
});

describe('hand-annotated abstracts', () => {
	it('has the six distinct sample abstracts, ten written ones and four held-out ones', () => {
		expect(cases.filter((c) => c.name.startsWith('s'))).toHaveLength(6);
		expect(cases.filter((c) => c.name.startsWith('a'))).toHaveLength(10);
		expect(cases.filter((c) => c.name.startsWith('b'))).toHaveLength(4);
	});

	it('extracts with recall ≥ 0.95 and precision ≥ 0.98 over all abstracts', () => {
		let truePositives = 0;
		let expectedCount = 0;
		let extractedCount = 0;
		const misses: string[] = [];
		const extras: string[] = [];
		for (const c of cases) {
			const found = new Map(c.stats.map((stat) => [keyOf(stat.kind, stat.valueSpan.start), stat]));
			const wanted = new Set(c.expected.map((a) => keyOf(a.kind, a.start)));
			for (const a of c.expected) {
				if (found.has(keyOf(a.kind, a.start))) truePositives++;
				else misses.push(`${c.name}: ${a.kind} ${a.printed}`);
			}
			for (const stat of c.stats) {
				if (!wanted.has(keyOf(stat.kind, stat.valueSpan.start))) extras.push(`${c.name}: ${stat.kind} ${c.text.slice(stat.span.start, stat.span.end)}`);
			}
			expectedCount += c.expected.length;
			extractedCount += c.stats.length;
		}
		const recall = truePositives / expectedCount;
		const precision = truePositives / extractedCount;
		expect(recall, `missed: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.95);
		expect(precision, `spurious: ${extras.join('; ')}`).toBeGreaterThanOrEqual(0.98);
		expect(expectedCount).toBeGreaterThan(180);
	});

	it.each(cases.map((c) => [c.name, c] as const))('%s: cohort labels as annotated', (_name, c) => {
		const byKey = new Map(c.stats.map((stat) => [keyOf(stat.kind, stat.valueSpan.start), stat]));
		for (const a of c.expected.filter((item) => item.cohort !== undefined)) {
			expect(byKey.get(keyOf(a.kind, a.start))?.cohort, `${a.kind} ${a.printed}`).toBe(a.cohort);
		}
	});

	it.each(cases.map((c) => [c.name, c] as const))('%s: findings exactly on the annotated inconsistencies', (_name, c) => {
		const { findings } = assessStatistics(c.stats);
		const flagged = new Set(findings.map((finding) => {
			const stat: Statistic = c.stats[finding.statIndex];
			return keyOf(stat.kind, stat.valueSpan.start);
		}));
		const wanted = new Set(c.inconsistent.map((a) => keyOf(a.kind, a.start)));
		expect([...flagged].sort()).toEqual([...wanted].sort());
	});
});
