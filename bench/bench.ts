/**
 * `npm run bench` (or `npm run bench -- parse duplicates …`): speed figures for parsing, statistics, duplicates (with
 * the LDD benchmark from ../shared/bench when present), export, and the reliability figures (fuzzing, a 50 MB dump).
 */
import { benchmarkDuplicates } from './duplicates';
import { benchmarkExport } from './export';
import { benchmarkParse } from './parse';
import { benchmarkReliability } from './reliability';
import { benchmarkStatistics } from './statistics';

const SUITES: Record<string, () => Promise<string[]>> = {
	parse: benchmarkParse,
	statistics: benchmarkStatistics,
	duplicates: () => benchmarkDuplicates(),
	export: benchmarkExport,
	reliability: benchmarkReliability,
};

async function main(): Promise<void> {
	const only = process.argv.slice(2);
	console.log(`litdump benchmark — node ${process.version}, ${new Date().toISOString()}`);
	for (const [name, suite] of Object.entries(SUITES)) {
		if (only.length > 0 && !only.includes(name)) {
			continue;
		}
		console.log('');
		for (const line of await suite()) {
			console.log(line);
		}
	}
}

void main();
