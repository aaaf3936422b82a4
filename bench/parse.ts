/** Parse + outline speed against a bare line split of the same text, on generated dumps of three sizes. */
import { buildOutline, type OutlineItem } from '../core/src/outline';
import { parseDocument } from '../core/src/parse';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateDump } from './generate';

const SIZES = [1000, 10000, 50000];
/** Real dumps hold χ², ≤ or CJK names, which make the whole text two-byte (slower to scan); one size is run so too. */
const TWO_BYTE_SIZE = 10000;
const RUNS = 7;

/** Median time of `runs` calls of `work`, in milliseconds of this process's CPU time (robust on a busy machine). */
export function medianMs(work: () => unknown, runs = RUNS): number {
	return measure(work, runs).cpu;
}

/**
 * Medians of `runs` calls of `work`: CPU milliseconds of this process (all its threads, so the garbage collector's
 * helpers count too; robust when other processes load the machine) and elapsed milliseconds (what a user waits).
 */
export function measure(work: () => unknown, runs = RUNS): { cpu: number; wall: number } {
	return measureTogether([work], runs)[0];
}

/**
 * {@link measure} for several pieces of work timed in turns (one run of each per round), so that a slow spell of the
 * machine falls on all of them alike: what a ratio between them needs. Each run starts with an empty young
 * generation ({@link collectGarbage}, untimed), so none pays for the garbage of the run before it. `cpuRatio` of work
 * k: the median over the rounds of its CPU time to the first work's in the same round (paired, so robust to the
 * machine's speed changing between rounds, as it does here by up to half).
 */
export function measureTogether(works: ReadonlyArray<() => unknown>, runs = RUNS): Array<{ cpu: number; wall: number; cpuRatio: number }> {
	const cpu = works.map((): number[] => []);
	const wall = works.map((): number[] => []);
	for (let i = 0; i < runs; i++) {
		works.forEach((work, k) => {
			collectGarbage();
			const start = process.cpuUsage();
			const began = performance.now();
			work();
			wall[k].push(performance.now() - began);
			const used = process.cpuUsage(start);
			cpu[k].push((used.user + used.system) / 1000);
		});
	}
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
	return works.map((_, k) => ({ cpu: median(cpu[k]), wall: median(wall[k]), cpuRatio: median(cpu[k].map((time, round) => time / cpu[0][round])) }));
}

/**
 * A young-generation garbage collection, run before each timed run (untimed). Without it a run paid for the one
 * before: the split's line strings, referenced from its dead result array (old generation: too large for the young),
 * were copied and promoted by the next run's first collection. (A full collection is no fairer: the sweeping it
 * leaves runs on during the next run.)
 */
const collectGarbage: () => void = (() => {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as (options: { type: 'minor' | 'major' }) => void;
	return () => gc({ type: 'minor' });
})();

/** Reads every field of every item once, as the language server does when it turns the outline into document symbols. */
function readOutline(items: readonly OutlineItem[]): number {
	let size = 0;
	for (let k = 0; k < items.length; k++) {
		const item = items[k];
		size += item.name.length + item.detail.length + item.kind.length + item.end - item.start + item.selectionEnd - item.selectionStart;
		size += readOutline(item.children);
	}
	return size;
}

/**
 * How many runs to take the median of, for work that took `ms` once: enough for about half a second (a few
 * milliseconds' run varies by a tenth from one to the next), at least {@link RUNS}, at most 51, an odd number.
 */
function runsFor(ms: number): number {
	const runs = Math.min(51, Math.max(RUNS, Math.ceil(500 / Math.max(ms, 1))));
	return runs % 2 === 0 ? runs + 1 : runs;
}

/** Runs the parse benchmark and returns printable lines. */
export async function benchmarkParse(): Promise<string[]> {
	const lines = [
		'parse + outline, every item read (medians of 7–51 runs, ~0.5 s of each size, taken in turns with the split, each after a young-generation GC, CPU ms of the process and elapsed ms; "split" = text.split(/\\r\\n|\\r|\\n/) of the same text; ratios are medians of the ratio in each round; target: ratio ≤ 3, 10,000 entries < 150 ms)',
		'       entries      MB   split ms   parse+outline CPU ms   elapsed ms   ratio (CPU)   heap MB   parse alone CPU ms (ratio)',
	];
	// Warm up first: CPU time counts the optimising compiler's background threads too.
	const warmUp = generateDump(2000, 7);
	for (let i = 0; i < 10; i++) {
		readOutline(buildOutline(parseDocument(warmUp)));
		warmUp.split(/\r\n|\r|\n/);
	}
	for (const [size, twoByte] of [...SIZES.map((size) => [size, false] as const), [TWO_BYTE_SIZE, true] as const]) {
		const dump = generateDump(size);
		const text = twoByte ? dump.replace('Objective:To', 'Objective:To (χ²)') : dump;
		// Heap growth is measured on runs of their own (the most of three): reading it inside the timed runs would time
		// the reading too.
		let entries = 0;
		let heap = 0;
		let took = 0;
		// A first parse flattens the text (the two-byte one is built by a replace) outside any measurement.
		parseDocument(text);
		for (let run = 0; run < 3; run++) {
			const began = performance.now();
			const before = process.memoryUsage().heapUsed;
			const outline = buildOutline(parseDocument(text));
			readOutline(outline);
			entries = outline.length;
			heap = Math.max(heap, process.memoryUsage().heapUsed - before);
			took = performance.now() - began;
		}
		const [{ cpu: split }, parse, { cpu: parseAlone, cpuRatio: parseAloneRatio }] = measureTogether([
			() => text.split(/\r\n|\r|\n/),
			() => readOutline(buildOutline(parseDocument(text))),
			() => parseDocument(text),
		], runsFor(took));
		if (entries !== size) {
			throw new Error(`benchmark dump of ${size} entries parsed as ${entries}`);
		}
		lines.push(`${`${twoByte ? '2-byte ' : ''}${size}`.padStart(14)} ${(text.length / 1048576).toFixed(1).padStart(7)} ${split.toFixed(1).padStart(10)} ${parse.cpu.toFixed(1).padStart(22)} ${parse.wall.toFixed(1).padStart(12)} ${parse.cpuRatio.toFixed(2).padStart(13)} ${(heap / 1048576).toFixed(0).padStart(9)} ${parseAlone.toFixed(1).padStart(13)} (${parseAloneRatio.toFixed(2)})`);
	}
	return lines;
}
