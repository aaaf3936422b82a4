/** The document outline: one symbol per paper, with its authors, source and abstract sections as children. */
import type { ParsedDocument, ResultLimit } from './model';
import { OutlinePaper, PaperFacts, PaperItem, toPlainOutlineItem } from './outlinePapers';

export { describeEntry, entryLabel } from './outlinePapers';

/** What an outline item stands for; the server maps it to an LSP SymbolKind. */
export type OutlineKind = 'paper' | 'authors' | 'source' | 'abstract' | 'section';

/**
 * One node of the outline tree. Its ranges are plain offsets, not spans: a large dump's outline has hundreds of
 * thousands of items, read once each, and a span object per range was most of what reading one allocated.
 */
export interface OutlineItem {
	readonly name: string;
	readonly detail: string;
	readonly kind: OutlineKind;
	/** The whole range the item covers: `[start, end)`. */
	readonly start: number;
	readonly end: number;
	/** The part to reveal and highlight when the item is picked (the title for a paper). */
	readonly selectionStart: number;
	readonly selectionEnd: number;
	readonly children: readonly OutlineItem[];
}

/**
 * Builds the outline of `document`, at most `resultLimit` papers (the callback hears when more were left out). Papers
 * are views of the parsed entries (a WPRIM entry is its own paper): a paper's name, detail and children are made when
 * read, so a caller that converts the outline to another form (as the language server does) holds one copy of a large
 * outline in memory, not two. The list serialises (`JSON.stringify`) as plain outline data.
 */
export function buildOutline(document: ParsedDocument, limits: ResultLimit = {}): OutlineItem[] {
	const limit = limits.resultLimit ?? Number.MAX_SAFE_INTEGER;
	if (document.entries.length > limit) {
		limits.onResultLimitExceeded?.(limit);
	}
	const entries = document.entries;
	// One array of the final size (a slice then a map would copy a large outline's list twice).
	const items = new Array<OutlineItem>(Math.min(entries.length, limit));
	let facts: PaperFacts | undefined;
	for (let k = 0; k < items.length; k++) {
		const entry = entries[k];
		items[k] = entry instanceof OutlinePaper ? entry : new PaperItem(entry, (facts ??= new PaperFacts()));
	}
	// A paper that is its entry serialises alone as the entry; the list serialises as the outline.
	Object.defineProperty(items, 'toJSON', { value: () => items.map(toPlainOutlineItem) });
	return items;
}

