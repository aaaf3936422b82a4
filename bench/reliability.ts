/**
 * Reliability figures for the README: how many generated inputs each fuzz target took (the CI budget of test/fuzz,
 * scaled by LITDUMP_FUZZ_SCALE), its slowest case, and a generated 50 MB dump in the language server (in-process,
 * over real LSP streams): open + parse + outline, diagnostics, the same after a one-word edit, and the peak memory of
 * the process.
 */
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { abstractSoupArbitrary, dumpArbitrary, exportInputArbitrary, fuzzScale, largeInputArbitrary, mutatedEntryArbitrary, sampleEntries, unicodeSoupArbitrary } from '../test/fuzz/arbitraries';
import { dataFormats, formattedStyles, fuzzBudget, fuzzRuns } from '../test/fuzz/budget';
import { checkDuplicateIndex, checkExport, checkParseCoverage, checkPlantedCopy, checkStatistics, checkStatisticsOfDocument } from '../test/fuzz/properties';
import { initialize, open, startInProcess } from '../test/server/lspClient';
import { generateDump } from './generate';

/** One fuzz target: its inputs, its budget and the property every input must keep. */
interface Target {
	name: string;
	runs: number;
	inputs: fc.Arbitrary<unknown>;
	check(input: unknown): unknown;
}

const TARGET_CHARS = 50_000_000;
const CHUNK = 500;

function describeTargets(): Target[] {
	const { parser, statistics, duplicates, export: exporting } = fuzzBudget;
	const text = (check: (input: string) => unknown) => (input: unknown) => check(input as string);
	return [
		{ name: 'parser: dumps', runs: parser.dumps, inputs: dumpArbitrary, check: text(checkParseCoverage) },
		{ name: 'parser: unicode', runs: parser.unicode, inputs: unicodeSoupArbitrary, check: text(checkParseCoverage) },
		{ name: 'parser: large', runs: parser.large, inputs: largeInputArbitrary, check: text(checkParseCoverage) },
		{ name: 'statistics: fragments', runs: statistics.fragments, inputs: abstractSoupArbitrary, check: text((input) => checkStatistics(input)) },
		{ name: 'statistics: abstracts', runs: statistics.abstracts, inputs: dumpArbitrary, check: text(checkStatisticsOfDocument) },
		{ name: 'statistics: large', runs: statistics.large, inputs: largeInputArbitrary, check: text((input) => checkStatistics(input)) },
		{ name: 'duplicates: one file', runs: duplicates.single, inputs: dumpArbitrary, check: text((input) => checkDuplicateIndex([input])) },
		{ name: 'duplicates: workspace', runs: duplicates.workspace, inputs: fc.array(dumpArbitrary, { minLength: 1, maxLength: 4 }), check: (input) => checkDuplicateIndex(input as string[]) },
		{ name: 'duplicates: planted copy', runs: duplicates.planted, inputs: fc.tuple(dumpArbitrary, fc.constantFrom(...sampleEntries)), check: (input) => checkPlantedCopy(...(input as [string, string])) },
		{ name: 'duplicates: large', runs: duplicates.large, inputs: fc.tuple(largeInputArbitrary, largeInputArbitrary), check: (input) => checkDuplicateIndex(input as string[]) },
		...dataFormats.map((format): Target => ({ name: `export ${format}`, runs: exporting.perDataFormat, inputs: exportInputArbitrary, check: text((input) => checkExport(input, format)) })),
		...dataFormats.map((format): Target => ({ name: `export ${format}: large`, runs: exporting.largePerDataFormat, inputs: largeInputArbitrary, check: text((input) => checkExport(input, format)) })),
		...formattedStyles.map((style): Target => ({ name: `export ${style}`, runs: exporting.perFormattedStyle, inputs: mutatedEntryArbitrary, check: text((input) => checkExport(input, style)) })),
		...formattedStyles.map((style): Target => ({ name: `export ${style}: large`, runs: exporting.largePerFormattedStyle, inputs: largeInputArbitrary, check: text((input) => checkExport(input, style)) })),
	];
}

/** The characters of an input (strings, or the strings of a tuple/array). */
function sizeOf(input: unknown): number {
	return typeof input === 'string' ? input.length : Array.isArray(input) ? input.reduce((sum: number, part) => sum + sizeOf(part), 0) : 0;
}

/** Runs one target over its budget, timing every input; counts failures instead of stopping. */
async function runTarget(target: Target, seed: number): Promise<{ runs: number; totalMs: number; slowestMs: number; slowestChars: number; failures: string[] }> {
	const runs = fuzzRuns(target.runs);
	const result = { runs, totalMs: 0, slowestMs: 0, slowestChars: 0, failures: [] as string[] };
	// One untimed warm-up input first: loading citeproc styles or pinyin tables is start-up, not a slow case.
	await Promise.resolve(target.check(fc.sample(target.inputs, { numRuns: 1, seed: seed - 1 })[0])).catch(() => undefined);
	for (let done = 0; done < runs; done += CHUNK) {
		for (const input of fc.sample(target.inputs, { numRuns: Math.min(CHUNK, runs - done), seed: seed + done })) {
			const start = performance.now();
			try {
				await target.check(input);
			} catch (error) {
				result.failures.push(error instanceof Error ? error.message : String(error));
			}
			const ms = performance.now() - start;
			result.totalMs += ms;
			if (ms > result.slowestMs) {
				result.slowestMs = ms;
				result.slowestChars = sizeOf(input);
			}
		}
	}
	return result;
}

