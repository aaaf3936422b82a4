/**
 * The incremental duplicate index: entries of many documents, blocking keys in shared buckets, and the links (pairs with
 * a verdict) computed when an entry arrives and kept while both ends live. Updating a document costs about its size.
 */
import type { Entry } from '../model';
import { blockKeys, keyWeight } from './block';
import { describeEvidence } from './explain';
import { fingerprintEntry, moveFingerprint, type Fingerprint } from './fingerprint';
import type { DuplicateIndex, DuplicateIndexOptions, DuplicateMatch, DuplicateRecord } from './types';
import { judgePair, type Verdict } from './verdict';

interface Item {
	id: number;
	alive: boolean;
	/** Scratch fields of candidate search: the search that last counted this item, and its shared block weight. */
	stamp: number;
	shared: number;
	/** The entry's text: unchanged text lets `update` keep the item. */
	signature: string;
	record: DuplicateRecord;
	print: Fingerprint;
	keys: number[];
	/** Links to other items, undefined until this item has been compared with its candidates. */
	links: Link[] | undefined;
}

interface Link {
	other: Item;
	verdict: Verdict;
}

interface Document {
	items: Item[];
}

const DEFAULT_MAX_BLOCK = 64;
/** Summed block weight two entries must share before they are compared (one identifier block is enough alone). */
const MIN_SHARED_BLOCKS = 3;

