/** Leaving duplicates out of an export: keep the first copy of each paper, drop its certain later copies. */
import { createDuplicateIndex } from './duplicates/index';
import type { Entry } from './model';

/** The entries to keep of each source (in order) and how many certain later copies were left out of each. */
export function selectFirstCopies(sources: ReadonlyArray<{ text: string; entries: readonly Entry[] }>): Array<{ entries: Entry[]; leftOut: number }> {
	const index = createDuplicateIndex({ nearDuplicates: false, compareDocuments: (a, b) => Number(a) - Number(b) });
	sources.forEach((source, k) => index.add(String(k), source.text, [...source.entries]));
	return sources.map((source, k) => {
		const later = new Set(index.findMatches(String(k)).filter((match) => match.tier === 'duplicate').map((match) => match.duplicate.entry));
		return { entries: source.entries.filter((entry) => !later.has(entry)), leftOut: later.size };
	});
}
