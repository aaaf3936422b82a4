/** Reads a source line such as `Chinese Journal of Radiology 2025;59(5):549-557`; every part may be missing. */
import type { Source, Span } from './model';
import { findYear, type YearSearch } from './years';

const MAX_JOURNAL = 300;
const MAX_VOLUME = 40;
const MAX_PAGES = 120;

// Where each part lies in a row of source offsets: start at the index, end after it (a part is missing when its start
// equals its end), then the year's value (-1 when there is none).
const JOURNAL = 0;
const YEAR = 2;
const VOLUME = 4;
const ISSUE = 6;
const PAGES = 8;
const YEAR_VALUE = 10;
/** How many numbers {@link scanSource} writes: five parts' start and end offsets, then the year. */
export const SOURCE_FIELDS = 11;

/** Parses `line` (the trimmed text at document offset `offset`) as a source line, or returns undefined. */
export function parseSource(line: string, offset: number): Source | undefined {
	const parts = new Int32Array(SOURCE_FIELDS);
	return scanSource(line, 0, line.length, parts, 0) ? new ParsedSource(line, 0, line.length, parts, 0, offset) : undefined;
}

/**
 * Reads `text[start, end)` (a trimmed line) as a source line without making a string: on success writes the parts'
 * offsets into `parts` from `at` ({@link SOURCE_FIELDS} numbers) and returns true. `years`: the parse's search for
 * years, when lines are asked in text order.
 */
export function scanSource(text: string, start: number, end: number, parts: Int32Array, at: number, years?: YearSearch): boolean {
	const first = text.charCodeAt(start);
	const leadingSemicolon = first === 0x3b || first === 0xff1b;
	const lineYear = years ? years.firstYear(start, end) : findYear(text, start, end, start);
	if (!leadingSemicolon && lineYear < 0) {
		// Most lines tried (author lines, titles) have no year: one quick scan rules them out.
		return false;
	}
	const bodyEnd = endBeforeDoi(text, start, end);
	// Every part is written below: by a year candidate that fits, or cleared when none does.
	// Year candidates best first: followed by `;` (then volume), by `:` (then pages), at the end of the line; so
	// `Journal 2016;12(8):1827-1832` is read as 2016, not 1832. One pass per rank keeps this allocation-free. The
	// line's first year is the body's too unless it runs into the DOI cut off the end.
	const firstYear = lineYear + 4 <= bodyEnd ? lineYear : -1;
	for (let rank = firstYear < 0 ? 0 : 3; rank >= 1; rank--) {
		for (let year = firstYear; year >= 0; year = findYear(text, start, bodyEnd, year + 1)) {
			if (rankYear(text, start, bodyEnd, year) !== rank) {
				continue;
			}
			const journalStart = skipSpaces(text, start, year);
			const journalEnd = endBeforeSeparatorDot(text, journalStart, skipSpacesBack(text, journalStart, year));
			if (journalEnd - journalStart > MAX_JOURNAL) {
				continue;
			}
			clearParts(parts, at + VOLUME, at + YEAR_VALUE, start);
			parts[at + JOURNAL] = journalStart;
			parts[at + JOURNAL + 1] = journalEnd;
			parts[at + YEAR] = year;
			parts[at + YEAR + 1] = year + 4;
			parts[at + YEAR_VALUE] = readYear(text, year);
			if (readTail(text, year + 4, bodyEnd, parts, at)) {
				return true;
			}
		}
	}
	clearParts(parts, at, at + YEAR_VALUE, start);
	parts[at + YEAR_VALUE] = -1;
	return leadingSemicolon && readTail(text, start, bodyEnd, parts, at)
		&& (hasPart(parts, at + VOLUME) || hasPart(parts, at + ISSUE) || hasPages(text, parts, at));
}

/** Marks the parts in `parts[from, to)` missing (start = end = `offset`); a loop, as `fill` costs a call per line. */
function clearParts(parts: Int32Array, from: number, to: number, offset: number): void {
	for (let k = from; k < to; k++) {
		parts[k] = offset;
	}
}

/** True when the pages part is there and is not a bare `-` (printed for "no pages"). */
function hasPages(text: string, parts: Int32Array, at: number): boolean {
	const start = parts[at + PAGES];
	const end = parts[at + PAGES + 1];
	return end > start && !(end - start === 1 && text.charCodeAt(start) === 0x2d);
}

function hasPart(parts: Int32Array, k: number): boolean {
	return parts[k + 1] > parts[k];
}

