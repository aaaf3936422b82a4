/**
 * Input generators shared by the fuzz tests and bench/reliability.ts: random text, mutated real entries (from
 * test/fixtures/sample.txt), unicode edge cases, line-break mixes, and the large adversarial shapes (long lines,
 * 10^5 digits, repeated "(95% CI " fragments). The number of runs scales with LITDUMP_FUZZ_SCALE (default 1 = CI budget).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';

/** The real sample dump every mutation starts from (found from the working directory up: vitest and the bench bundle both run in the repository). */
export const sampleText = readFileSync(findFixture('test/fixtures/sample.txt'), 'utf8');

function findFixture(relative: string): string {
	for (let directory = process.cwd(); ; directory = dirname(directory)) {
		if (existsSync(join(directory, relative)) || dirname(directory) === directory) {
			return join(directory, relative);
		}
	}
}

/** The sample's lines (without line breaks), as raw material for mutations. */
export const sampleLines = sampleText.split(/\r\n|\r|\n/).filter((line) => line.length > 0);

/** The sample split into whole entries: each is a title line up to, not including, the next title line. */
export const sampleEntries: string[] = splitSampleEntries(sampleText);

function splitSampleEntries(text: string): string[] {
	const blocks: string[] = [];
	for (const line of text.split('\n')) {
		if (/^\d+\./.test(line) || blocks.length === 0) {
			blocks.push('');
		}
		blocks[blocks.length - 1] += `${line}\n`;
	}
	return blocks.filter((block) => /^\d+\./.test(block));
}

/** Multiplier of every run count, from LITDUMP_FUZZ_SCALE (e.g. 0.1 for a quick look, 10 for a nightly run). */
export const fuzzScale = readScale(typeof process === 'undefined' ? undefined : process.env.LITDUMP_FUZZ_SCALE);

function readScale(value: string | undefined): number {
	const scale = Number(value);
	return value !== undefined && Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/** The number of runs of a target whose CI budget is `base` runs. */
export function fuzzRuns(base: number): number {
	return Math.max(1, Math.round(base * fuzzScale));
}

/** fast-check parameters: `runs` runs, seeded by LITDUMP_FUZZ_SEED when set (to replay a failure). */
export function fuzzParameters(runs: number): fc.Parameters<unknown> {
	const seed = Number(process.env.LITDUMP_FUZZ_SEED);
	return { numRuns: runs, ...(Number.isInteger(seed) ? { seed } : {}) };
}

/** Single characters and short sequences that break naive text handling. */
export const unicodeEdges: readonly string[] = [
	'\uD83D', '\uDE00', '\uDE00\uD83D', '😀', '👩‍⚕️', 'e\u0301', '\u0301', 'a\u0300\u0316\u0327', '\u200B', '\u200D', '\u200F', '\u202E', '\u2066',
	'مرحبا', 'שלום', 'Ａｂｃ１２３', '（９５％ＣＩ：', '．', '、', '；', '∶', '：', '±', '×', '≤', '≥', '−', '–', '—', '\u0000', '\uFEFF', '\u00A0',
	'\u3000', '\u2028', '\u2029', '\u0085', '\t', '\v', '\f', '\r', '\n', '\r\n', '\n\r', '\uFFFD', '\uFFFF', '中华放射学杂志', '王小明', 'Ⅲ',
];

/** Pieces of real dumps and of statistics: what the parser and the extractors look for. */
const dumpPieces: readonly string[] = [
	'1.', '12.', '9999999.', '１．', '3、', ' ; ', ';', 'Wenjun DIAO ; Xiaobo CHEN', 'Chinese Journal of Radiology 2025;59(5):549-557',
	'2025;59(5):549-557', '2019;(3):1-2', ' 2020;1(1):e1234', 'doi:10.1000/xyz.123', 'PMID: 12345678', 'Objective:', 'Methods:', 'Results:',
	'Conclusions:', 'Result Analysis', 'Print', 'Save', 'E-mail', '(95% CI ', '95% CI: 0.738-0.872', '(95%CI 1.2～3.4)', 'P<0.001', 'P = 0.05',
	'P=0.000', 't=2.31', 'χ2=4.12', 'F(2, 28)=3.5', 'r=0.62', 'OR=1.2', 'HR 0.8 (0.6, 1.1)', 'AUC of 0.809', 'sensitivity 88.9%', '89 (13.4%)',
	'544/671', 'n=348', '12.5±3.4', 'median 4 (IQR 2-7)', '0.', '.5', '1e308', '-0', 'NaN', '[', ']', '(', ')', '{', '}', '\\', '%', '&', '#', '$',
	'"', "'", '`', '~', '^', '_', '@article{', 'TY  - ', '%0 ', '<i>', '</i>', '<sup>', 'Erratum:', 'Retraction:', 'et al.',
];

/** One short fragment: a dump piece, a unicode edge case, a sample line, a number or random text. */
export const fragmentArbitrary: fc.Arbitrary<string> = fc.oneof(
	{ arbitrary: fc.constantFrom(...dumpPieces), weight: 6 },
	{ arbitrary: fc.constantFrom(...unicodeEdges), weight: 4 },
	{ arbitrary: fc.constantFrom(...sampleLines), weight: 2 },
	{ arbitrary: fc.integer({ min: 0, max: 99999 }).map(String), weight: 2 },
	{ arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
	{ arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
);

/** A line break of any style, or two. */
export const lineBreakArbitrary: fc.Arbitrary<string> = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n');

/** Random dump-like text: fragments joined with spaces, nothing and line breaks. */
export const randomTextArbitrary: fc.Arbitrary<string> = fc.array(
	fc.tuple(fragmentArbitrary, fc.constantFrom('', ' ', '', '\n', '\r\n', '\r', ' ; ')),
	{ maxLength: 40 },
).map((parts) => parts.map(([piece, glue]) => piece + glue).join(''));

/** One edit of a text at a position given as a fraction of its length. */
type Mutation =
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'delete'; at: number; length: number }
	| { kind: 'duplicate'; at: number; length: number }
	| { kind: 'breaks'; style: string }
	| { kind: 'swap-lines'; at: number };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
	{ arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fragmentArbitrary, lineBreakArbitrary) }), weight: 5 },
	{ arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }) }), weight: 3 },
	{ arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }) }), weight: 2 },
	{ arbitrary: fc.record({ kind: fc.constant('breaks' as const), style: fc.constantFrom('\r\n', '\r', '\n\n', '\u2028') }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }), weight: 1 },
);

