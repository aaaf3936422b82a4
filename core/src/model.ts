/**
 * Plain data shared by every feature of the language service. All offsets are UTF-16 code-unit
 * indices into the document text (equal to JavaScript string indices and LSP's default encoding).
 */

/** A half-open range `[start, end)` of UTF-16 offsets into the document text. */
export interface Span {
	start: number;
	end: number;
}

/** One author as printed (`raw`) and split into family and given names. */
export interface Author {
	raw: string;
	family: string;
	given: string;
	span: Span;
}

/** The bibliographic source line, e.g. `Chinese Journal of Radiology 2025;59(5):549-557`; any part may be missing. */
export interface Source {
	raw: string;
	span: Span;
	journal?: string;
	year?: number;
	volume?: string;
	issue?: string;
	/** The pages as printed, notes included (`742-8; discussion 748-9`). */
	pages?: string;
	/** The first and last page of the first page range, as printed (`742`, `8`); no last page for a single page. */
	firstPage?: string;
	lastPage?: string;
	/** Where each part sits in the text, for colouring and for precise diagnostics. */
	parts: { journal?: Span; year?: Span; volume?: Span; issue?: Span; pages?: Span };
}

/** A labelled part of a structured abstract (`Objective:`, `Methods`, …). */
export interface AbstractSection {
	/** The label normalised to its usual spelling, e.g. `Conclusions`. */
	label: string;
	/** The label as printed. */
	labelSpan: Span;
	/** The label and its text up to the next label. */
	span: Span;
	/** Only the text after the label. */
	bodySpan: Span;
}

/**
 * Receives one section of an abstract: its usual label, where the label is printed (`[labelStart, labelEnd)`, with its
 * colon), and its body after the label up to the next label, without spaces and tabs at either end.
 */
export type SectionVisitor = (label: string, labelStart: number, labelEnd: number, bodyStart: number, bodyEnd: number) => void;

/** An abstract: its full span and any labelled sections found in it. */
export interface Abstract {
	span: Span;
	sections: AbstractSection[];
	/** Calls `visit` for each section, in order, without making section objects (for outlines of large dumps). */
	forEachSection(visit: SectionVisitor): void;
}

/** A DOI or PubMed identifier found anywhere in an entry. */
export interface Identifier {
	kind: 'doi' | 'pmid';
	value: string;
	span: Span;
}

/** One paper of a dump, with exact ranges for each of its parts. */
export interface Entry {
	/** The number printed before the title (`1.` → 1). */
	number: number;
	numberSpan: Span;
	/** The title with a wrapped second line joined by a space. */
	title: string;
	titleSpan: Span;
	/** The author line, if the entry has one. */
	authorsSpan?: Span;
	/** Every author, parsed on first read. */
	authors: Author[];
	/** The first author and the number of authors, cheap to read without parsing the whole list. */
	readonly leadAuthor: Author | undefined;
	readonly authorCount: number;
	/** The first author's short name as outlines show it (`Diao W`), `''` when the entry names nobody. */
	readonly leadAuthorName: string;
	source?: Source;
	abstract?: Abstract;
	identifiers: Identifier[];
	/** The whole entry, from its number to the end of its last line. */
	span: Span;
	/** 0-based line of the title and of the last line of the entry. */
	startLine: number;
	endLine: number;
}

/** A finding about the text that is not itself a paper, e.g. an unrecognised line. */
export interface Problem {
	code: 'unrecognised-line';
	message: string;
	severity: 'error' | 'warning' | 'information' | 'hint';
	span: Span;
}

/** The most problems a parse lists; more than any editor shows (VS Code shows 1,000 per file), the rest are counted. */
export const MAX_LISTED_PROBLEMS = 10_000;

/** The result of parsing one dump. */
export interface ParsedDocument {
	/** The dialect that read the text, e.g. `wprim`. */
	dialect: string;
	entries: Entry[];
	/** Problems in document order: the first {@link MAX_LISTED_PROBLEMS} found. */
	problems: Problem[];
	/** How many more problems there are than `problems` lists (a text of millions of stray lines would otherwise hold millions of objects). */
	problemsLeftOut: number;
	/** Lines of the result page's footer (`Result Analysis`, `Print`, …), which belong to no entry. */
	footer: Span[];
	/** The start offset of every line; `lineStarts.length` is the line count. */
	lineStarts: Int32Array;
}

/** Bounds every list-producing call takes, in the manner of vscode-json-languageservice. */
export interface ResultLimit {
	resultLimit?: number;
	onResultLimitExceeded?: (limit: number) => void;
}