/** Samples the process's resident memory every 10 ms from another thread, so busy work on this one is still seen. */
function watchMemory(): { peakMB(): Promise<number>; stop(): Promise<number> } {
	const worker = new Worker(`
		const { parentPort } = require('node:worker_threads');
		let peak = process.memoryUsage.rss();
		setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 10);
		parentPort.on('message', () => parentPort.postMessage(peak));
	`, { eval: true });
	const ask = () => new Promise<number>((resolve) => {
		worker.once('message', (peak: number) => resolve(peak / 1048576));
		worker.postMessage('peak');
	});
	let stopped: Promise<number> | undefined;
	return {
		peakMB: ask,
		stop() {
			stopped ??= ask().then(async (peak) => {
				await worker.terminate();
				return peak;
			});
			return stopped;
		},
	};
}

/** A generated dump of about `chars` characters. */
function generateDumpOfSize(chars: number): string {
	const perEntry = generateDump(200).length / 200;
	return generateDump(Math.ceil(chars / perEntry));
}

/** Opens a 50 MB dump in the in-process server and times outline and diagnostics; memory is the process peak. */
async function benchmarkBigFile(): Promise<string[]> {
	const memory = watchMemory();
	const text = generateDumpOfSize(TARGET_CHARS);
	const client = startInProcess();
	try {
		await initialize(client, { pull: true });
		const uri = 'file:///bench/big.litdump.txt';
		const baseline = process.memoryUsage.rss() / 1048576;
		const openStart = performance.now();
		await open(client, uri, text);
		const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as DocumentSymbol[];
		const outlineMs = performance.now() - openStart;
		const diagnosticsStart = performance.now();
		const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { items: unknown[] };
		const diagnosticsMs = performance.now() - diagnosticsStart;
		const foldingStart = performance.now();
		await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
		const foldingMs = performance.now() - foldingStart;
		// A user's edit at the top: every entry below moves; outline and diagnostics are asked for again.
		const editStart = performance.now();
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'Revised ' }] });
		await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
		const editOutlineMs = performance.now() - editStart;
		const editDiagnosticsStart = performance.now();
		await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
		const editDiagnosticsMs = performance.now() - editDiagnosticsStart;
		const peak = await memory.stop();
		return [
			`50 MB dump in the language server (in-process, real LSP messages): ${(text.length / 1e6).toFixed(1)} M characters, ${symbols.length.toLocaleString('en')} outline items (limit litdump.maxOutlineItems)`,
			`  open + parse + outline  ${(outlineMs / 1000).toFixed(2)} s`,
			`  diagnostics (parse problems, duplicates, statistics)  ${(diagnosticsMs / 1000).toFixed(2)} s, ${report.items.length} diagnostics (capped by litdump.maxNumberOfProblems)`,
			`  folding ranges  ${(foldingMs / 1000).toFixed(2)} s`,
			`  after a one-word edit at the top: parse + outline  ${(editOutlineMs / 1000).toFixed(2)} s, diagnostics  ${(editDiagnosticsMs / 1000).toFixed(2)} s`,
			`  peak resident memory ${peak.toFixed(0)} MB (process with the text generated, before opening: ${baseline.toFixed(0)} MB)`,
		];
	} finally {
		await client.close();
		await memory.stop();
	}
}

/** Runs the reliability benchmark and returns printable lines. */
export async function benchmarkReliability(): Promise<string[]> {
	const lines = [`reliability: fuzz targets at ${fuzzScale === 1 ? 'the CI budget' : `${fuzzScale} × the CI budget`} (LITDUMP_FUZZ_SCALE), each input timed after one warm-up input`, 'target                          inputs   total s   mean ms   slowest ms (chars)   failures'];
	let total = 0;
	let failures = 0;
	let slowest = { name: '', ms: 0, chars: 0 };
	const seed = Number(process.env.LITDUMP_FUZZ_SEED) || 20261126;
	for (const target of describeTargets()) {
		const result = await runTarget(target, seed);
		total += result.runs;
		failures += result.failures.length;
		if (result.slowestMs > slowest.ms) {
			slowest = { name: target.name, ms: result.slowestMs, chars: result.slowestChars };
		}
		lines.push(`${target.name.padEnd(30)} ${String(result.runs).padStart(7)} ${(result.totalMs / 1000).toFixed(1).padStart(9)} ${(result.totalMs / result.runs).toFixed(2).padStart(9)} ${result.slowestMs.toFixed(0).padStart(12)} (${result.slowestChars.toLocaleString('en')})   ${result.failures.length}${result.failures[0] ? ` e.g. ${result.failures[0].slice(0, 80)}` : ''}`);
	}
	lines.push(`total: ${total.toLocaleString('en')} inputs, ${failures} failures; slowest case ${slowest.ms.toFixed(0)} ms (${slowest.name}, ${slowest.chars.toLocaleString('en')} characters)`, '');
	lines.push(...await benchmarkBigFile());
	return lines;
}
