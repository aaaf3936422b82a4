/** Field-by-field comparison of two fingerprints: the evidence every verdict and explanation is built from. */
import { collectAuthorKeys, type AuthorKey, type Fingerprint } from './fingerprint';
import { compareJournals, type JournalRelation } from './source';
import { diceSimilarity } from './title';

const MAX_AUTHORS_COMPARED = 30;
const MIN_CONTAINED_TITLE = 16;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const DIGITS_ONLY = /\d+/gu;
const LETTERS_ONLY = /\D+/gu;

/** How two values of one field relate: equal, conflicting, or not comparable because one side lacks it. */
export type FieldRelation = 'same' | 'different' | 'unknown';

/** How two page ranges relate: same first page, overlapping (`488` in `487-488`), conflicting, or not comparable. */
export type PageRelation = 'same' | 'overlap' | 'different' | 'unknown';

/** How two titles relate, from strongest to weakest. */
export type TitleRelation = 'identical' | 'normalised' | 'contained' | 'similar' | 'different' | 'missing';

/** Everything the comparison of two entries found; read by the verdict, the vetoes and the explanation. */
export interface Evidence {
	title: TitleRelation;
	/** Dice similarity of title trigrams (0–1). */
	titleSimilarity: number;
	/** Authors of the shorter list found in the other, and that list's length; undefined when a side has none. */
	authors: { matched: number; compared: number; leadMatches: boolean; counts: [number, number] } | undefined;
	yearGap: number | undefined;
	journal: JournalRelation;
	volume: FieldRelation;
	issue: FieldRelation;
	pages: PageRelation;
	doi: FieldRelation;
	pmid: FieldRelation;
	/** Filled in only for pairs that match (reading abstracts costs more than the rest). */
	abstract: FieldRelation;
	/** Set when the titles declare different kinds or parts (erratum vs article, Part 1 vs Part 2). */
	markers: { a: string[]; b: string[] } | undefined;
}

/** Compares two fingerprints field by field; symmetric apart from the order of `markers` and `counts`. */
export function compareFingerprints(a: Fingerprint, b: Fingerprint, similarity = diceSimilarity(a.shingles, b.shingles)): Evidence {
	const title = relateTitles(a, b, similarity);
	return {
		title,
		titleSimilarity: title === 'normalised' || title === 'identical' ? 1 : similarity,
		authors: a.authorCount === 0 || b.authorCount === 0 || onlyGroups(a.authors) !== onlyGroups(b.authors) ? undefined : compareAuthorLists(a.authors, b.authors, a.authorKeys, b.authorKeys),
		yearGap: a.year !== undefined && b.year !== undefined ? Math.abs(a.year - b.year) : undefined,
		journal: compareJournals(a.journal, b.journal),
		volume: relateNumbers(a.volume, b.volume),
		issue: relateNumbers(a.issue, b.issue),
		pages: relatePages(a, b),
		doi: relateSets(a.dois, b.dois),
		pmid: relateSets(a.pmids, b.pmids),
		abstract: 'unknown',
		markers: a.title.markers.join('|') === b.title.markers.join('|') ? undefined : { a: a.title.markers, b: b.title.markers },
	};
}

/** True when every author is a group or company: such a list says nothing against a list of persons. */
function onlyGroups(authors: AuthorKey[]): boolean {
	return authors.length > 0 && authors.every((author) => author.group);
}

/** True when one compact title starts or ends the other and is long enough to mean something (a dropped subtitle). */
export function isTitleContained(x: string, y: string): boolean {
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	return short.length >= MIN_CONTAINED_TITLE && (long.startsWith(short) || long.endsWith(short));
}

function relateTitles(a: Fingerprint, b: Fingerprint, similarity: number): TitleRelation {
	const x = a.title.compact;
	const y = b.title.compact;
	if (!x || !y) {
		return 'missing';
	}
	if (a.entry.title === b.entry.title) {
		return 'identical';
	}
	if (x === y) {
		return 'normalised';
	}
	if (isTitleContained(x, y)) {
		return 'contained';
	}
	return similarity >= 0.5 ? 'similar' : 'different';
}

