/** Statistics extraction and checking speed on generated dumps (every abstract ~1,500 characters). */
import { parseDocument } from '../core/src/parse';
import { assessStatistics, extractStatistics } from '../core/src/stats/index';
import { generateDump } from './generate';
import { medianMs } from './parse';

/** Runs the statistics benchmark and returns printable lines. */
export async function benchmarkStatistics(): Promise<string[]> {
	const lines = ['statistics (median of 5 runs; target: 10,000 entries extracted in under 1 s)', 'entries   extract ms   extract+check ms   statistics'];
	for (const size of [1000, 10000]) {
		const text = generateDump(size);
		const entries = parseDocument(text).entries;
		let found = 0;
		const extract = medianMs(() => {
			found = 0;
			for (const entry of entries) {
				if (entry.abstract) {
					found += extractStatistics(text, entry.abstract.span).length;
				}
			}
		}, 5);
		const both = medianMs(() => {
			for (const entry of entries) {
				if (entry.abstract) {
					assessStatistics(extractStatistics(text, entry.abstract.span));
				}
			}
		}, 5);
		lines.push(`${String(size).padStart(7)} ${extract.toFixed(0).padStart(12)} ${both.toFixed(0).padStart(18)} ${String(found).padStart(12)}`);
	}
	return lines;
}
