/**
 * The entries the WPRIM reader makes: every offset of every entry in one typed-array table (no object per part, and
 * nothing for the garbage collector to copy), with small entry objects that read their row when asked.
 */
import { findAbstractSections, findColonKinds, visitAbstractSections } from '../abstract';
import { countAuthors, formatShortName, parseAuthors, readLeadAuthor, type NameOrder } from '../authors';
import { findIdentifiers } from '../identifiers';
import { readLeadShortName } from '../leadName';
import { findNameOrder, NAME_ORDER_SAMPLE } from '../nameOrder';
import type { Abstract, AbstractSection, Author, Entry, Identifier, SectionVisitor, Source, Span } from '../model';
import { OutlinePaper, PaperFacts } from '../outlinePapers';
import { isAsciiDigit } from '../characters';
import { isSpace } from '../lines';
import { ParsedSource, SOURCE_FIELDS } from '../source';

// The columns of an entry's row. A missing part has start -1 (authors, source, abstract). What is cheap to find again
// is not kept: where the number ends (its digits are read), where a wrapped title's second line starts (past the
// first line's break), where the abstract ends (where the entry does). A large dump's table is fresh memory that the
// parse must touch, ~100 bytes an entry.
const START = 0;
const NUMBER = 1;
const TITLE_START = 2;
/** The end of the title's first line; TITLE_END is the end of the wrapped second line when there is one. */
const TITLE_FIRST_END = 3;
const TITLE_END = 4;
const AUTHORS_START = 5;
const AUTHORS_END = 6;
const SOURCE_START = 7;
const SOURCE_END = 8;
const ABSTRACT_START = 9;
const END = 10;
const START_LINE = 11;
const END_LINE = 12;
/** Where the source's part offsets start ({@link SOURCE_FIELDS} numbers, as `scanSource` writes them). */
export const SOURCE_PARTS = 13;
const STRIDE = SOURCE_PARTS + SOURCE_FIELDS;
/** The most rows made before any is needed (~10 MB); a guess can be far off for hostile text. */
const MAX_INITIAL_ROWS = 100_000;

/** The offsets of every entry of one document, a row of numbers each; rows are written by the parser. */
export class EntryRows {
	data: Int32Array;
	#count = 0;
	#colonKinds: readonly string[] | undefined = undefined;
	#nameOrder: NameOrder | undefined = undefined;
	/**
	 * Author lists and identifiers parsed so far, by row (made on first use). Kept here, not on the entries: an entry
	 * object of a large dump is then two fields, and lives through every garbage collection of a parse.
	 */
	#authorLists: Array<Author[] | undefined> | undefined = undefined;
	#identifierLists: Array<Identifier[] | undefined> | undefined = undefined;
	/** What the outline papers of these entries share, kept for the paper read last. */
	readonly paperFacts = new PaperFacts();

	/** `expected`: how many entries there may be (room for more is made when needed). */
	constructor(readonly text: string, expected: number) {
		this.data = new Int32Array(STRIDE * Math.min(Math.max(16, expected), MAX_INITIAL_ROWS));
	}

