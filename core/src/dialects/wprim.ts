/**
 * The WPRIM result-list dialect: `N.Title`, an author line, a source line, an optional abstract, repeated, with the
 * page footer `Result Analysis / Print / Save / E-mail`. An entry starts only where a numbered line is followed by
 * an author or source line, so `2.` at the start of an abstract line is not mistaken for an entry.
 */
import { hasAuthorSeparators, looksLikeAuthorLine } from '../authors';
import { skipSpaces, skipSpacesBack, trimRange, type LineTable } from '../lines';
import type { Entry, ParsedDocument, Problem, Source, Span } from '../model';
import { parseSource } from '../source';
import type { Dialect } from './dialect';
import { WprimAbstract, WprimEntry } from './wprimEntry';

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
	return skipSpaces(text, lines.starts[i], lines.ends[i]);
}

function trimmedEnd(text: string, lines: LineTable, i: number, trimmedStartOfLine: number): number {
	return skipSpacesBack(text, trimmedStartOfLine, lines.ends[i]);
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
