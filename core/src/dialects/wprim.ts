/**
 * The WPRIM result-list dialect: `N.Title`, an author line, a source line, an optional abstract, repeated, with the
 * page footer `Result Analysis / Print / Save / E-mail`. An entry starts only where a numbered line is followed by
 * an author or source line, so `2.` at the start of an abstract line is not mistaken for an entry.
 */
import { findAbstractSections } from '../abstract';
import { hasAuthorSeparators, looksLikeAuthorLine, parseAuthors, readLeadAuthor } from '../authors';
import { findIdentifiers } from '../identifiers';
import { trimRange, type LineTable } from '../lines';
import type { Author, Entry, Identifier, ParsedDocument, Problem, Source, Span } from '../model';
import { parseSource } from '../source';
import type { Dialect } from './dialect';

const NUMBERED = /^(\d{1,7})[.．、]/;
const FOOTER = new Set(['result analysis', 'print', 'save', 'e-mail', 'email']);
const HEADER_LOOKAHEAD = 3;
const UNRECOGNISED = 'Unrecognised line: not part of any entry (an entry is "N.Title", then an author line and/or a source line such as "Journal 2025;59(5):549-557").';

/** Where the parts of an entry's header lie: title lines, then the author and source line indices. */
interface Header {
	titleLines: number;
	authors?: number;
	source?: number;
	sourceValue?: Source;
}

/** Reads the WPRIM dialect. */
export const wprimDialect: Dialect = {
	id: 'wprim',
	score(text, lines) {
		let entries = 0;
		const limit = Math.min(lines.starts.length, 400);
		for (let i = 0; i < limit && entries < 2; i++) {
			if (readHeader(text, lines, i)?.source !== undefined) {
				entries++;
			}
		}
		return entries / 2;
	},
	parse: parseWprim,
};

function trimmedLine(text: string, lines: LineTable, i: number): Span {
	const [start, end] = trimRange(text, lines.starts[i], lines.ends[i]);
	return { start, end };
}

function readHeader(text: string, lines: LineTable, i: number): Header | undefined {
	const title = trimmedLine(text, lines, i);
	const first = text.charCodeAt(title.start);
	if (first < 48 || first > 57) {
		return undefined;
	}
	const numbered = NUMBERED.exec(text.slice(title.start, Math.min(title.end, title.start + 9)));
	if (!numbered) {
		return undefined;
	}
	const titleEmpty = title.end - title.start === numbered[0].length;
	const next: Array<{ text: string; start: number }> = [];
	for (let k = 1; k <= HEADER_LOOKAHEAD && i + k < lines.starts.length; k++) {
		const span = trimmedLine(text, lines, i + k);
		if (span.end === span.start) {
			break;
		}
		next.push({ text: text.slice(span.start, span.end), start: span.start });
	}
	const sourceAt = (k: number) => next[k] ? parseSource(next[k].text, next[k].start) : undefined;
	const isNumbered = (k: number) => next[k] !== undefined && NUMBERED.test(next[k].text);
	let source = sourceAt(0);
	if (source) {
		return { titleLines: 1, source: i + 1, sourceValue: source };
	}
	source = sourceAt(1);
	if (source && !isNumbered(0)) {
		return titleEmpty || looksLikeAuthorLine(next[0].text)
			? { titleLines: 1, authors: i + 1, source: i + 2, sourceValue: source }
			: { titleLines: 2, source: i + 2, sourceValue: source };
	}
	source = sourceAt(2);
	if (source && !isNumbered(0) && !isNumbered(1) && looksLikeAuthorLine(next[1].text)) {
		return { titleLines: 2, authors: i + 2, source: i + 3, sourceValue: source };
	}
	if (next[0] && !isNumbered(0) && hasAuthorSeparators(next[0].text)) {
		return { titleLines: 1, authors: i + 1 };
	}
	return undefined;
}