/** Applies one mutation (positions clamp to the text). */
export function applyMutation(text: string, mutation: Mutation): string {
	if (mutation.kind === 'breaks') {
		// Every other line break changes style, so the text ends up with a mix.
		return text.split('\n').map((line, i) => (i === 0 ? line : (i % 2 === 1 ? mutation.style : '\n') + line)).join('');
	}
	const at = Math.floor(mutation.at * text.length);
	switch (mutation.kind) {
		case 'insert':
			return text.slice(0, at) + mutation.text + text.slice(at);
		case 'delete':
			return text.slice(0, at) + text.slice(at + mutation.length);
		case 'duplicate':
			return text.slice(0, at + mutation.length) + text.slice(at, at + mutation.length) + text.slice(at + mutation.length);
		case 'swap-lines': {
			const lines = text.split('\n');
			const i = Math.floor(mutation.at * Math.max(0, lines.length - 1));
			if (i + 1 < lines.length) {
				[lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
			}
			return lines.join('\n');
		}
	}
}

/** A dump built from 1–6 real entries (any order, repeats allowed) with up to 8 mutations. */
export const mutatedDumpArbitrary: fc.Arbitrary<string> = fc.tuple(
	fc.array(fc.constantFrom(...sampleEntries), { minLength: 1, maxLength: 6 }),
	fc.array(mutationArbitrary, { maxLength: 8 }),
).map(([entries, mutations]) => mutations.reduce(applyMutation, entries.join('')));

/** A real entry with its number changed and one or two small mutations, e.g. a single-entry dump. */
export const mutatedEntryArbitrary: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...sampleEntries), fc.array(mutationArbitrary, { maxLength: 2 }))
	.map(([entry, mutations]) => mutations.reduce(applyMutation, entry));

/** Any small input: random text, a mutated dump, or a dump of random fragments between real entries. */
export const dumpArbitrary: fc.Arbitrary<string> = fc.oneof(
	{ arbitrary: mutatedDumpArbitrary, weight: 4 },
	{ arbitrary: randomTextArbitrary, weight: 3 },
	{ arbitrary: fc.tuple(mutatedEntryArbitrary, randomTextArbitrary, mutatedEntryArbitrary).map((parts) => parts.join('\n')), weight: 2 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 1 },
);

/** The large shapes: a long line, 10^5 digits, repeated "(95% CI " and friends, each inside a real entry. */
export const largeInputArbitrary: fc.Arbitrary<string> = fc.tuple(
	fc.constantFrom(
		'(95% CI ', '9', '(', '1.', ' ; ', 'P<', '0.', '95% CI ', '(95% CI 1.2-', 'a', '，', '. ', ':', '1(1):', 'Wenjun DIAO ; ', '\u0301', '\uD83D',
		'2025;59(5):', '±', '/', '-', 'Objective:', 'OR=1.2 (95% CI ', '\t', 'e\u0301', 'n=',
	),
	fc.integer({ min: 1000, max: 100_000 }),
	fc.constantFrom(...sampleEntries),
	fc.constantFrom('title', 'authors', 'source', 'abstract', 'alone'),
).map(([piece, length, entry, where]) => {
	const big = piece.repeat(Math.ceil(length / piece.length));
	const lines = entry.split('\n');
	const index = { title: 0, authors: 1, source: 2, abstract: 3, alone: -1 }[where];
	if (index < 0 || index >= lines.length) {
		return `${entry}${big}\n`;
	}
	lines[index] = `${lines[index]} ${big}`;
	return lines.join('\n');
});

/** Unicode edge cases run together with a few dump pieces and line breaks. */
export const unicodeSoupArbitrary: fc.Arbitrary<string> = fc.array(fc.constantFrom(...unicodeEdges, '1.', '2.', ' ; ', 'Yun TAN', 'Journal 2020;1(1):1-2', '\n'), { maxLength: 60 })
	.map((parts) => parts.join(''));

/** Abstract-like text: statistics fragments, numbers, unicode edge cases and sample sentences run together. */
export const abstractSoupArbitrary: fc.Arbitrary<string> = fc.array(fc.tuple(fragmentArbitrary, fc.constantFrom('', ' ', ', ', '. ', ' (', ') ', '; ')), { maxLength: 50 })
	.map((parts) => parts.map(([piece, glue]) => piece + glue).join(''));

/** Export inputs, smaller than the parser's: one or two mutated entries, random text, or a mutated dump. */
export const exportInputArbitrary: fc.Arbitrary<string> = fc.oneof(
	{ arbitrary: mutatedEntryArbitrary, weight: 3 },
	{ arbitrary: fc.tuple(mutatedEntryArbitrary, randomTextArbitrary, mutatedEntryArbitrary).map((parts) => parts.join('\n')), weight: 2 },
	{ arbitrary: mutatedDumpArbitrary, weight: 1 },
);
