/** Reads a source line such as `Chinese Journal of Radiology 2025;59(5):549-557`; every part may be missing. */
import type { Source, Span } from './model';

const MAX_JOURNAL = 300;
const MAX_VOLUME = 40;
const MAX_PAGES = 120;

/** Parses `line` (the trimmed text at document offset `offset`) as a source line, or returns undefined. */
export function parseSource(line: string, offset: number): Source | undefined {
	const body = withoutDoiSuffix(line);
	const years = findYears(body);
	for (const yearStart of years.length === 0 ? years : rankYears(body, years)) {
		const [journalStart, journalEnd] = trimmed(body, 0, yearStart);
		if (journalEnd - journalStart > MAX_JOURNAL) {
			continue;
		}
		const source = new ParsedSource(line, offset);
		source.at[JOURNAL] = journalStart;
		source.at[JOURNAL + 1] = journalEnd;
		source.at[YEAR] = yearStart;
		source.at[YEAR + 1] = yearStart + 4;
		source.year = readYear(body, yearStart);
		if (readTail(body, yearStart + 4, source.at)) {
			return source;
		}
	}
	if (body.startsWith(';') || body.startsWith('；')) {
		const source = new ParsedSource(line, offset);
		if (readTail(body, 0, source.at) && (source.volume || source.issue || source.pages)) {
			return source;
		}
	}
	return undefined;
}

// Where each part lies in `at`: start at the index, end after it; a part is missing when its start equals its end.
const JOURNAL = 0;
const YEAR = 2;
const VOLUME = 4;
const ISSUE = 6;
const PAGES = 8;

/**
 * A source kept as the line and ten offsets: one object per entry where plain data would take a dozen (a large
 * dump has tens of thousands). The parts are sliced from the line when first read.
 */
class ParsedSource implements Source {
	/** Line-relative start and end of the journal, year, volume, issue and pages, in that order. */
	readonly at = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
	year: number | undefined = undefined;
	#journal: string | undefined = undefined;
	#pageRange: [string, string?] | undefined;

	constructor(readonly raw: string, private readonly offset: number) {}

	get span(): Span {
		return { start: this.offset, end: this.offset + this.raw.length };
	}

	get journal(): string | undefined {
		return (this.#journal ??= this.#part(JOURNAL));
	}


	get volume(): string | undefined {
		return this.#part(VOLUME);
	}

	get issue(): string | undefined {
		return this.#part(ISSUE);
	}

	get pages(): string | undefined {
		const pages = this.#part(PAGES);
		return pages === '-' ? undefined : pages;
	}

	get firstPage(): string | undefined {
		return this.#pages()?.[0];
	}

	get lastPage(): string | undefined {
		return this.#pages()?.[1];
	}

	get parts(): Source['parts'] {
		const span = (k: number): Span | undefined => this.#part(k) === undefined || (k === PAGES && !this.pages) ? undefined : { start: this.offset + this.at[k], end: this.offset + this.at[k + 1] };
		return { journal: span(JOURNAL), year: span(YEAR), volume: span(VOLUME), issue: span(ISSUE), pages: span(PAGES) };
	}

	toJSON(): Source {
		const { raw, span, journal, year, volume, issue, pages, firstPage, lastPage, parts } = this;
		return { raw, span, journal, year, volume, issue, pages, firstPage, lastPage, parts };
	}

	#part(k: number): string | undefined {
		return this.at[k + 1] > this.at[k] ? this.raw.slice(this.at[k], this.at[k + 1]) : undefined;
	}

	#pages(): [string, string?] | undefined {
		const pages = this.pages;
		return pages === undefined ? undefined : (this.#pageRange ??= splitPageRange(pages));
	}
}

function trimmed(body: string, start: number, end: number): [number, number] {
	while (start < end && (body[start] === ' ' || body[start] === '\t' || body[start] === '\u3000')) {
		start++;
	}
	while (end > start && (body[end - 1] === ' ' || body[end - 1] === '\t' || body[end - 1] === '\u3000')) {
		end--;
	}
	return [start, end];
}

/** Offsets of the four-digit years (1500–2099) in `body` that stand alone, not inside a longer number or word. */
function findYears(body: string): number[] {
	const found: number[] = [];
	for (let i = 0; i + 4 <= body.length; i++) {
		const c0 = body.charCodeAt(i);
		if ((c0 !== 49 && c0 !== 50) || (i > 0 && isWordChar(body.charCodeAt(i - 1)))) {
			continue;
		}
		const c1 = body.charCodeAt(i + 1);
		const century = c0 === 49 ? c1 >= 53 && c1 <= 57 : c1 === 48;
		if (century && isDigit(body.charCodeAt(i + 2)) && isDigit(body.charCodeAt(i + 3)) && !isDigit(body.charCodeAt(i + 4))) {
			found.push(i);
		}
	}
	return found;
}

