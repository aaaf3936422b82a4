/** Renumbering: the edits that number the entries of a dump 1, 2, 3, … in order (after removing duplicates). */
import type { ParsedDocument, Span } from './model';

/** A replacement of the text at `span`. */
export interface TextReplacement {
	span: Span;
	newText: string;
}

/** One replacement per entry whose printed number differs from its position; none when already in order. */
export function computeRenumbering(document: ParsedDocument): TextReplacement[] {
	const edits: TextReplacement[] = [];
	document.entries.forEach((entry, index) => {
		if (entry.number !== index + 1) {
			edits.push({ span: entry.numberSpan, newText: String(index + 1) });
		}
	});
	return edits;
}
