import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchmarkDuplicates, benchmarkSet } from '../../bench/duplicates';
import { generatePlantedDump } from '../../bench/duplicates-synthetic';
import { findDuplicates } from '../../core/src/duplicates/index';
import { parseDocument } from '../../core/src/parse';

/** A stand-in for the benchmark's score.mjs (not committed here): pairwise scoring of union-find clusters, as JSON. */
const STUB_SCORER = `
import { readFileSync } from 'node:fs';
const [truthFile, predictedFile] = process.argv.slice(2);
const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
const predicted = JSON.parse(readFileSync(predictedFile, 'utf8'));
const parent = Array.from({ length: truth.records + 1 }, (_, i) => i);
const find = (x) => (parent[x] === x ? x : (parent[x] = find(parent[x])));
for (const [a, b] of predicted.pairs) parent[find(a)] = find(b);
const trueCluster = new Map();
truth.clusters.forEach((cluster, i) => cluster.forEach((x) => trueCluster.set(x, i)));
let predictedPairs = 0, correctPairs = 0, truePairs = 0;
for (let a = 1; a <= truth.records; a++) for (let b = a + 1; b <= truth.records; b++) {
	const same = trueCluster.has(a) && trueCluster.get(a) === trueCluster.get(b);
	if (same) truePairs++;
	if (find(a) === find(b)) { predictedPairs++; if (same) correctPairs++; }
}
const precision = predictedPairs ? correctPairs / predictedPairs : null;
console.log(JSON.stringify({ pairwise: { truePairs, predictedPairs, correctPairs, precision, recall: truePairs ? correctPairs / truePairs : 0 } }));
`;

describe('duplicate benchmark scoring', () => {
	const dir = mkdtempSync(join(tmpdir(), 'litdump-dup-bench-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	writeFileSync(join(dir, 'score.mjs'), STUB_SCORER);
	writeFileSync(join(dir, 'special_cases.txt'), readFileSync(join(__dirname, '..', 'fixtures', 'sample.txt'), 'utf8'));
	writeFileSync(join(dir, 'special_cases.truth.json'), JSON.stringify({ set: 'special_cases', records: 10, clusters: [[1, 7], [2, 8], [3, 5], [4, 6]] }));

	it('scores a set through its scorer: the seed sample is found whole, with no false Warning', () => {
		const result = benchmarkSet(dir, 'special_cases', dir);
		expect(result.warnings).toEqual({ correct: 4, wrong: 0 });
		expect(result.all).toMatchObject({ truePairs: 4, predictedPairs: 4, correctPairs: 4, precision: 1, recall: 1 });
	});

	it('prints per-set and overall lines, and says when the benchmark is absent', async () => {
		const lines = await benchmarkDuplicates(dir, { synthetic: false });
		expect(lines.some((line) => line.startsWith('special_cases') && line.includes('4/0'))).toBe(true);
		expect(lines.some((line) => line.includes('W+I pairwise recall 1.0000 (4/4)'))).toBe(true);
		expect(await benchmarkDuplicates(join(dir, 'missing'), { synthetic: false })).toEqual([`LDD duplicate benchmark: not found at ${join(dir, 'missing')}; skipped`]);
	});
});

describe('planted near duplicates', () => {
	it('finds every planted copy as a Warning and nothing else', () => {
		const { text, planted } = generatePlantedDump(400, 0.1, 3);
		const matches = findDuplicates(parseDocument(text), text);
		const firstOf = new Map(matches.map((match) => [match.duplicate.entry.number, match.first.entry.number]));
		const root = (n: number) => firstOf.get(n) ?? n;
		expect(planted.filter(([original, copy]) => root(original) !== root(copy))).toEqual([]);
		expect(matches.filter((match) => match.tier === 'duplicate')).toHaveLength(planted.length);
	});
});