/**
 * The year candidates worth trying, best first: a year followed by `;` (then volume) beats one followed by `:` (then
 * pages), which beats one at the end of the line; a number right after `-` or `(` is a page or issue, not a year.
 * So `Journal 2016;12(8):1827-1832` is read as 2016, not 1832.
 */
function rankYears(body: string, years: number[]): number[] {
	const byRank: number[][] = [[], [], []];
	for (const at of years) {
		let before = at - 1;
		while (before >= 0 && body[before] === ' ') {
			before--;
		}
		if (before >= 0 && '-–~(（'.includes(body[before])) {
			continue;
		}
		const after = body[skipSpaces(body, at + 4)];
		const rank = after === ';' || after === '；' ? 3 : after === ':' || after === '：' ? 2 : after === undefined ? 1 : 0;
		if (rank > 0) {
			byRank[3 - rank].push(at);
		}
	}
	return byRank[0].concat(byRank[1], byRank[2]);
}

/** The line without a trailing ` doi:10.…` (the benchmark's form of a source line). */
function withoutDoiSuffix(line: string): string {
	const at = Math.max(line.lastIndexOf(' doi:'), line.lastIndexOf(' DOI:'));
	return at > 0 && line.indexOf(' ', at + 6) < 0 ? line.slice(0, at) : line;
}

/** The four digits at `at` as a number (the caller has checked they are digits). */
function readYear(body: string, at: number): number {
	let year = 0;
	for (let i = at; i < at + 4; i++) {
		year = year * 10 + body.charCodeAt(i) - 48;
	}
	return year;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function isWordChar(code: number): boolean {
	return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 0x7f;
}

/** Reads `;volume(issue):pages` from `at` into the part offsets `parts`; false unless the whole rest of the line fits. */
function readTail(body: string, at: number, parts: number[]): boolean {
	let i = skipSpaces(body, at);
	if (body[i] === ';' || body[i] === '；') {
		const volumeStart = skipSpaces(body, i + 1);
		i = volumeStart;
		while (i < body.length && body[i] !== '(' && body[i] !== '（' && body[i] !== ':' && body[i] !== '：') {
			i++;
		}
		const [start, end] = trimmed(body, volumeStart, i);
		if (end - start > MAX_VOLUME) {
			return false;
		}
		parts[VOLUME] = start;
		parts[VOLUME + 1] = end;
		if (body[i] === '(' || body[i] === '（') {
			const close = findClose(body, i + 1);
			if (close < 0 || close - i > MAX_VOLUME) {
				return false;
			}
			const [issueStart, issueEnd] = trimmed(body, i + 1, close);
			parts[ISSUE] = issueStart;
			parts[ISSUE + 1] = issueEnd;
			i = skipSpaces(body, close + 1);
		}
	}
	if (body[i] === ':' || body[i] === '：') {
		const [start, end] = trimmed(body, i + 1, body.length);
		if (end - start > MAX_PAGES) {
			return false;
		}
		i = body.length;
		parts[PAGES] = start;
		parts[PAGES + 1] = end;
	}
	return skipSpaces(body, i) === body.length;
}

/** `549-557` → [549, 557]; `283--322`, en dash and `~` too; a single page → [page]. */
function splitPageRange(pages: string): [string, string?] {
	for (let i = 1; i < pages.length; i++) {
		if ('-–—~'.includes(pages[i])) {
			let j = i;
			while (j < pages.length && '-–—~ '.includes(pages[j])) {
				j++;
			}
			const first = pages.slice(0, i).trim();
			const last = pages.slice(j).trim();
			return last ? [first, last] : [first];
		}
	}
	return [pages];
}

/** The parenthesis closing the one opened just before `from`, allowing nesting as in `17(3(58))`. */
function findClose(body: string, from: number): number {
	let depth = 0;
	for (let i = from; i < body.length; i++) {
		if (body[i] === '(' || body[i] === '（') {
			depth++;
		} else if (body[i] === ')' || body[i] === '）') {
			if (depth === 0) {
				return i;
			}
			depth--;
		}
	}
	return -1;
}

function skipSpaces(body: string, i: number): number {
	while (i < body.length && (body[i] === ' ' || body[i] === '\t' || body[i] === '\u3000')) {
		i++;
	}
	return i;
}

