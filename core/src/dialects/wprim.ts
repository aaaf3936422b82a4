/**
 * The WPRIM result-list dialect: `N.Title`, an author line, a source line, an optional abstract, repeated, with the
 * page footer `Result Analysis / Print / Save / E-mail`. An entry starts only where a numbered line is followed by
 * an author or source line, so `2.` at the start of an abstract line is not mistaken for an entry.
 */
import { hasAuthorSeparators, looksLikeAuthorLine } from '../authors';
import { skipSpaces, skipSpacesBack, type LineTable } from '../lines';
import { MAX_LISTED_PROBLEMS, type ParsedDocument, type Problem, type Span } from '../model';
import { scanSource, SOURCE_FIELDS } from '../source';
import { YearSearch } from '../years';
import type { Dialect } from './dialect';
import { EntryRows, readNumberLength, WprimEntry } from './wprimEntry';

const FOOTER = new Set(['result analysis', 'print', 'save', 'e-mail', 'email']);
const HEADER_LOOKAHEAD = 3;
const UNRECOGNISED = 'Unrecognised line: not part of any entry (an entry is "N.Title", then an author line and/or a source line such as "Journal 2025;59(5):549-557").';

/**
 * Scratch space of one parse: the trimmed bounds of the lines after a numbered line, the part offsets of the last
 * source line read, and where the parts of the last header read lie (its title line count, then its author and source
 * line indices, -1 for none), so that reading a header allocates nothing.
 */
class Lookahead {
	readonly bounds = new Int32Array(2 * HEADER_LOOKAHEAD);
	readonly sourceParts = new Int32Array(SOURCE_FIELDS);
	count = 0;
	titleLines = 0;
	authors = -1;
	source = -1;

	/** Years are searched ahead once for the whole parse: lines are asked in text order. */
	readonly years: YearSearch;

	constructor(readonly text: string) {
		this.years = new YearSearch(text);
	}

	start(k: number): number {
		return this.bounds[2 * k];
	}

	end(k: number): number {
		return this.bounds[2 * k + 1];
	}

	/** Records the header just read; returns true (a header was found). */
	setHeader(titleLines: number, authors: number, source: number): boolean {
		this.titleLines = titleLines;
		this.authors = authors;
		this.source = source;
		return true;
	}

	line(k: number): string {
		return this.text.slice(this.start(k), this.end(k));
	}

	/** True when line `k` reads as a source line (its parts are then in `sourceParts`). */
	isSource(k: number): boolean {
		return k < this.count && scanSource(this.text, this.start(k), this.end(k), this.sourceParts, 0, this.years);
	}

	isNumbered(k: number): boolean {
		return k < this.count && readNumberLength(this.text, this.start(k), this.end(k)) > 0;
	}
}

/** Reads the WPRIM dialect. */
export const wprimDialect: Dialect = {
	id: 'wprim',
	score(text, lines) {
		let entries = 0;
		const lookahead = new Lookahead(text);
		const limit = Math.min(lines.starts.length, 400);
		for (let i = 0; i < limit && entries < 2; i++) {
			const start = trimmedStart(text, lines, i);
			if (readHeader(lookahead, lines, i, start, trimmedEnd(text, lines, i, start)) && lookahead.source >= 0) {
				entries++;
			}
		}
		return entries / 2;
	},
	parse: parseWprim,
};

/** The trimmed bounds of line `i`, as numbers: the parse loop runs over every line and allocates nothing for most. */
function trimmedStart(text: string, lines: LineTable, i: number): number {
	return skipSpaces(text, lines.starts[i], lines.end(i));
}

function trimmedEnd(text: string, lines: LineTable, i: number, trimmedStartOfLine: number): number {
	return skipSpacesBack(text, trimmedStartOfLine, lines.end(i));
}

/** The value of the ASCII digits `text[start, end)` (at most seven, so it fits an int32). */
function readDigits(text: string, start: number, end: number): number {
	let value = 0;
	for (let i = start; i < end; i++) {
		value = value * 10 + text.charCodeAt(i) - 0x30;
	}
	return value;
}

/**
 * Reads the header starting at line `i` (trimmed to `[titleStart, titleEnd)`) into `lookahead`; false when no entry
 * starts there.
 */