function parseWprim(text: string, lines: LineTable): ParsedDocument {
	const entries: Entry[] = [];
	const problems: Problem[] = [];
	const footer: Span[] = [];
	let open: Entry | undefined;
	let abstractClosed = true;
	for (let i = 0; i < lines.starts.length; i++) {
		const line = trimmedLine(text, lines, i);
		const length = line.end - line.start;
		if (length === 0) {
			abstractClosed ||= open?.abstract !== undefined;
			continue;
		}
		if (length <= 15 && FOOTER.has(text.slice(line.start, line.end).toLowerCase())) {
			footer.push(line);
			open = undefined;
			continue;
		}
		const header = readHeader(text, lines, i);
		if (header) {
			open = buildEntry(text, lines, i, header);
			entries.push(open);
			abstractClosed = false;
			i = Math.max(header.source ?? 0, header.authors ?? 0, i + header.titleLines - 1);
		} else if (open && !abstractClosed) {
			open.abstract ??= { span: { start: line.start, end: line.end }, sections: [] };
			open.abstract.span.end = line.end;
			open.span.end = line.end;
			open.endLine = i;
		} else {
			problems.push({ code: 'unrecognised-line', severity: 'information', message: UNRECOGNISED, span: line });
		}
	}
	for (const entry of entries) {
		if (entry.abstract) {
			entry.abstract.sections = findAbstractSections(text, entry.abstract.span);
		}
	}
	return { dialect: 'wprim', entries, problems, footer, lineStarts: lines.starts };
}

function buildEntry(text: string, lines: LineTable, i: number, header: Header): Entry {
	const first = trimmedLine(text, lines, i);
	const numberText = NUMBERED.exec(text.slice(first.start, first.start + 9))?.[1] ?? '';
	const [titleStart, titleEnd] = trimRange(text, first.start + numberText.length + 1, first.end);
	const wrapped = header.titleLines > 1 ? trimmedLine(text, lines, i + 1) : undefined;
	const entry = new WprimEntry(text);
	entry.number = Number(numberText);
	entry.numberSpan = { start: first.start, end: first.start + numberText.length };
	entry.title = wrapped ? `${text.slice(titleStart, titleEnd)} ${text.slice(wrapped.start, wrapped.end)}`.trim() : text.slice(titleStart, titleEnd);
	entry.titleSpan = { start: titleStart, end: wrapped ? wrapped.end : titleEnd };
	entry.span = { start: first.start, end: wrapped ? wrapped.end : first.end };
	entry.startLine = i;
	entry.endLine = i + header.titleLines - 1;
	if (header.authors !== undefined) {
		entry.authorsSpan = trimmedLine(text, lines, header.authors);
		entry.span.end = entry.authorsSpan.end;
		entry.endLine = header.authors;
	}
	if (header.source !== undefined && header.sourceValue) {
		entry.source = header.sourceValue;
		entry.span.end = header.sourceValue.span.end;
		entry.endLine = header.source;
	}
	return entry;
}

/**
 * An entry whose authors and identifiers are read on first use: the outline of a large dump needs neither for
 * most entries. `toJSON` gives the plain data with both filled in.
 */
class WprimEntry implements Entry {
	number = 0;
	numberSpan: Span = { start: 0, end: 0 };
	title = '';
	titleSpan: Span = { start: 0, end: 0 };
	authorsSpan: Span | undefined = undefined;
	source: Source | undefined = undefined;
	abstract: Entry['abstract'] = undefined;
	span: Span = { start: 0, end: 0 };
	startLine = 0;
	endLine = 0;
	#authors: Author[] | undefined;
	#identifiers: Identifier[] | undefined;
	#leadCache: { lead: Author | undefined; count: number } | undefined;
	readonly #text: string;

	constructor(text: string) {
		this.#text = text;
	}

	get authors(): Author[] {
		const span = this.authorsSpan;
		return (this.#authors ??= span ? parseAuthors(this.#text.slice(span.start, span.end), span.start) : []);
	}

	set authors(value: Author[]) {
		this.#authors = value;
	}

	get leadAuthor(): Author | undefined {
		return this.#authors ? this.#authors[0] : this.#lead().lead;
	}

	get authorCount(): number {
		return this.#authors ? this.#authors.length : this.#lead().count;
	}

	#lead(): { lead: Author | undefined; count: number } {
		const span = this.authorsSpan;
		return (this.#leadCache ??= span ? readLeadAuthor(this.#text.slice(span.start, span.end), span.start) : { lead: undefined, count: 0 });
	}

	get identifiers(): Identifier[] {
		return (this.#identifiers ??= findIdentifiers(this.#text, this.span));
	}

	set identifiers(value: Identifier[]) {
		this.#identifiers = value;
	}

	toJSON(): Entry {
		return { ...this, authors: this.authors, leadAuthor: this.leadAuthor, authorCount: this.authorCount, identifiers: this.identifiers };
	}
}
