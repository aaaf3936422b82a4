/**
 * No super-linear work on hostile text: each extractor gets 1 MB adversarial strings (alone and inside a real entry's
 * title, author line or abstract) and must finish within 200 ms of CPU time. Judged by the median of three runs when slow.
 * The extractors are timed as shipped: bundled by esbuild (vitest's module transform adds a lookup to every call
 * between modules, which on a megabyte of tokens costs as much as the work itself).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleEntries } from '../fuzz/arbitraries';
import type { Target } from './adversarialTargets';
import { timeAgainstLimit } from './timing';

const LIMIT_MS = 200;
const SIZE = 1 << 20;
/** Repeated, each of these reaches some rule of the parser, the statistics scanner, the normalisers or the writers. */
const PIECES = ['(95% CI ', '9', '1.', ' ; ', '0.', '1-', 'P<', 'e\u0301', 'a', '10.1000/'];
const adversarial = (piece: string) => piece.repeat(Math.ceil(SIZE / piece.length)).slice(0, SIZE);
const NAMES = [
	'parser (raw)', 'parser (title)', 'parser (authors)', 'outline, every item read (title)', 'outline, every item read (authors)',
	'outline, every item read (abstract)', 'statistics (extract + assess)', 'duplicates normalizeTitle',
	'duplicates foldText / stripMarkup / repairMojibake', 'duplicates normalizeJournal / normalizeDoi', 'duplicates fingerprint (title)',
	'duplicates fingerprint (authors)', 'duplicates fingerprint (abstract)', 'export bibtex + ris + csl-json + enw (title)',
	'export bibtex + ris + csl-json + enw (authors)', 'export bibtex + ris + csl-json + enw (abstract)',
];

let targets: Record<string, Target> = {};
const bundleDir = mkdtempSync(join(tmpdir(), 'litdump-adversarial-'));

beforeAll(async () => {
	const outfile = join(bundleDir, 'targets.mjs');
	await build({ entryPoints: [join(__dirname, 'adversarialTargets.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
	const bundled = await import(pathToFileURL(outfile).href) as { createTargets(sampleEntry: string): Record<string, Target> };
	targets = bundled.createTargets(sampleEntries[0]);
}, 60_000);

afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

describe('1 MB adversarial strings finish within 200 ms per extractor', () => {
	it('times every extractor there is', () => {
		expect(Object.keys(targets)).toEqual(NAMES);
	});

	for (const name of NAMES) {
		for (const piece of PIECES) {
			const id = `${name} × ${JSON.stringify(piece)}`;
			it(id, async () => {
				const big = adversarial(piece);
				const ms = await timeAgainstLimit(() => targets[name](big), LIMIT_MS);
				expect(ms, `${id} took ${ms.toFixed(0)} ms`).toBeLessThanOrEqual(LIMIT_MS);
			}, 60_000);
		}
	}
});
