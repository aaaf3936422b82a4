/**
 * The WPRIM result-list dialect: `N.Title`, an author line, a source line, an optional abstract, repeated, with the
 * page footer `Result Analysis / Print / Save / E-mail`. An entry starts only where a numbered line is followed by
 * an author or source line, so `2.` at the start of an abstract line is not mistaken for an entry.
 */
import { findAbstractSections } from '../abstract';
import { countAuthors, hasAuthorSeparators, looksLikeAuthorLine, parseAuthors, readLeadAuthor } from '../authors';
import { findIdentifiers } from '../identifiers';
import { isSpace, trimRange, type LineTable } from '../lines';
import type { Abstract, AbstractSection, Author, Entry, Identifier, ParsedDocument, Problem, Source, Span } from '../model';
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
			const start = trimmedStart(text, lines, i);
			if (readHeader(text, lines, i, start, trimmedEnd(text, lines, i, start))?.source !== undefined) {
				entries++;
			}
		}
		return entries / 2;
	},
	parse: parseWprim,
};

/** The trimmed bounds of line `i`, as numbers: the parse loop runs over every line and allocates nothing for most. */
function trimmedStart(text: string, lines: LineTable, i: number): number {
	let start = lines.starts[i];
	const end = lines.ends[i];
	while (start < end && isSpace(text.charCodeAt(start))) {
		start++;
	}
	return start;
}

function trimmedEnd(text: string, lines: LineTable, i: number, trimmedStartOfLine: number): number {
	let end = lines.ends[i];
	while (end > trimmedStartOfLine && isSpace(text.charCodeAt(end - 1))) {
		end--;
	}
	return end;
}

function trimmedLine(text: string, lines: LineTable, i: number): Span {
	const start = trimmedStart(text, lines, i);
	return { start, end: trimmedEnd(text, lines, i, start) };
}

