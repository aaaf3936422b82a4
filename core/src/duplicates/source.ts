/** Source normalisation: abbreviation-aware journal names, volume, issue and page numbers, DOIs. */
import { splitWords } from './normalize';
import { memoizeBounded } from './memo';

const JOURNAL_STOP_WORDS = new Set(['vol', 'vols', 'proceedings', 'proc', 'the', 'of', 'and', 'in', 'for', 'on', 'a', 'an', 'to', 'de', 'la', 'le', 'des', 'du', 'der', 'die', 'und', 'et', 'y', 'el']);
const CONFERENCE_TAIL = /[.:]\s*(?:conference|conf\.|meeting|congress|symposium)\b.*$/iu;
const PARENTHESISED = /\([^()]*\)/gu;
const DIGITS_START = /^\d/u;
const LEADING_NUMBER = /^\d+/u;
const DIGITS = /\d+/u;
const PURE_NUMBER = /^\d+$/u;
const PAGE = /^([a-z]{0,2})(\d+)[a-z]?$/iu;
const LEADING_LETTERS = /^[a-z]+/u;
const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/iu;

/** A journal name as comparable words: folded, stop words and parentheses dropped, conference tails cut off. */
export function normalizeJournal(journal: string | undefined): string[] {
	return journal ? journalWords(journal) : [];
}


/** Journal names are read on their first 1,000 characters: real ones are under 300, and hostile text costs a word list per word. */
const MAX_JOURNAL_READ = 1000;

function readJournalWords(name: string): string[] {
	const journal = name.length > MAX_JOURNAL_READ ? name.slice(0, MAX_JOURNAL_READ) : name;
	const equals = journal.indexOf('=');
	const words = splitWords((equals > 0 ? journal.slice(0, equals) : journal).replace(CONFERENCE_TAIL, '').replace(PARENTHESISED, ' '));
	return words.filter((word) => !JOURNAL_STOP_WORDS.has(word) && !isNumberOrOrdinal(word));
}

/** `12`, `1st`, `22nd`, `3rd`, `4th` (the words are folded: lower case). */
function isNumberOrOrdinal(word: string): boolean {
	let digits = 0;
	while (digits < word.length && word.charCodeAt(digits) >= 48 && word.charCodeAt(digits) <= 57) digits++;
	if (digits === 0) return false;
	const suffix = word.slice(digits);
	return suffix === '' || suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th';
}

/** How two journal names relate: equal, one abbreviates the other (`Br J Haematol`), different, or unknown (one missing). */
export type JournalRelation = 'same' | 'abbreviated' | 'different' | 'unknown';

/** Compares journal word lists; each word of the shorter must start a word of the longer, in order (`Pediatr Nephrol`). */
export function compareJournals(a: string[], b: string[]): JournalRelation {
	if (a.length === 0 || b.length === 0) {
		return 'unknown';
	}
	if (a.length === b.length && a.every((word, i) => word === b[i])) {
		return 'same';
	}
	const [short, long] = a.join('').length <= b.join('').length ? [a, b] : [b, a];
	return abbreviates(short, long) || abbreviates(long, short) || isAcronymOf(a, b) || isAcronymOf(b, a) ? 'abbreviated' : 'different';
}

/** True when a word of `a` spells the initials of `b`: `ICIS` and `International Conference on Information Systems`. */
function isAcronymOf(a: string[], b: string[]): boolean {
	if (b.length < 3) {
		return false;
	}
	const initials = b.filter((word) => !DIGITS_START.test(word)).map((word) => word[0]).join('');
	return a.some((word) => word.length >= 3 && word === initials);
}

function abbreviates(short: string[], long: string[]): boolean {
	let j = 0;
	for (const word of short) {
		while (j < long.length && !abbreviatesWord(word, long[j])) {
			j++;
		}
		if (j === long.length) {
			return false;
		}
		j++;
	}
	return short.length > 0;
}

/** True when `short` abbreviates `word`: same first letter, and its letters appear in order (`dtsch` → `deutsche`). */
function abbreviatesWord(short: string, word: string): boolean {
	if (short[0] !== word[0] || short.length > word.length) {
		return false;
	}
	let at = 1;
	for (let i = 1; i < short.length; i++) {
		at = word.indexOf(short[i], at) + 1;
		if (at === 0) {
			return false;
		}
	}
	return true;
}

/** A volume or issue as a plain number string (`030` → `30`), or undefined; `exact` says the value was only that number. */
export function normalizeNumber(value: string | undefined): { value: string; exact: boolean } | undefined {
	if (!value) {
		return undefined;
	}
	const trimmed = value.trim();
	const found = LEADING_NUMBER.exec(trimmed) ?? DIGITS.exec(trimmed);
	if (!found) {
		return undefined;
	}
	return { value: String(Number(found[0])), exact: PURE_NUMBER.test(trimmed) };
}

