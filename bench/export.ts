/** Export speed on a generated dump: 10,000 entries to each data format, and formatted lists with progress. */
import { formatCitations, type ExportFormat } from '../core/src/export/index';
import { parseDocument } from '../core/src/parse';
import { generateDump } from './generate';

const ENTRIES = 10000;
const FORMATTED_SAMPLE = 1000;

/** Runs the export benchmark and returns printable lines. */
export async function benchmarkExport(): Promise<string[]> {
	const text = generateDump(ENTRIES);
	const entries = parseDocument(text).entries;
	const lines = [`export of ${entries.length} generated entries (one run each; targets: data formats < 1 s, Vancouver < 10 s; CPU ms counts this process only, wall ms also waits for other load)`, 'format        entries   wall ms    CPU ms   MB out   progress calls'];
	const run = async (format: ExportFormat, count: number) => {
		let calls = 0;
		const start = performance.now();
		const cpuStart = process.cpuUsage();
		const result = await formatCitations(text, entries.slice(0, count), format, { onProgress: () => calls++ });
		const ms = performance.now() - start;
		const cpu = process.cpuUsage(cpuStart);
		if (result.count !== count) {
			throw new Error(`${format}: exported ${result.count} of ${count} entries`);
		}
		lines.push(`${format.padEnd(10)} ${String(count).padStart(10)} ${ms.toFixed(0).padStart(9)} ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(9)} ${(result.content.length / 1048576).toFixed(1).padStart(8)} ${String(calls).padStart(16)}`);
	};
	// Authors are parsed on first read (the parser's lazy cost, paid once by whichever feature reads them first).
	const parseStart = performance.now();
	const authors = entries.reduce((sum, entry) => sum + entry.authors.length, 0);
	lines.push(`(reading ${authors} authors lazily, before the runs: ${(performance.now() - parseStart).toFixed(0)} ms)`);
	// The first call of a formatted style loads citation-js and citeproc; time that load on its own line.
	await run('vancouver', 1);
	lines.push('(the line above includes loading citation-js)');
	for (const format of ['bibtex', 'biblatex', 'ris', 'csl-json', 'enw', 'vancouver'] as const) {
		await run(format, ENTRIES);
	}
	for (const format of ['gbt7714', 'apa'] as const) {
		await run(format, FORMATTED_SAMPLE);
	}
	return lines;
}