/** What differs between two titles that are equal once normalised: `case`, `accents`, `tags`, `punctuation`. */
export function describeTitleDifferences(a: string, b: string): string[] {
	const differences: string[] = [];
	const lettersA = a.replace(NOT_LETTER_OR_DIGIT, '');
	const lettersB = b.replace(NOT_LETTER_OR_DIGIT, '');
	if (lettersA !== lettersB) {
		if (lettersA.toLowerCase() === lettersB.toLowerCase()) {
			differences.push('case');
		} else {
			differences.push(lettersA.length === lettersB.length ? 'case, accents' : 'tags, accents');
		}
	}
	if (a.replace(LETTER_OR_DIGIT, '') !== b.replace(LETTER_OR_DIGIT, '')) {
		differences.push('punctuation');
	}
	return differences;
}

/** Authors of the shorter list (first 30) that share a name key with some author of the other list. */
export function compareAuthorLists(a: AuthorKey[], b: AuthorKey[], keysA?: Set<string>, keysB?: Set<string>): Evidence['authors'] {
	if (a.length === 0 || b.length === 0) {
		return undefined;
	}
	const compared = Math.min(a.length, b.length, MAX_AUTHORS_COMPARED);
	const fromA = a.length <= b.length ? countFound(a, keysB ?? collectAuthorKeys(b), compared) : 0;
	const fromB = b.length <= a.length ? countFound(b, keysA ?? collectAuthorKeys(a), compared) : 0;
	const leadMatches = a[0].keys.some((key) => b[0].keys.includes(key));
	return { matched: Math.max(fromA, fromB), compared, leadMatches, counts: [a.length, b.length] };
}

/** How many of the first `limit` authors have a name key in `keys` (directly or without a lost last letter). */
function countFound(authors: AuthorKey[], keys: Set<string>, limit: number): number {
	let found = 0;
	for (let i = 0; i < limit; i++) {
		if (authors[i].keys.some((key) => keys.has(key) || (key.length >= 3 && keys.has(key.slice(0, -1))))) {
			found++;
		}
	}
	return found;
}

function relateNumbers(a: { value: string; exact: boolean } | undefined, b: { value: string; exact: boolean } | undefined): FieldRelation {
	if (!a || !b) {
		return 'unknown';
	}
	if (a.value === b.value) {
		return 'same';
	}
	return a.exact && b.exact ? 'different' : 'unknown';
}

function relateSets(a: string[], b: string[]): FieldRelation {
	if (a.length === 0 || b.length === 0) {
		return 'unknown';
	}
	return a.some((value) => b.includes(value)) ? 'same' : 'different';
}

/** `same` when the abstracts open with the same 80 letters and digits. */
export function relateAbstracts(a: string, b: string): FieldRelation {
	if (a.length < 40 || b.length < 40) {
		return 'unknown';
	}
	const length = Math.min(a.length, b.length, 80);
	return a.slice(0, length) === b.slice(0, length) ? 'same' : 'unknown';
}

/** Compares page ranges; an e-locator (`e12724`, `c1804`) and a printed page are not comparable. */
export function relatePages(a: Pick<Fingerprint, 'firstPage' | 'lastPage'>, b: Pick<Fingerprint, 'firstPage' | 'lastPage'>): PageRelation {
	if (!a.firstPage || !b.firstPage) {
		return 'unknown';
	}
	if (a.firstPage === b.firstPage) {
		return 'same';
	}
	const prefixA = a.firstPage.replace(DIGITS_ONLY, '');
	if (prefixA !== b.firstPage.replace(DIGITS_ONLY, '')) {
		return 'unknown';
	}
	const [firstA, lastA] = pageNumbers(a);
	const [firstB, lastB] = pageNumbers(b);
	const overlaps = (firstA >= firstB && firstA <= lastB) || (firstB >= firstA && firstB <= lastA) || lastA === lastB;
	return overlaps ? 'overlap' : 'different';
}

function pageNumbers(print: Pick<Fingerprint, 'firstPage' | 'lastPage'>): [number, number] {
	const first = Number(print.firstPage!.replace(LETTERS_ONLY, ''));
	const last = print.lastPage ? Number(print.lastPage.replace(LETTERS_ONLY, '')) : first;
	return [first, Number.isFinite(last) && last >= first ? last : first];
}
