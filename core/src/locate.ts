/** Finding the entry at an offset: a binary search over the entries, which are in document order. */
import type { Entry, ParsedDocument } from './model';

/** The index of the entry whose span contains `offset` (its end included), or -1. */
export function findEntryIndexAt(document: ParsedDocument, offset: number): number {
	const entries = document.entries;
	let low = 0;
	let high = entries.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const span = entries[mid].span;
		if (offset < span.start) {
			high = mid - 1;
		} else if (offset > span.end) {
			low = mid + 1;
		} else {
			return mid;
		}
	}
	return -1;
}

/** The entry whose span contains `offset`, if any. */
export function findEntryAt(document: ParsedDocument, offset: number): Entry | undefined {
	const index = findEntryIndexAt(document, offset);
	return index < 0 ? undefined : document.entries[index];
}

/** True when `offset` lies on the entry's number or title (where hovering shows the paper's summary). */
export function isOnHeading(entry: Entry, offset: number): boolean {
	return offset >= entry.numberSpan.start && offset <= entry.titleSpan.end;
}
