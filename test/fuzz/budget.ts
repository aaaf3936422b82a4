/**
 * How many generated inputs each fuzz target takes in CI (LITDUMP_FUZZ_SCALE multiplies every figure). The total is
 * at least 100,000; the whole fuzz suite stays within about a minute on a 2-core machine. The formatted reference
 * lists (citeproc, milliseconds per record) get few runs, but real ones.
 */
import { fuzzRuns, fuzzScale } from './arbitraries';

/** CI runs per target and input family. */
export const fuzzBudget = {
	parser: { dumps: 45_000, unicode: 5_000, large: 150 },
	statistics: { fragments: 30_000, abstracts: 3_000, large: 100 },
	duplicates: { single: 5_000, workspace: 800, planted: 1_500, large: 50 },
	export: { perDataFormat: 3_000, largePerDataFormat: 20, perFormattedStyle: 150, largePerFormattedStyle: 10 },
} as const;

/** The data formats (fast writers) and the formatted styles (citeproc). */
export const dataFormats = ['bibtex', 'biblatex', 'ris', 'csl-json', 'enw'] as const;
export const formattedStyles = ['vancouver', 'apa', 'gbt7714'] as const;

/** The number of inputs every target takes at scale 1 (the CI budget). */
export function countBudgetedInputs(): number {
	const { parser, statistics, duplicates, export: exporting } = fuzzBudget;
	return parser.dumps + parser.unicode + parser.large
		+ statistics.fragments + statistics.abstracts + statistics.large
		+ duplicates.single + duplicates.workspace + duplicates.planted + duplicates.large
		+ (exporting.perDataFormat + exporting.largePerDataFormat) * dataFormats.length
		+ (exporting.perFormattedStyle + exporting.largePerFormattedStyle) * formattedStyles.length;
}

/** A test timeout that grows with LITDUMP_FUZZ_SCALE: `ms` at scale 1, never below it. */
export function fuzzTimeout(ms: number): number {
	return Math.round(ms * Math.max(1, fuzzScale));
}

export { fuzzRuns };