function readHeader(text: string, lines: LineTable, i: number, titleStart: number, titleEnd: number): Header | undefined {
	const first = text.charCodeAt(titleStart);
	if (first < 48 || first > 57) {
		return undefined;
	}
	const numbered = NUMBERED.exec(text.slice(titleStart, Math.min(titleEnd, titleStart + 9)));
	if (!numbered) {
		return undefined;
	}
	const titleEmpty = titleEnd - titleStart === numbered[0].length;
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

/**
 * One pass over the lines. The abstract of the open entry is tracked as two numbers and made into an object only
 * when the entry closes, so an abstract line costs no allocation.
 */
function parseWprim(text: string, lines: LineTable): ParsedDocument {
	const entries: Entry[] = [];
	const problems: Problem[] = [];
	const footer: Span[] = [];
	let open: WprimEntry | undefined;
	let abstractStart = -1;
	let abstractEnd = -1;
	let abstractClosed = true;
	const closeAbstract = () => {
		if (open && abstractStart >= 0) {
			open.abstract = new WprimAbstract(text, abstractStart, abstractEnd);
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
			open = undefined;
			continue;
		}
		const header = readHeader(text, lines, i, start, end);
		if (header) {
			closeAbstract();
			open = buildEntry(text, lines, i, start, end, header);
			entries.push(open);
			abstractClosed = false;
			i = Math.max(header.source ?? 0, header.authors ?? 0, i + header.titleLines - 1);
		} else if (open && !abstractClosed) {
			if (abstractStart < 0) {
				abstractStart = start;
			}
			abstractEnd = end;
			open.end = end;
			open.endLine = i;
		} else {
			problems.push({ code: 'unrecognised-line', severity: 'information', message: UNRECOGNISED, span: { start, end } });
		}
	}
	closeAbstract();
	return { dialect: 'wprim', entries, problems, footer, lineStarts: lines.starts };
}

function buildEntry(text: string, lines: LineTable, i: number, lineStart: number, lineEnd: number, header: Header): WprimEntry {
	const numberLength = NUMBERED.exec(text.slice(lineStart, lineStart + 9))?.[1].length ?? 0;
	const [titleStart, titleEnd] = trimRange(text, lineStart + numberLength + 1, lineEnd);
	const wrapped = header.titleLines > 1 ? trimmedLine(text, lines, i + 1) : undefined;
	const entry = new WprimEntry(text, lineStart, lineStart + numberLength);
	entry.number = Number(text.slice(lineStart, lineStart + numberLength));
	entry.title = wrapped ? `${text.slice(titleStart, titleEnd)} ${text.slice(wrapped.start, wrapped.end)}`.trim() : text.slice(titleStart, titleEnd);
	entry.titleStart = titleStart;
	entry.titleEnd = wrapped ? wrapped.end : titleEnd;
	entry.end = wrapped ? wrapped.end : lineEnd;
	entry.startLine = i;
	entry.endLine = i + header.titleLines - 1;
	if (header.authors !== undefined) {
		entry.authorsStart = trimmedStart(text, lines, header.authors);
		entry.authorsEnd = trimmedEnd(text, lines, header.authors, entry.authorsStart);
		entry.end = entry.authorsEnd;
		entry.endLine = header.authors;
	}
	if (header.source !== undefined && header.sourceValue) {
		entry.source = header.sourceValue;
		entry.end = header.sourceValue.span.end;
		entry.endLine = header.source;
	}
	return entry;
}

/**
 * An abstract whose sections are found when read, on every read (only the outline reads them, once per request):
 * kept, they would hold four objects per entry of a large dump for nothing.
 */
class WprimAbstract implements Abstract {
	readonly span: Span;
	#sections: AbstractSection[] | undefined;
	readonly #text: string;

	constructor(text: string, start: number, end: number) {
		this.#text = text;
		this.span = { start, end };
	}

	get sections(): AbstractSection[] {
		return this.#sections ?? findAbstractSections(this.#text, this.span);
	}

	set sections(value: AbstractSection[]) {
		this.#sections = value;
	}

	toJSON(): Abstract {
		return { span: this.span, sections: this.sections };
	}
}

/**
 * An entry kept compact: offsets as numbers (spans are made when read), authors and identifiers read on first use —
 * the outline of a large dump needs neither for most entries. `toJSON` gives the plain data with all filled in.
 */
class WprimEntry implements Entry {
	number = 0;
	title = '';
	source: Source | undefined = undefined;
	abstract: Entry['abstract'] = undefined;
	startLine = 0;
	endLine = 0;
	titleStart = 0;
	titleEnd = 0;
	/** -1 when the entry has no author line. */
	authorsStart = -1;
	authorsEnd = -1;
	/** The end of the entry's last line so far (the parser extends it over the abstract). */
	end: number;
	#authors: Author[] | undefined = undefined;
	#identifiers: Identifier[] | undefined = undefined;
	/** null: read, and the line names nobody. */
	#lead: Author | null | undefined = undefined;
	#count = -1;

	constructor(private readonly text: string, private readonly start: number, private readonly numberEnd: number) {
		this.end = numberEnd;
	}

	get numberSpan(): Span {
		return { start: this.start, end: this.numberEnd };
	}

	get titleSpan(): Span {
		return { start: this.titleStart, end: this.titleEnd };
	}

	get span(): Span {
		return { start: this.start, end: this.end };
	}

	get authorsSpan(): Span | undefined {
		return this.authorsStart < 0 ? undefined : { start: this.authorsStart, end: this.authorsEnd };
	}

	get authors(): Author[] {
		return (this.#authors ??= this.authorsStart < 0 ? [] : parseAuthors(this.text.slice(this.authorsStart, this.authorsEnd), this.authorsStart));
	}

	set authors(value: Author[]) {
		this.#authors = value;
	}

	get leadAuthor(): Author | undefined {
		if (this.#authors) {
			return this.#authors[0];
		}
		if (this.#lead === undefined && this.authorsStart >= 0) {
			this.#lead = readLeadAuthor(this.text.slice(this.authorsStart, this.authorsEnd), this.authorsStart).lead ?? null;
		}
		return this.#lead ?? undefined;
	}

	get authorCount(): number {
		if (this.#authors) {
			return this.#authors.length;
		}
		if (this.#count < 0) {
			this.#count = this.authorsStart < 0 ? 0 : countAuthors(this.text.slice(this.authorsStart, this.authorsEnd));
		}
		return this.#count;
	}

	get identifiers(): Identifier[] {
		return (this.#identifiers ??= findIdentifiers(this.text, this.span));
	}

	set identifiers(value: Identifier[]) {
		this.#identifiers = value;
	}

	toJSON(): Entry {
		const { number, numberSpan, title, titleSpan, authorsSpan, authors, leadAuthor, authorCount, source, abstract, identifiers, span, startLine, endLine } = this;
		return { number, numberSpan, title, titleSpan, authorsSpan, authors, leadAuthor, authorCount, source, abstract, identifiers, span, startLine, endLine };
	}
}
