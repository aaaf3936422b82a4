/** Duplicate-entry detection: exact and near duplicates within a document or across a workspace, each explained. */
import type { ParsedDocument } from '../model';
import { createDuplicateIndex } from './duplicate-index';
import type { DuplicateMatch } from './types';

export { createDuplicateIndex } from './duplicate-index';
export { describeRecord, explainMatch } from './explain';
export { fingerprintEntry, type Fingerprint } from './fingerprint';
export { judgePair, type DuplicateTier, type Verdict } from './verdict';
export type { Evidence } from './compare';
export type { Veto, VetoCode } from './veto';
export type { DuplicateIndex, DuplicateIndexOptions, DuplicateMatch, DuplicateRecord } from './types';

const SINGLE_DOCUMENT = 'document';

/** Duplicates inside one parsed document: one match per later copy, in entry order; `text` lets abstracts be compared. */
export function findDuplicates(doc: ParsedDocument, text = '', options: { nearDuplicates?: boolean } = {}): DuplicateMatch[] {
	const index = createDuplicateIndex(options);
	index.add(SINGLE_DOCUMENT, text, doc.entries);
	return index.findMatches(SINGLE_DOCUMENT);
}
