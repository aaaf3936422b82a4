/**
 * The incremental duplicate index: entries of many documents, blocking keys in shared buckets, and the links (pairs with
 * a verdict) computed when an entry arrives and kept while both ends live. Updating a document costs about its size.
 */
import type { Entry } from '../model';
import { blockKeys, keyWeight } from './block';
import { describeEvidence } from './explain';
import { fingerprintEntry, moveFingerprint, type Fingerprint } from './fingerprint';
import type { DuplicateIndex, DuplicateIndexOptions, DuplicateMatch, DuplicateRecord } from './types';
import { countRepeats, IndexRecord, signEntry } from './records';
import { judgePair, type Verdict } from './verdict';

interface Item {
	id: number;
	alive: boolean;
	/** Where the item sits in the index's flat tables (a dropped item's slot is reused). */
	slot: number;
	/** The entry's text: unchanged text lets `update` keep the item. */
	signature: string;
	record: DuplicateRecord;
	print: Fingerprint;
	keys: number[];
	/** Links to other items, undefined until this item has been compared with its candidates. */
	links: Link[] | undefined;
	/** This item's match as last worked out (null: none), kept until its group changes; undefined: not worked out. */
	plan: MatchPlan | null | undefined;
}

/** A match in terms of items, so it survives an update that only moves entries: records are read when it is used. */
interface MatchPlan {
	original: Item;
	first: Item;
	via: Item | undefined;
	others: Item[];
	tier: DuplicateMatch['tier'];
	score: number;
	reasons: string[];
	evidence: DuplicateMatch['evidence'];
	veto: DuplicateMatch['veto'];
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
	/** Block key → the slots of its items; a block with one item holds its slot directly (most blocks). */
	const buckets = new Map<number, number | number[]>();
	/** Items by slot. Candidate search keeps its scratch (the search that last counted a slot, and the block weight
	 * shared with it) in flat arrays by slot, so scanning a bucket reads small integers, not scattered items. */
	const bySlot: Array<Item | undefined> = [];
	const freeSlots: number[] = [];
	let stamps = new Int32Array(1024);
	let shares = new Int32Array(1024);
	let nextId = 1;
	let stamp = 0;