/** A page as comparable text: `0123` → `123`, `e1234` and `S12` keep their letter; undefined for `No Pagination Specified`. */
export function normalizePage(page: string | undefined): string | undefined {
	if (!page) {
		return undefined;
	}
	const found = PAGE.exec(page.trim());
	return found ? found[1].toLowerCase() + String(Number(found[2])) : undefined;
}

/** The last page spelled out: `1269-83` → `1283`, `283-22` → `322` (the next hundred when the digits would go back). */
export function expandLastPage(first: string | undefined, last: string | undefined): string | undefined {
	if (!first || !last) {
		return last;
	}
	const letters = first.length - first.replace(LEADING_LETTERS, '').length;
	const lastDigits = last.replace(LEADING_LETTERS, '');
	const firstDigits = first.slice(letters);
	if (lastDigits.length >= firstDigits.length) {
		return first.slice(0, letters) + lastDigits;
	}
	const cut = firstDigits.length - lastDigits.length;
	let digits = firstDigits.slice(0, cut) + lastDigits;
	if (Number(digits) < Number(firstDigits)) {
		digits = String(Number(firstDigits.slice(0, cut)) + 1) + lastDigits;
	}
	return first.slice(0, letters) + digits;
}

/** A DOI in lower case without its `https://doi.org/` or `doi:` prefix. */
export function normalizeDoi(doi: string): string {
	return doi.trim().replace(DOI_PREFIX, '').toLowerCase();
}

/** The source fields duplicate detection reads. */
export interface SourceFields {
	journal: string | undefined;
	year: number | undefined;
	volume: string | undefined;
	issue: string | undefined;
	firstPage: string | undefined;
	lastPage: string | undefined;
}

const YEAR_IN_JOURNAL = /(?:^|\s)((?:1[89]|20)\d\d)\s*[;:(]/u;
const PAGE_DASH = /[-–—~]+/u;

/**
 * The source fields of a parsed source line, repaired where the parser took a page for the year
 * (`Journal 2016;124(6):1793` read as year 1793): the first year followed by `;`, `:` or `(` wins.
 */
export function readSourceFields(source: { raw: string; journal?: string; year?: number; volume?: string; issue?: string; firstPage?: string; lastPage?: string } | undefined): SourceFields {
	if (!source) {
		return { journal: undefined, year: undefined, volume: undefined, issue: undefined, firstPage: undefined, lastPage: undefined };
	}
	const misread = source.journal ? YEAR_IN_JOURNAL.exec(source.journal) : null;
	if (misread) {
		const doi = source.raw.toLowerCase().lastIndexOf(' doi:');
		const body = doi > 0 ? source.raw.slice(0, doi) : source.raw;
		const year = YEAR_IN_JOURNAL.exec(body) ?? misread;
		const yearStart = (year.index ?? 0) + year[0].indexOf(year[1]);
		const tail = readTail(body.slice(yearStart + 4));
		const [first, last] = tail.pages.split(PAGE_DASH).map((page) => page.trim());
		return { journal: body.slice(0, yearStart).trim(), year: Number(year[1]), volume: tail.volume, issue: tail.issue, firstPage: first || undefined, lastPage: last || undefined };
	}
	return { journal: source.journal, year: source.year, volume: source.volume, issue: source.issue, firstPage: source.firstPage, lastPage: source.lastPage };
}

/** Splits `;volume(issue):pages` (every part optional) without a regular expression. */
function readTail(text: string): { volume: string | undefined; issue: string | undefined; pages: string } {
	let rest = text.trim();
	let volume: string | undefined;
	let issue: string | undefined;
	if (rest.startsWith(';')) {
		const end = findFirst(rest, '(', ':');
		volume = rest.slice(1, end).trim() || undefined;
		rest = rest.slice(end);
	}
	if (rest.startsWith('(')) {
		const close = rest.indexOf(')');
		issue = rest.slice(1, close < 0 ? rest.length : close).trim() || undefined;
		rest = close < 0 ? '' : rest.slice(close + 1).trim();
	}
	return { volume, issue, pages: rest.startsWith(':') ? rest.slice(1).trim() : '' };
}

function findFirst(text: string, a: string, b: string): number {
	const atA = text.indexOf(a);
	const atB = text.indexOf(b);
	const found = [atA, atB].filter((at) => at >= 0);
	return found.length > 0 ? Math.min(...found) : text.length;
}

/** {@link readJournalWords} remembered per printed journal name; the memory is bounded. */
const journalWords = memoizeBounded(readJournalWords, 20000);
