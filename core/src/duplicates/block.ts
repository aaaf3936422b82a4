/**
 * Blocking: a few keys per entry so that only entries sharing a key are compared, never all pairs. Keys: DOI, PMID,
 * title prefix and suffix, MinHash bands of title trigrams (CJK included), first author + year, volume or year + first page.
 */
import type { Fingerprint } from './fingerprint';
import { hashString } from './title';

const TITLE_KEY_LENGTH = 20;
const MIN_TITLE_KEY = 8;
const BANDS = 4;
const ROWS = 4;
const KIND_DOI = 0x1b873593;
const KIND_PMID = 0x2c1b3c6d;
const KIND_PREFIX = 0x297a2d39;
const KIND_SUFFIX = 0x0b4f3c1d;
const KIND_AUTHOR = 0x5bd1e995;
const KIND_PAGE = 0x68e31da4;
const SEEDS = Array.from({ length: BANDS * ROWS }, (_unused, i) => Math.imul(i + 1, 0x9e3779b1) | 0);

/** The blocking keys of one fingerprint as 30-bit hashes carrying their weight (see {@link keyWeight}). */
export function blockKeys(print: Fingerprint): number[] {
	const keys: number[] = [];
	for (const doi of print.dois) {
		keys.push(withWeight(hashString(doi, 0, doi.length, KIND_DOI), 3));
	}
	for (const pmid of print.pmids) {
		keys.push(withWeight(hashString(pmid, 0, pmid.length, KIND_PMID), 3));
	}
	addTitleKeys(print.title.compact, keys);
	if (print.title.compact.length >= MIN_TITLE_KEY) {
		addMinHashKeys(print.shingles, keys);
	}
	if (print.title.core !== print.title.compact) {
		addTitleKeys(print.title.core, keys);
	}
	const year = print.year ?? 0;
	for (const lead of print.leadKeys) {
		const hash = hashString(lead, 0, lead.length, KIND_AUTHOR);
		keys.push(withWeight(mix(hash ^ year), 1));
		if (print.year !== undefined) {
			keys.push(withWeight(mix(hash ^ (year + 1)), 1));
		}
	}
	const page = print.firstPage;
	if (page) {
		const pageHash = hashString(page, 0, page.length, KIND_PAGE);
		if (print.volume) {
			keys.push(withWeight(hashString(print.volume.value, 0, print.volume.value.length, pageHash), 3));
		}
		keys.push(withWeight(mix(pageHash ^ year), 1));
		if (print.year !== undefined) {
			keys.push(withWeight(mix(pageHash ^ (year + 1)), 1));
		}
	}
	return keys;
}

/** Title prefix and suffix keys (first and last 20 letters and digits), which survive a dropped subtitle or tag. */
function addTitleKeys(compact: string, keys: number[]): void {
	if (compact.length < MIN_TITLE_KEY) {
		return;
	}
	keys.push(withWeight(hashString(compact, 0, Math.min(TITLE_KEY_LENGTH, compact.length), KIND_PREFIX), 2));
	keys.push(withWeight(hashString(compact, Math.max(0, compact.length - TITLE_KEY_LENGTH), compact.length, KIND_SUFFIX), 2));
}

/** How much sharing this key says (kept in its two low bits): 3 identifier or volume + page, 2 title prefix or suffix, 1 the rest. */
export function keyWeight(key: number): number {
	return key & 3;
}

/** A 30-bit key (a small integer for fast maps) with its weight in the two low bits. */
function withWeight(hash: number, weight: number): number {
	return (hash & 0x3ffffffc) | weight;
}

/** Adds one key per band of a MinHash signature: titles with trigram Jaccard above ~0.4 likely share a band. */
function addMinHashKeys(shingles: Int32Array, keys: number[]): void {
	if (shingles.length < 4) {
		return;
	}
	const signature = new Int32Array(SEEDS.length).fill(0x7fffffff);
	for (let s = 0; s < shingles.length; s++) {
		const shingle = shingles[s];
		for (let i = 0; i < SEEDS.length; i++) {
			let hash = Math.imul(shingle ^ SEEDS[i], 0x9e3779b1);
			hash = (hash ^ (hash >>> 15)) & 0x7fffffff;
			if (hash < signature[i]) {
				signature[i] = hash;
			}
		}
	}
	for (let band = 0; band < BANDS; band++) {
		let key = Math.imul(band + 1, 0x27d4eb2d);
		for (let row = 0; row < ROWS; row++) {
			key = mix(key ^ signature[band * ROWS + row]);
		}
		keys.push(withWeight(key, 1));
	}
}

/** A 32-bit integer finaliser (murmur3 fmix32) so that each seed gives an independent permutation. */
function mix(value: number): number {
	let h = value;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h & 0x7fffffff;
}