/**
 * A source read from `text[start, end)`, its parts as offsets in `parts` from `at`: one small object and no strings
 * until a part is read (a large dump has tens of thousands of sources). Spans are `offset` plus text positions.
 */
export class ParsedSource implements Source {
	constructor(private readonly text: string, private readonly start: number, private readonly end: number, private readonly row: Int32Array, private readonly at: number, private readonly offset = 0) {}

	get raw(): string {
		return this.text.slice(this.start, this.end);
	}

	get span(): Span {
		return { start: this.offset + this.start, end: this.offset + this.end };
	}

	get year(): number | undefined {
		const year = this.row[this.at + YEAR_VALUE];
		return year < 0 ? undefined : year;
	}

	get journal(): string | undefined {
		return this.part(JOURNAL);
	}

	get volume(): string | undefined {
		return this.part(VOLUME);
	}

	get issue(): string | undefined {
		return this.part(ISSUE);
	}

	get pages(): string | undefined {
		return hasPages(this.text, this.row, this.at) ? this.part(PAGES) : undefined;
	}

	get firstPage(): string | undefined {
		const pages = this.pages;
		return pages === undefined ? undefined : readPageRange(pages).first;
	}

	get lastPage(): string | undefined {
		const pages = this.pages;
		return pages === undefined ? undefined : readPageRange(pages).last;
	}

	get parts(): Source['parts'] {
		const span = (k: number): Span | undefined => !hasPart(this.row, this.at + k) || (k === PAGES && !hasPages(this.text, this.row, this.at)) ? undefined : { start: this.offset + this.row[this.at + k], end: this.offset + this.row[this.at + k + 1] };
		return { journal: span(JOURNAL), year: span(YEAR), volume: span(VOLUME), issue: span(ISSUE), pages: span(PAGES) };
	}

	toJSON(): Source {
		const { raw, span, journal, year, volume, issue, pages, firstPage, lastPage, parts } = this;
		return { raw, span, journal, year, volume, issue, pages, firstPage, lastPage, parts };
	}

	private part(k: number): string | undefined {
		return hasPart(this.row, this.at + k) ? this.text.slice(this.row[this.at + k], this.row[this.at + k + 1]) : undefined;
	}
}

/**
 * How good a year candidate is: 3 when `;` follows, 2 for `:`, 1 at the end of the line, 0 otherwise or when the
 * number comes right after `-` or `(` (a page or an issue, not a year).
 */
function rankYear(text: string, start: number, end: number, year: number): number {
	let before = year - 1;
	while (before >= start && text.charCodeAt(before) === 32) {
		before--;
	}
	if (before >= start && isRangeOrOpening(text.charCodeAt(before))) {
		return 0;
	}
	const after = skipSpaces(text, year + 4, end);
	if (after === end) {
		return 1;
	}
	const code = text.charCodeAt(after);
	return code === 0x3b || code === 0xff1b ? 3 : code === 0x3a || code === 0xff1a ? 2 : 0;
}

/**
 * The end of the journal `text[start, end)` without the dot that separates it from the year in MEDLINE-style sources
 * (`Pediatr Nephrol. 2011;26(9):1663`), unless the name has other dots: then it is dotted throughout
 * (`J. Am. Coll. Cardiol. 2010`, `Ann.New York Acad.Sci. 2010`) and its last dot belongs to it.
 */
function endBeforeSeparatorDot(text: string, start: number, end: number): number {
	const dot = end - 1;
	if (dot <= start || text.charCodeAt(dot) !== 0x2e) {
		return end;
	}
	for (let i = start; i < dot; i++) {
		if (text.charCodeAt(i) === 0x2e) {
			return end;
		}
	}
	return skipSpacesBack(text, start, dot);
}

/** `-`, `–`, `~`, `(` or `（`. */
function isRangeOrOpening(code: number): boolean {
	return code === 0x2d || code === 0x2013 || code === 0x7e || code === 0x28 || code === 0xff08;
}

/**
 * The end of the line without a trailing ` doi:10.…` (the benchmark's form of a source line): the DOI is the last
 * word, or `doi: 10.…` the last two, so only the line's last space and the one five characters before it can start it.
 */
function endBeforeDoi(text: string, start: number, end: number): number {
	let space = end - 1;
	while (space > start && text.charCodeAt(space) !== 32) {
		space--;
	}
	if (space <= start) {
		return end;
	}
	if (space <= end - 5 && startsDoi(text, space + 1)) {
		return space;
	}
	const before = space - 5;
	return before > start && text.charCodeAt(before) === 32 && startsDoi(text, before + 1) ? before : end;
}

