/** Warnings about entries exported with parts missing (no title, no authors, no source), grouped per kind of gap. */
import type { Entry } from '../model';

const LISTED = 20;

/** One warning per kind of gap, naming up to 20 entry numbers, e.g. `2 entries have no authors (5, 9).` */
export function describeGaps(entries: readonly Entry[]): string[] {
	const gaps: Array<[string, number[]]> = [['no title', []], ['no authors', []], ['no source line (journal, year, volume, pages)', []], ['no year', []]];
	for (const entry of entries) {
		if (!entry.title) {
			gaps[0][1].push(entry.number);
		}
		if (entry.authorCount === 0) {
			gaps[1][1].push(entry.number);
		}
		if (!entry.source) {
			gaps[2][1].push(entry.number);
		} else if (entry.source.year === undefined) {
			gaps[3][1].push(entry.number);
		}
	}
	return gaps.filter(([, numbers]) => numbers.length > 0).map(([gap, numbers]) => {
		const listed = numbers.slice(0, LISTED).join(', ') + (numbers.length > LISTED ? ', …' : '');
		const subject = numbers.length === 1 ? '1 entry has' : `${numbers.length} entries have`;
		return `${subject} ${gap} (${listed}); exported with the parts it has.`;
	});
}
