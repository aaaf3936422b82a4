/** The entry and abstract objects the WPRIM reader makes: compact, with the parts few features need read on demand. */
import { findAbstractSections } from '../abstract';
import { countAuthors, parseAuthors, readLeadAuthor } from '../authors';
import { findIdentifiers } from '../identifiers';
import type { Abstract, AbstractSection, Author, Entry, Identifier, Source, Span } from '../model';

/**
 * An abstract whose sections are found when read, on every read (only the outline reads them, once per request):
 * kept, they would hold four objects per entry of a large dump for nothing.
 */
export class WprimAbstract implements Abstract {
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
export class WprimEntry implements Entry {
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
			this.#lead = readLeadAuthor(this.text.slice(this.authorsStart, this.authorsEnd), this.authorsStart) ?? null;
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