	/**
	 * Adds the row of an entry whose number `number` starts at `start`, with no authors, source or abstract yet; returns
	 * where the row starts in `data`.
	 */
	add(start: number, number: number): number {
		if ((this.#count + 1) * STRIDE > this.data.length) {
			const grown = new Int32Array(this.data.length * 2);
			grown.set(this.data);
			this.data = grown;
		}
		const row = this.#count++ * STRIDE;
		const data = this.data;
		data[row + START] = start;
		data[row + NUMBER] = number;
		data[row + AUTHORS_START] = -1;
		data[row + SOURCE_START] = -1;
		data[row + ABSTRACT_START] = -1;
		return row;
	}

	/** Sets the title: its first line's trimmed range and, for a wrapped title, where the second line ends (else -1). */
	setTitle(row: number, start: number, firstEnd: number, wrapEnd: number): void {
		this.data[row + TITLE_START] = start;
		this.data[row + TITLE_FIRST_END] = firstEnd;
		this.data[row + TITLE_END] = wrapEnd < 0 ? firstEnd : wrapEnd;
	}

	/** Sets the author line's trimmed range. */
	setAuthors(row: number, start: number, end: number): void {
		this.data[row + AUTHORS_START] = start;
		this.data[row + AUTHORS_END] = end;
	}

	/** Sets the source line's range and copies its part offsets from `parts` (as `scanSource` wrote them). */
	setSource(row: number, start: number, end: number, parts: Int32Array): void {
		this.data[row + SOURCE_START] = start;
		this.data[row + SOURCE_END] = end;
		for (let k = 0; k < SOURCE_FIELDS; k++) {
			this.data[row + SOURCE_PARTS + k] = parts[k];
		}
	}

	/** Sets where the abstract starts (it ends where the entry does). */
	setAbstractStart(row: number, start: number): void {
		this.data[row + ABSTRACT_START] = start;
	}

	/** Sets where the entry ends so far: its last character and line. */
	setEnd(row: number, end: number, endLine: number): void {
		this.data[row + END] = end;
		this.data[row + END_LINE] = endLine;
	}

	/** Sets the 0-based line of the entry's number. */
	setStartLine(row: number, line: number): void {
		this.data[row + START_LINE] = line;
	}

	/** The authors of the entry at `row` as parsed or set before, if they were. */
	authorsAt(row: number): Author[] | undefined {
		return this.#authorLists?.[row / STRIDE];
	}

	setAuthorsAt(row: number, authors: Author[]): Author[] {
		return ((this.#authorLists ??= new Array<Author[] | undefined>(this.#count))[row / STRIDE] = authors);
	}

	/** The identifiers of the entry at `row` as found or set before, if they were. */
	identifiersAt(row: number): Identifier[] | undefined {
		return this.#identifierLists?.[row / STRIDE];
	}

	setIdentifiersAt(row: number, identifiers: Identifier[]): Identifier[] {
		return ((this.#identifierLists ??= new Array<Identifier[] | undefined>(this.#count))[row / STRIDE] = identifiers);
	}

	/** How the document writes names in full, found by a vote over its first author lines when first needed. */
	get nameOrder(): NameOrder {
		if (this.#nameOrder === undefined) {
			const lines: string[] = [];
			for (let row = 0; row < this.#count * STRIDE && lines.length < NAME_ORDER_SAMPLE; row += STRIDE) {
				const start = this.data[row + AUTHORS_START];
				if (start >= 0) {
					lines.push(this.text.slice(start, this.data[row + AUTHORS_END]));
				}
			}
			this.#nameOrder = findNameOrder(lines);
		}
		return this.#nameOrder;
	}

	/** The colon kinds the document holds, found when an abstract's sections are first read. */
	get colonKinds(): readonly string[] {
		return (this.#colonKinds ??= findColonKinds(this.text));
	}
}

/**
 * An abstract whose sections are found when read, on every read (only the outline reads them, once per request):
 * kept, they would hold four objects per entry of a large dump for nothing.
 */
export class WprimAbstract implements Abstract {
	readonly span: Span;
	readonly #rows: EntryRows;

	constructor(rows: EntryRows, start: number, end: number) {
		this.#rows = rows;
		this.span = { start, end };
	}

	get sections(): AbstractSection[] {
		return findAbstractSections(this.#rows.text, this.span, this.#rows.colonKinds);
	}

	forEachSection(visit: SectionVisitor): void {
		visitAbstractSections(this.#rows.text, this.span, visit, this.#rows.colonKinds);
	}

	toJSON(): Omit<Abstract, 'forEachSection'> {
		return { span: this.span, sections: this.sections };
	}
}

const MAX_NUMBER_DIGITS = 7;

/** The length of the entry number `N` of a line starting `N.` (or `N．`, `N、`), 0 when the line does not. */
export function readNumberLength(text: string, start: number, end: number): number {
	let i = start;
	while (i < end && i - start <= MAX_NUMBER_DIGITS && isAsciiDigit(text.charCodeAt(i))) {
		i++;
	}
	const digits = i - start;
	const mark = text.charCodeAt(i);
	return digits >= 1 && digits <= MAX_NUMBER_DIGITS && i < end && (mark === 0x2e || mark === 0xff0e || mark === 0x3001) ? digits : 0;
}

/**
 * An entry: a view of its row, with spans, title, source and abstract made when read, authors and identifiers
 * parsed on first use, and its own paper of the outline. `toJSON` gives the entry's plain data with all filled in.
 */
export class WprimEntry extends OutlinePaper implements Entry {
	constructor(private readonly rows: EntryRows, private readonly row: number) {
		super();
	}

	/** The entry is its own outline paper. */
	protected get paperEntry(): Entry {
		return this;
	}

	protected get paperFacts(): PaperFacts {
		return this.rows.paperFacts;
	}

	get number(): number {
		return this.at(NUMBER);
	}

	get numberSpan(): Span {
		const start = this.at(START);
		return { start, end: start + readNumberLength(this.rows.text, start, this.at(TITLE_FIRST_END)) };
	}

	get title(): string {
		const text = this.rows.text;
		const firstEnd = this.at(TITLE_FIRST_END);
		const first = text.slice(this.at(TITLE_START), firstEnd);
		const end = this.at(TITLE_END);
		if (end === firstEnd) {
			return first;
		}
		// The second line starts past the first line's trailing white space, its break and its own leading white space.
		let wrap = firstEnd;
		while (wrap < end && (isSpace(text.charCodeAt(wrap)) || text.charCodeAt(wrap) === 10 || text.charCodeAt(wrap) === 13)) {
			wrap++;
		}
		return `${first} ${text.slice(wrap, end)}`.trim();
	}

	get titleSpan(): Span {
		return { start: this.at(TITLE_START), end: this.at(TITLE_END) };
	}

	get span(): Span {
		return { start: this.at(START), end: this.at(END) };
	}

	get startLine(): number {
		return this.at(START_LINE);
	}

	get endLine(): number {
		return this.at(END_LINE);
	}

	get authorsSpan(): Span | undefined {
		const start = this.at(AUTHORS_START);
		return start < 0 ? undefined : { start, end: this.at(AUTHORS_END) };
	}

	get source(): Source | undefined {
		const start = this.at(SOURCE_START);
		return start < 0 ? undefined : new ParsedSource(this.rows.text, start, this.at(SOURCE_END), this.rows.data, this.row + SOURCE_PARTS);
	}

	get abstract(): Abstract | undefined {
		const start = this.at(ABSTRACT_START);
		return start < 0 ? undefined : new WprimAbstract(this.rows, start, this.at(END));
	}

	get authors(): Author[] {
		return this.rows.authorsAt(this.row) ?? this.rows.setAuthorsAt(this.row, this.authorLine((line, start) => parseAuthors(line, start, this.rows.nameOrder)) ?? []);
	}

	set authors(value: Author[]) {
		this.rows.setAuthorsAt(this.row, value);
	}

	/** Read anew each time unless all authors were parsed: kept, it would be an object per entry that few read twice. */
	get leadAuthor(): Author | undefined {
		const authors = this.rows.authorsAt(this.row);
		return authors ? authors[0] : this.authorLine((line, start) => readLeadAuthor(line, start, this.rows.nameOrder));
	}

	get leadAuthorName(): string {
		const authors = this.rows.authorsAt(this.row);
		if (authors) {
			return authors.length > 0 ? formatShortName(authors[0]) : '';
		}
		const start = this.at(AUTHORS_START);
		return start < 0 ? '' : readLeadShortName(this.rows.text, start, this.at(AUTHORS_END), this.rows);
	}

	get authorCount(): number {
		const authors = this.rows.authorsAt(this.row);
		return authors ? authors.length : this.authorLine(countAuthors) ?? 0;
	}

	get identifiers(): Identifier[] {
		return this.rows.identifiersAt(this.row) ?? this.rows.setIdentifiersAt(this.row, findIdentifiers(this.rows.text, this.span));
	}

	set identifiers(value: Identifier[]) {
		this.rows.setIdentifiersAt(this.row, value);
	}

	toJSON(): Entry {
		const { number, numberSpan, title, titleSpan, authorsSpan, authors, leadAuthor, authorCount, leadAuthorName, source, abstract, identifiers, span, startLine, endLine } = this;
		return { number, numberSpan, title, titleSpan, authorsSpan, authors, leadAuthor, authorCount, leadAuthorName, source, abstract, identifiers, span, startLine, endLine };
	}

	private at(column: number): number {
		return this.rows.data[this.row + column];
	}

	/** `read` applied to the author line and its offset; undefined when the entry has no author line. */
	private authorLine<T>(read: (line: string, start: number) => T): T | undefined {
		const start = this.at(AUTHORS_START);
		return start < 0 ? undefined : read(this.rows.text.slice(start, this.at(AUTHORS_END)), start);
	}
}