/** Creates an empty incremental duplicate index; see {@link DuplicateIndex}. */
export function createDuplicateIndex(options: DuplicateIndexOptions = {}): DuplicateIndex {
	const maxBlock = options.maxBlockSize ?? DEFAULT_MAX_BLOCK;
	const nearDuplicates = options.nearDuplicates ?? true;
	const isDismissed = options.isDismissed;
	const compareDocuments = options.compareDocuments ?? ((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0));
	const documents = new Map<string, Document>();
	/** Block key → its items; a block with one item holds it directly (most blocks), saving an array each. */
	const buckets = new Map<number, Item | Item[]>();
	let nextId = 1;
	let stamp = 0;

	const isEarlier = (a: Item, b: Item): boolean => {
		const order = a.record.docKey === b.record.docKey ? 0 : compareDocuments(a.record.docKey, b.record.docKey);
		return order !== 0 ? order < 0 : a.record.entry.span.start < b.record.entry.span.start;
	};

	/**
	 * Items worth comparing with `item`: sharing an identifier or volume + page block, or at least two other blocks
	 * (title prefix, suffix, MinHash bands, first author + year). Blocks larger than `maxBlock` are skipped.
	 */
	const findCandidates = (item: Item): Item[] => {
		const found: Item[] = [];
		const search = ++stamp;
		for (const key of item.keys) {
			const bucket = buckets.get(key);
			if (!Array.isArray(bucket) || bucket.length > maxBlock || bucket.length < 2) {
				continue;
			}
			const weight = keyWeight(key);
			for (const other of bucket) {
				if (other === item) {
					continue;
				}
				const before = other.stamp === search ? other.shared : 0;
				other.stamp = search;
				other.shared = before + weight;
				if (before < MIN_SHARED_BLOCKS && other.shared >= MIN_SHARED_BLOCKS) {
					found.push(other);
				}
			}
		}
		return found;
	};

	/** Compares a new item with its candidates and records each link on both sides. */
	const linkItem = (item: Item): void => {
		item.links = [];
		for (const other of findCandidates(item)) {
			if (!other.links) {
				continue;
			}
			const verdict = judgePair(item.print, other.print);
			if (verdict.tier && (nearDuplicates || verdict.tier === 'duplicate')) {
				item.links.push({ other, verdict });
				other.links.push({ other: item, verdict });
			}
		}
	};

	const liveLinks = (item: Item): Link[] => {
		const links = item.links ?? [];
		if (links.some((link) => !link.other.alive)) {
			item.links = links.filter((link) => link.other.alive);
		}
		const live = item.links ?? [];
		return isDismissed && live.length > 0 ? live.filter((link) => !isDismissed(item.record, link.other.record)) : live;
	};

	/** The group of `item`: every item reachable through links, in document order. */
	const collectGroup = (item: Item): Item[] => {
		const seen = new Set<number>([item.id]);
		const queue = [item];
		for (let i = 0; i < queue.length; i++) {
			for (const { other } of liveLinks(queue[i])) {
				if (!seen.has(other.id)) {
					seen.add(other.id);
					queue.push(other);
				}
			}
		}
		return queue.sort((a, b) => (a === b ? 0 : isEarlier(a, b) ? -1 : 1));
	};

	const addToBuckets = (item: Item): void => {
		for (const blockKey of item.keys) {
			const bucket = buckets.get(blockKey);
			if (bucket === undefined) {
				buckets.set(blockKey, item);
			} else if (Array.isArray(bucket)) {
				bucket.push(item);
			} else {
				buckets.set(blockKey, [bucket, item]);
			}
		}
	};

	const dropItem = (item: Item): void => {
		for (const blockKey of item.keys) {
			const bucket = buckets.get(blockKey);
			if (bucket === item) {
				buckets.delete(blockKey);
			} else if (Array.isArray(bucket)) {
				const at = bucket.indexOf(item);
				if (at >= 0) {
					bucket[at] = bucket[bucket.length - 1];
					bucket.pop();
				}
				if (bucket.length === 1) {
					buckets.set(blockKey, bucket[0]);
				}
			}
		}
		item.alive = false;
	};

	const addGroupDocuments = (item: Item, affected: Set<string>): void => {
		for (const member of collectGroup(item)) {
			affected.add(member.record.docKey);
		}
	};

	/**
	 * Sets a document's entries. Items whose entry text is unchanged keep their fingerprint, blocks and links (only
	 * their position is updated); the rest are dropped or compared afresh. Returns the documents whose matches may change.
	 */
	const setDocument = (docKey: string, text: string, entries: Entry[]): Set<string> => {
		const affected = new Set<string>([docKey]);
		const previous = documents.get(docKey);
		const reusable = new Map<string, Item[]>();
		for (const item of previous?.items ?? []) {
			const list = reusable.get(item.signature);
			if (list) {
				list.push(item);
			} else {
				reusable.set(item.signature, [item]);
			}
		}
		const doc: Document = { items: [] };
		const fresh: Item[] = [];
		const seenNumbers = new Map<number, number>();
		for (const entry of entries) {
			const signature = signEntry(text, entry);
			const kept = previous && text ? reusable.get(signature)?.pop() : undefined;
			const repeat = (seenNumbers.get(entry.number) ?? 0) + 1;
			seenNumbers.set(entry.number, repeat);
			const key = repeat === 1 ? `${docKey}#${entry.number}` : `${docKey}#${entry.number}~${repeat}`;
			const record: DuplicateRecord = { key, docKey, entry };
			if (kept) {
				kept.record = record;
				kept.print = moveFingerprint(kept.print, entry, text);
				doc.items.push(kept);
				continue;
			}
			const print = fingerprintEntry(entry, text);
			const item: Item = { id: nextId++, alive: true, stamp: 0, shared: 0, record, print, keys: blockKeys(print), links: undefined, signature };
			addToBuckets(item);
			doc.items.push(item);
			fresh.push(item);
		}
		for (const list of reusable.values()) {
			for (const item of list) {
				addGroupDocuments(item, affected);
			}
		}
		for (const list of reusable.values()) {
			list.forEach(dropItem);
		}
		documents.set(docKey, doc);
		for (const item of fresh) {
			linkItem(item);
		}
		for (const item of fresh) {
			if (item.links && item.links.length > 0) {
				addGroupDocuments(item, affected);
			}
		}
		return affected;
	};

	const deleteDocument = (docKey: string): Set<string> => {
		const affected = new Set<string>();
		const doc = documents.get(docKey);
		if (!doc) {
			return affected;
		}
		for (const item of doc.items) {
			addGroupDocuments(item, affected);
		}
		doc.items.forEach(dropItem);
		documents.delete(docKey);
		affected.delete(docKey);
		return affected;
	};

	/**
	 * The match of `item` if it is not the first copy of its group: against its strongest direct link to an earlier
	 * copy, or, when it only links to later copies, against the group's first copy through that later one (`via`).
	 */
	const buildMatch = (item: Item): DuplicateMatch | undefined => {
		let best: Link | undefined;
		let bestItem: Item | undefined;
		let bestEarlier = false;
		for (const link of liveLinks(item)) {
			const other = link.other;
			const earlier = isEarlier(other, item);
			const better = !best
				|| (earlier && !bestEarlier)
				|| (earlier === bestEarlier && link.verdict.tier === 'duplicate' && best.verdict.tier !== 'duplicate')
				|| (earlier === bestEarlier && link.verdict.tier === best.verdict.tier && isEarlier(other, bestItem!));
			if (better) {
				best = link;
				bestItem = other;
				bestEarlier = earlier;
			}
		}
		if (!best || !bestItem || !best.verdict.tier || !best.verdict.evidence) {
			return undefined;
		}
		const group = collectGroup(item);
		if (group[0] === item) {
			return undefined;
		}
		const original = bestEarlier ? bestItem : group[0];
		const reasons = describeEvidence(best.verdict.evidence, item.print, bestItem.print, best.verdict.veto);
		return {
			duplicate: item.record,
			original: original.record,
			first: group[0].record,
			tier: bestEarlier ? best.verdict.tier : 'possible',
			score: best.verdict.score,
			reasons: bestEarlier ? reasons : [`through #${bestItem.record.entry.number}`, ...reasons],
			others: group.filter((member) => member !== item).map((member) => member.record),
			evidence: best.verdict.evidence,
			veto: best.verdict.veto,
			via: bestEarlier ? undefined : bestItem.record,
		};
	};

	return {
		add(docKey, text, entries) {
			return [...setDocument(docKey, text, entries)];
		},
		remove(docKey) {
			return [...deleteDocument(docKey)];
		},
		update(docKey, text, entries) {
			return [...setDocument(docKey, text, entries)];
		},
		findMatches(docKey) {
			const doc = documents.get(docKey);
			if (!doc) {
				return [];
			}
			const matches: DuplicateMatch[] = [];
			for (const item of doc.items) {
				const match = buildMatch(item);
				if (match) {
					matches.push(match);
				}
			}
			return matches;
		},
		groups() {
			const seen = new Set<number>();
			const result: DuplicateRecord[][] = [];
			for (const key of [...documents.keys()].sort(compareDocuments)) {
				for (const item of documents.get(key)!.items) {
					if (seen.has(item.id)) {
						continue;
					}
					const group = collectGroup(item);
					for (const member of group) {
						seen.add(member.id);
					}
					if (group.length > 1) {
						result.push(group.map((member) => member.record));
					}
				}
			}
			return result;
		},
		documents() {
			return [...documents.keys()];
		},
	};
}

/** How much of an abstract decides whether an entry changed: the part fingerprints read (see `abstractPrefix`). */
const SIGNED_ABSTRACT = 320;

/** The entry's text up to the start of its abstract plus the abstract's opening: unchanged means the fingerprint holds. */
function signEntry(text: string, entry: Entry): string {
	const abstract = entry.abstract?.span.start;
	return text.slice(entry.span.start, abstract === undefined ? entry.span.end : Math.min(entry.span.end, abstract + SIGNED_ABSTRACT));
}
