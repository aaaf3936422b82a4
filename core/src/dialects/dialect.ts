/** The shape every dump dialect implements, so that PubMed text, MEDLINE or RIS readers can sit beside WPRIM's. */
import type { ParsedDocument } from '../model';
import type { LineTable } from '../lines';

/** A reader for one dump format. */
export interface Dialect {
	/** Short id reported in `ParsedDocument.dialect`, e.g. `wprim`. */
	id: string;
	/** How well the start of `text` fits this dialect, from 0 (not at all) to 1. */
	score(text: string, lines: LineTable): number;
	/** Parses the whole text. Must be linear in its length and must not throw. */
	parse(text: string, lines: LineTable): ParsedDocument;
}