function readHeader(lookahead: Lookahead, lines: LineTable, i: number, titleStart: number, titleEnd: number): boolean {
	const text = lookahead.text;
	const numberLength = readNumberLength(text, titleStart, titleEnd);
	if (numberLength === 0) {
		return false;
	}
	const titleEmpty = titleEnd - titleStart === numberLength + 1;
	lookahead.count = 0;
	for (let k = 1; k <= HEADER_LOOKAHEAD && i + k < lines.starts.length; k++) {
		const start = trimmedStart(text, lines, i + k);
		const end = trimmedEnd(text, lines, i + k, start);
		if (end === start) {
			break;
		}
		lookahead.bounds[2 * lookahead.count] = start;
		lookahead.bounds[2 * lookahead.count + 1] = end;
		lookahead.count++;
	}
	if (lookahead.isSource(0)) {
		return lookahead.setHeader(1, -1, i + 1);
	}
	if (lookahead.isSource(1) && !lookahead.isNumbered(0)) {
		return titleEmpty || looksLikeAuthorLine(lookahead.line(0), text, titleStart, titleEnd)
			? lookahead.setHeader(1, i + 1, i + 2)
			: lookahead.setHeader(2, -1, i + 2);
	}
	if (lookahead.isSource(2) && !lookahead.isNumbered(0) && !lookahead.isNumbered(1) && looksLikeAuthorLine(lookahead.line(1), text, lookahead.start(0), lookahead.end(0))) {
		return lookahead.setHeader(2, i + 2, i + 3);
	}
	if (lookahead.count > 0 && !lookahead.isNumbered(0) && hasAuthorSeparators(lookahead.line(0))) {
		return lookahead.setHeader(1, i + 1, -1);
	}
	return false;
}

/**
 * One pass over the lines, writing each entry's offsets into one table. The abstract of the open entry is tracked as
 * two numbers until the entry closes, so an abstract line costs no allocation.
 */
function parseWprim(text: string, lines: LineTable): ParsedDocument {
	// A paper with its abstract takes ~1,500 characters; the table grows if the guess is short.
	const rows = new EntryRows(text, Math.ceil(text.length / 1024));
	const lookahead = new Lookahead(text);
	const entries: WprimEntry[] = [];
	const problems: Problem[] = [];
	let problemsLeftOut = 0;
	const footer: Span[] = [];
	let open = -1;
	let abstractStart = -1;
	let abstractClosed = true;
	const closeAbstract = () => {
		if (open >= 0 && abstractStart >= 0) {
			rows.setAbstractStart(open, abstractStart);
		}
		abstractStart = -1;
	};
	const lineCount = lines.starts.length;
	for (let i = 0; i < lineCount; i++) {
		const start = trimmedStart(text, lines, i);
		const end = trimmedEnd(text, lines, i, start);
		const length = end - start;
		if (length === 0) {
			abstractClosed ||= abstractStart >= 0;
			continue;
		}
		if (length <= 15 && FOOTER.has(text.slice(start, end).toLowerCase())) {
			closeAbstract();
			footer.push({ start, end });
			open = -1;
			continue;
		}
		if (readHeader(lookahead, lines, i, start, end)) {
			closeAbstract();
			open = addEntry(rows, lookahead, lines, i, start, end);
			entries.push(new WprimEntry(rows, open));
			abstractClosed = false;
			i = Math.max(lookahead.source, lookahead.authors, i + lookahead.titleLines - 1);
		} else if (open >= 0 && !abstractClosed) {
			if (abstractStart < 0) {
				abstractStart = start;
			}
			rows.setEnd(open, end, i);
		} else if (problems.length < MAX_LISTED_PROBLEMS) {
			problems.push({ code: 'unrecognised-line', severity: 'information', message: UNRECOGNISED, span: { start, end } });
		} else {
			problemsLeftOut++;
		}
	}
	closeAbstract();
	return { dialect: 'wprim', entries, problems, problemsLeftOut, footer, lineStarts: lines.starts };
}

/**
 * Writes the row of the entry whose header (just read into `lookahead`) starts at line `i` (trimmed to
 * `[lineStart, lineEnd)`); returns the row.
 */
function addEntry(rows: EntryRows, lookahead: Lookahead, lines: LineTable, i: number, lineStart: number, lineEnd: number): number {
	const { titleLines, authors, source } = lookahead;
	const text = rows.text;
	const numberEnd = lineStart + readNumberLength(text, lineStart, lineEnd);
	const row = rows.add(lineStart, readDigits(text, lineStart, numberEnd));
	const titleStart = skipSpaces(text, numberEnd + 1, lineEnd);
	const titleEnd = skipSpacesBack(text, titleStart, lineEnd);
	let end = titleEnd;
	if (titleLines > 1) {
		const wrapStart = trimmedStart(text, lines, i + 1);
		end = trimmedEnd(text, lines, i + 1, wrapStart);
		rows.setTitle(row, titleStart, titleEnd, end);
	} else {
		rows.setTitle(row, titleStart, titleEnd, -1);
	}
	rows.setStartLine(row, i);
	rows.setEnd(row, end, i + titleLines - 1);
	if (authors >= 0) {
		const authorsStart = trimmedStart(text, lines, authors);
		const authorsEnd = trimmedEnd(text, lines, authors, authorsStart);
		rows.setAuthors(row, authorsStart, authorsEnd);
		rows.setEnd(row, authorsEnd, authors);
	}
	if (source >= 0) {
		const sourceStart = trimmedStart(text, lines, source);
		const sourceEnd = trimmedEnd(text, lines, source, sourceStart);
		rows.setSource(row, sourceStart, sourceEnd, lookahead.sourceParts);
		rows.setEnd(row, sourceEnd, source);
	}
	return row;
}
