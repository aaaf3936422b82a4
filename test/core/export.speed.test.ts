/**
 * Speed: 10,000 generated entries to BibTeX, RIS and CSL-JSON in under a second each. Measured as this process's
 * CPU time (best of three runs), so that other work on a shared machine does not decide the result.
 */
import { describe, expect, it } from 'vitest';
import { generateDump } from '../../bench/generate';
import { formatCitations } from '../../core/src/export/index';
import { parseDocument } from '../../core/src/parse';

const text = generateDump(10000);
const entries = parseDocument(text).entries;

describe('export speed', () => {
	it.each(['bibtex', 'ris', 'csl-json'] as const)('writes 10,000 entries as %s in under 1 s', async (format) => {
		await formatCitations(text, entries.slice(0, 100), format);
		let best = Infinity;
		for (let run = 0; run < 3 && best >= 1000; run++) {
			const start = process.cpuUsage();
			const result = await formatCitations(text, entries, format);
			const used = process.cpuUsage(start);
			best = Math.min(best, (used.user + used.system) / 1000);
			expect(result.count).toBe(10000);
		}
		expect(best).toBeLessThan(1000);
	}, 60000);
});