	const takeSlot = (): number => {
		const slot = freeSlots.pop() ?? bySlot.length;
		if (slot >= stamps.length) {
			const grownStamps = new Int32Array(stamps.length * 2);
			grownStamps.set(stamps);
			stamps = grownStamps;
			const grownShares = new Int32Array(shares.length * 2);
			grownShares.set(shares);
			shares = grownShares;
		}
		return slot;
	};

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
		if (stamp >= 0x3fffffff) {
			stamps.fill(0);
			stamp = 0;
		}
		const search = ++stamp;
		for (const key of item.keys) {
			const bucket = buckets.get(key);
			if (typeof bucket !== 'object' || bucket.length > maxBlock) {
				continue;
			}
			const weight = keyWeight(key);
			for (let k = 0; k < bucket.length; k++) {
				const slot = bucket[k];
				if (slot === item.slot) {
					continue;
				}
				const before = stamps[slot] === search ? shares[slot] : 0;
				stamps[slot] = search;
				shares[slot] = before + weight;
				if (before < MIN_SHARED_BLOCKS && before + weight >= MIN_SHARED_BLOCKS) {
					found.push(bySlot[slot]!);
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
		bySlot[item.slot] = item;
		for (const blockKey of item.keys) {
			const bucket = buckets.get(blockKey);
			if (bucket === undefined) {
				buckets.set(blockKey, item.slot);
			} else if (typeof bucket === 'object') {
				bucket.push(item.slot);
			} else {
				buckets.set(blockKey, [bucket, item.slot]);
			}
		}
	};

	const dropItem = (item: Item): void => {
		for (const blockKey of item.keys) {
			const bucket = buckets.get(blockKey);
			if (bucket === item.slot) {
				buckets.delete(blockKey);
			} else if (typeof bucket === 'object') {
				const at = bucket.indexOf(item.slot);
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
		bySlot[item.slot] = undefined;
		freeSlots.push(item.slot);
	};

	/** Notes the documents of `item`'s group as affected and forgets the group's worked-out matches. */
	const addGroupDocuments = (item: Item, affected: Set<string>): void => {
		for (const member of collectGroup(item)) {
			affected.add(member.record.docKey);
			member.plan = undefined;
		}
	};

	/**
	 * Sets a document's entries. Items whose entry text is unchanged keep their fingerprint, blocks and links (only
	 * their position is updated); the rest are dropped or compared afresh. Unchanged entries before and after the edited
	 * stretch are paired by position, the rest by their text. Returns the documents whose matches may change.
	 */
	const setDocument = (docKey: string, text: string, entries: Entry[]): Set<string> => {
		const affected = new Set<string>([docKey]);
		const previous = documents.get(docKey)?.items ?? [];
		// Without the text, entries cannot be told unchanged: every one is compared afresh.
		const old = text ? previous : [];
		const signatures = entries.map((entry) => signEntry(text, entry));
		const limit = Math.min(old.length, entries.length);
		let head = 0;
		while (head < limit && old[head].signature === signatures[head]) {
			head++;
		}
		let tail = 0;
		while (tail < limit - head && old[old.length - 1 - tail].signature === signatures[entries.length - 1 - tail]) {
			tail++;
		}
		const reusable = new Map<string, Item[]>();
		for (let k = head; k < old.length - tail; k++) {
			const list = reusable.get(old[k].signature);
			if (list) {
				list.push(old[k]);
			} else {
				reusable.set(old[k].signature, [old[k]]);
			}
		}
		const doc: Document = { items: [] };
		const fresh: Item[] = [];
		const moved: Item[] = [];
		const repeats = countRepeats(entries);
		entries.forEach((entry, k) => {
			const signature = signatures[k];
			const inMiddle = k >= head && k < entries.length - tail;
			const kept = !inMiddle ? old[k < head ? k : old.length - (entries.length - k)] : reusable.size > 0 ? reusable.get(signature)?.pop() : undefined;
			const record = new IndexRecord(docKey, entry, repeats[k]);
			if (kept) {
				kept.record = record;
				// The new text's slice: holding the old one would keep every earlier version of the document alive.
				kept.signature = signature;
				moveFingerprint(kept.print, entry, text);
				doc.items.push(kept);
				if (inMiddle) {
					moved.push(kept);
				}
				return;
			}
			const print = fingerprintEntry(entry, text);
			const item: Item = { id: nextId++, alive: true, slot: takeSlot(), record, print, keys: blockKeys(print), links: undefined, signature, plan: undefined };
			addToBuckets(item);
			doc.items.push(item);
			fresh.push(item);
		});
		const unused = text ? [...reusable.values()].flat() : previous;
		for (const item of unused) {
			addGroupDocuments(item, affected);
		}
		unused.forEach(dropItem);
		documents.set(docKey, doc);
		for (const item of fresh) {
			linkItem(item);
		}
		// Groups whose members were added, or may have changed order (entries paired by text may have moved).
		for (const item of [...fresh, ...moved]) {
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
	const planMatch = (item: Item): MatchPlan | null => {
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
			return null;
		}
		const group = collectGroup(item);
		if (group[0] === item) {
			return null;
		}
		const reasons = describeEvidence(best.verdict.evidence, item.print, bestItem.print, best.verdict.veto);
		return {
			original: bestEarlier ? bestItem : group[0],
			first: group[0],
			via: bestEarlier ? undefined : bestItem,
			others: group.filter((member) => member !== item),
			tier: bestEarlier ? best.verdict.tier : 'possible',
			score: best.verdict.score,
			reasons: bestEarlier ? reasons : [`through #${bestItem.record.entry.number}`, ...reasons],
			evidence: best.verdict.evidence,
			veto: best.verdict.veto,
		};
	};

	/**
	 * The match of `item` with its current records; the plan is worked out once per change of the item's group (every
	 * time when an `isDismissed` predicate is given: its answers may change between checks).
	 */
	const buildMatch = (item: Item): DuplicateMatch | undefined => {
		if (item.plan === undefined || isDismissed) {
			item.plan = planMatch(item);
		}
		const plan = item.plan;
		if (!plan) {
			return undefined;
		}
		return {
			duplicate: item.record,
			original: plan.original.record,
			first: plan.first.record,
			tier: plan.tier,
			score: plan.score,
			reasons: plan.reasons,
			others: plan.others.map((member) => member.record),
			evidence: plan.evidence,
			veto: plan.veto,
			via: plan.via?.record,
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
