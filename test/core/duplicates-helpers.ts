/** Builders shared by the duplicate tests: small WPRIM dumps and the verdict on their first two entries. */
import { fingerprintEntry } from '../../core/src/duplicates/fingerprint';
import { judgePair, type Verdict } from '../../core/src/duplicates/verdict';
import { parseDocument } from '../../core/src/parse';

/** One entry as the dump prints it: title, author line, source line and an optional abstract. */
export interface EntryParts {
	title: string;
	authors: string;
	source: string;
	abstract?: string;
}

/** The text of a dump holding `entries` numbered from 1. */
export function buildDump(entries: EntryParts[]): string {
	return entries.map((entry, i) => [`${i + 1}.${entry.title}`, entry.authors, entry.source, ...(entry.abstract ? [entry.abstract] : [])].join('\n')).join('\n') + '\n';
}

/** The verdict on two entries written as one dump (as the index would judge them). */
export function judgeEntries(a: EntryParts, b: EntryParts): Verdict {
	const text = buildDump([a, b]);
	const doc = parseDocument(text);
	if (doc.entries.length !== 2) {
		throw new Error(`expected 2 entries, parsed ${doc.entries.length}`);
	}
	return judgePair(fingerprintEntry(doc.entries[0], text), fingerprintEntry(doc.entries[1], text));
}

/** A realistic base paper that the pair tests vary one field at a time. */
export const BASE: EntryParts = {
	title: 'Machine learning model based on contrast enhanced CT images for predicting mitotic index in gastrointestinal stromal tumors: a dual-center study',
	authors: 'Wenjun DIAO ; Xiaobo CHEN ; Ximing WANG ; Hexiang WANG ; Zaiyi LIU',
	source: 'Chinese Journal of Radiology 2025;59(5):549-557',
};