function startsDoi(text: string, at: number): boolean {
	return text.startsWith('doi:', at) || text.startsWith('DOI:', at);
}

/** The four digits at `at` as a number (the caller has checked they are digits). */
function readYear(text: string, at: number): number {
	let year = 0;
	for (let i = at; i < at + 4; i++) {
		year = year * 10 + text.charCodeAt(i) - 48;
	}
	return year;
}

/** Reads `;volume(issue):pages` from `i` into `parts`; false unless the whole rest of the line (to `end`) fits. */
function readTail(text: string, i: number, end: number, parts: Int32Array, at: number): boolean {
	i = skipSpaces(text, i, end);
	let code = text.charCodeAt(i);
	if (i < end && (code === 0x3b || code === 0xff1b)) {
		const volumeStart = skipSpaces(text, i + 1, end);
		i = volumeStart;
		while (i < end && !isIssueOrPagesMark(text.charCodeAt(i))) {
			i++;
		}
		const volumeEnd = skipSpacesBack(text, volumeStart, i);
		if (volumeEnd - volumeStart > MAX_VOLUME) {
			return false;
		}
		parts[at + VOLUME] = volumeStart;
		parts[at + VOLUME + 1] = volumeEnd;
		code = text.charCodeAt(i);
		if (i < end && (code === 0x28 || code === 0xff08)) {
			const close = findClose(text, i + 1, end);
			if (close < 0 || close - i > MAX_VOLUME) {
				return false;
			}
			const issueStart = skipSpaces(text, i + 1, close);
			parts[at + ISSUE] = issueStart;
			parts[at + ISSUE + 1] = skipSpacesBack(text, issueStart, close);
			i = skipSpaces(text, close + 1, end);
		}
	}
	code = text.charCodeAt(i);
	if (i < end && (code === 0x3a || code === 0xff1a)) {
		const pagesStart = skipSpaces(text, i + 1, end);
		const pagesEnd = skipSpacesBack(text, pagesStart, end);
		if (pagesEnd - pagesStart > MAX_PAGES) {
			return false;
		}
		i = end;
		parts[at + PAGES] = pagesStart;
		parts[at + PAGES + 1] = pagesEnd;
	}
	return skipSpaces(text, i, end) === end;
}

/** `(`, `（`, `:` or `：`: where a volume ends. */
function isIssueOrPagesMark(code: number): boolean {
	return code === 0x28 || code === 0xff08 || code === 0x3a || code === 0xff1a;
}

/** Printed pages read as a range: its first and last page, and what follows the range as printed. */
export interface PageRange {
	first: string;
	last?: string;
	/** What follows the range from the first `;` or `,` on (`; discussion 748-9`, `, 246-51`), or `''`. */
	rest: string;
}

/**
 * `549-557` → 549, 557; `283--322`, en dash and `~` too; a single page → that page. The range ends at the first `;` or
 * `,`, after which come notes and more ranges (`742-8; discussion 748-9`, `230-5, 246-51`), kept in `rest`.
 */
export function readPageRange(pages: string): PageRange {
	let cut = 0;
	while (cut < pages.length && pages[cut] !== ';' && pages[cut] !== ',') {
		cut++;
	}
	const range = pages.slice(0, cut);
	if (range.trim() === '') {
		return { first: pages, rest: '' };
	}
	const rest = pages.slice(cut);
	for (let i = 1; i < range.length; i++) {
		if ('-–—~'.includes(range[i])) {
			let j = i;
			while (j < range.length && '-–—~ '.includes(range[j])) {
				j++;
			}
			const first = range.slice(0, i).trim();
			const last = range.slice(j).trim();
			return last ? { first, last, rest } : { first, rest };
		}
	}
	return { first: range.trim(), rest };
}

/** The parenthesis closing the one opened just before `from`, allowing nesting as in `17(3(58))`. */
function findClose(text: string, from: number, end: number): number {
	let depth = 0;
	for (let i = from; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x28 || code === 0xff08) {
			depth++;
		} else if (code === 0x29 || code === 0xff09) {
			if (depth === 0) {
				return i;
			}
			depth--;
		}
	}
	return -1;
}

/** Source lines are trimmed of spaces, tabs and ideographic spaces only. */
function isSourceSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 0x3000;
}

function skipSpaces(text: string, i: number, end: number): number {
	while (i < end && isSourceSpace(text.charCodeAt(i))) {
		i++;
	}
	return i;
}

function skipSpacesBack(text: string, start: number, end: number): number {
	while (end > start && isSourceSpace(text.charCodeAt(end - 1))) {
		end--;
	}
	return end;
}
