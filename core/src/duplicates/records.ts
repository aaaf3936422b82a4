/**
 * What the index keeps per entry between updates: a record (document, entry, and a key made when read), the repeat
 * count behind keys of entries sharing a number, and the signature that tells an unchanged entry.
 */
import type { Entry } from '../model';
import type { DuplicateRecord } from './types';

/** A record whose key is made when read (an update of a large document makes a record per entry). */
export class IndexRecord implements DuplicateRecord {
	constructor(readonly docKey: string, readonly entry: Entry, private readonly repeat: number) {}

	/** `<docKey>#<number>`, and `~2`, `~3`… for the second, third… entry of the document with that number. */
	get key(): string {
		return this.repeat === 1 ? `${this.docKey}#${this.entry.number}` : `${this.docKey}#${this.entry.number}~${this.repeat}`;
	}

	toJSON(): DuplicateRecord {
		return { key: this.key, docKey: this.docKey, entry: this.entry };
	}
}

/** For each entry, how many entries so far carry its number (1 for the first); an array stands in for a map of numbers. */
export function countRepeats(entries: Entry[]): Int32Array {
	const repeats = new Int32Array(entries.length);
	const bound = entries.length * 4 + 16;
	const seen = new Int32Array(bound);
	const seenLarge = new Map<number, number>();
	entries.forEach((entry, k) => {
		const number = entry.number;
		if (Number.isInteger(number) && number >= 0 && number < bound) {
			repeats[k] = ++seen[number];
		} else {
			const count = (seenLarge.get(number) ?? 0) + 1;
			seenLarge.set(number, count);
			repeats[k] = count;
		}
	});
	return repeats;
}

/** How much of an abstract decides whether an entry changed: the part fingerprints read (see `abstractPrefix`). */
const SIGNED_ABSTRACT = 320;

/** The entry's text up to the start of its abstract plus the abstract's opening: unchanged means the fingerprint holds. */
export function signEntry(text: string, entry: Entry): string {
	const abstract = entry.abstract?.span.start;
	return text.slice(entry.span.start, abstract === undefined ? entry.span.end : Math.min(entry.span.end, abstract + SIGNED_ABSTRACT));
}
