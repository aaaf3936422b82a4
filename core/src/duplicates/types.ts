/** Public data types of duplicate detection. */
import type { Entry } from '../model';
import type { Evidence } from './compare';
import type { DuplicateTier } from './verdict';
import type { Veto } from './veto';

export type { DuplicateTier } from './verdict';

/** One entry of one document: `key` is unique in the index (`<docKey>#<entry number>`). */
export interface DuplicateRecord {
	key: string;
	docKey: string;
	entry: Entry;
}

/** A later copy of a paper and the earlier copy it matches, with the evidence and the rest of its group. */
export interface DuplicateMatch {
	/** The later copy: the entry the diagnostic belongs on. */
	duplicate: DuplicateRecord;
	/** The earlier copy this entry was matched with directly (earlier document, or lower position in the same one). */
	original: DuplicateRecord;
	/** The first copy of the whole group (often equal to `original`). */
	first: DuplicateRecord;
	/** `duplicate` (certain: Warning) or `possible` (weaker but real evidence: Information). */
	tier: DuplicateTier;
	/** 0–1, for ranking only. */
	score: number;
	/** Short reasons such as `same title (case, punctuation differ)`, `same authors 5/5`, `same source 59(5):549`. */
	reasons: string[];
	/** Every other copy in the group, in document order, `original` included. */
	others: DuplicateRecord[];
	evidence: Evidence;
	/** A veto that keeps this match at `possible` (e.g. one is an erratum), if any. */
	veto?: Veto;
	/**
	 * Set when this entry matches only a later copy (`via`) that matches the earlier `original`: the match is then
	 * `possible`, and `evidence`/`reasons` describe the comparison with `via`.
	 */
	via?: DuplicateRecord;
}

/** Options of {@link createDuplicateIndex}. */
export interface DuplicateIndexOptions {
	/** Report `possible` matches too (default true); off leaves only certain duplicates. */
	nearDuplicates?: boolean;
	/** Orders documents for "first occurrence" (default: by `docKey`, as strings). */
	compareDocuments?: (a: string, b: string) => number;
	/** Blocks larger than this are too common to compare (default 64); keeps detection linear. */
	maxBlockSize?: number;
	/**
	 * Pairs the user marked "not a duplicate" (e.g. from a `.litdump-ignore` file). Asked whenever links are read, so a
	 * change applies at the next `findMatches`/`groups` without re-adding documents.
	 */
	isDismissed?: (a: DuplicateRecord, b: DuplicateRecord) => boolean;
}

/** An incremental index of entries from many documents that finds duplicates among them. */
export interface DuplicateIndex {
	/** Adds (or replaces) a document's entries; `text` is the document text, used to read abstracts. Returns affected documents. */
	add(docKey: string, text: string, entries: Entry[]): string[];
	/** Removes a document; returns the other documents whose matches may have changed. */
	remove(docKey: string): string[];
	/** Replaces a document, reusing the work for entries whose text did not change; returns every affected document. */
	update(docKey: string, text: string, entries: Entry[]): string[];
	/** Matches whose later copy is an entry of this document (its diagnostics), in entry order. */
	findMatches(docKey: string): DuplicateMatch[];
	/** Every group of two or more copies across all documents, each in document order. */
	groups(): DuplicateRecord[][];
	/** The documents in the index. */
	documents(): string[];
}
