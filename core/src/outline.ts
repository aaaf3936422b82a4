/** The document outline: one symbol per paper, with its authors, source and abstract sections as children. */
import type { Entry, ParsedDocument, ResultLimit, Source, Span } from './model';

/** What an outline item stands for; the server maps it to an LSP SymbolKind. */
export type OutlineKind = 'paper' | 'authors' | 'source' | 'abstract' | 'section';

/**
 * One node of the outline tree. Its ranges are plain offsets, not spans: a large dump's outline has hundreds of
 * thousands of items, read once each, and a span object per range was most of what reading one allocated.
 */
export interface OutlineItem {
	readonly name: string;
	readonly detail: string;
	readonly kind: OutlineKind;
	/** The whole range the item covers: `[start, end)`. */
	readonly start: number;
	readonly end: number;
	/** The part to reveal and highlight when the item is picked (the title for a paper). */
	readonly selectionStart: number;
	readonly selectionEnd: number;
	readonly children: readonly OutlineItem[];
}

/**
 * Builds the outline of `document`, at most `resultLimit` papers (the callback hears when more were left out). Papers
 * are views of the parsed entries: a paper's name, detail and children are made when read, so a caller that converts
 * the outline to another form (as the language server does) holds one copy of a large outline in memory, not two.
 */
export function buildOutline(document: ParsedDocument, limits: ResultLimit = {}): OutlineItem[] {
	const limit = limits.resultLimit ?? Number.MAX_SAFE_INTEGER;
	if (document.entries.length > limit) {
		limits.onResultLimitExceeded?.(limit);
	}
	const entries = document.entries;
	// One array of the final size (a slice then a map would copy a large outline's list twice).
	const items = new Array<OutlineItem>(Math.min(entries.length, limit));
	const facts = new PaperFacts();
	for (let k = 0; k < items.length; k++) {
		items[k] = new PaperItem(entries[k], facts);
	}
	return items;
}

/** `Diao W et al. · Chinese Journal of Radiology 2025` — who and where, for a symbol's detail or a hover. */
export function describeEntry(entry: Entry): string {
	const lead = entry.leadAuthorName;
	return describeWithLead(entry.source, lead, lead ? entry.authorCount : 0);
}

/** {@link describeEntry} given the entry's source, the lead author's short name and (when there is one) the author count. */
function describeWithLead(source: Source | undefined, lead: string, authorCount: number): string {
	const who = !lead ? '' : authorCount === 1 ? lead : `${lead} et al.`;
	const journal = source?.journal ?? '';
	const year = source?.year;
	const where = year === undefined ? journal : journal ? `${journal} ${year}` : String(year);
	return who && where ? `${who} · ${where}` : who || where;
}

/** The display name of an entry: its number and title (`(untitled)` for an empty title). */
export function entryLabel(entry: Entry): string {
	return `${entry.number}. ${entry.title || '(untitled)'}`;
}

/**
 * What several of a paper's fields show (its range, its title's, its lead author's short name, author count and
 * source), each found once, when first asked, for the paper read last: one per outline, not per paper, so a large
 * outline's papers stay two fields each.
 */
class PaperFacts {
	#entry: Entry | undefined = undefined;
	#span: Span | undefined = undefined;
	#selection: Span | undefined = undefined;
	#lead: string | undefined = undefined;
	#count = -1;
	#source: Source | undefined | null = null;

	/** Makes these the facts of `entry` (forgetting another paper's). */
	of(entry: Entry): this {
		if (this.#entry !== entry) {
			this.forget();
			this.#entry = entry;
		}
		return this;
	}

	get entry(): Entry {
		return this.#entry as Entry;
	}

	get span(): Span {
		return (this.#span ??= this.entry.span);
	}

	/** The title, or the number when the title is empty. */
	get selection(): Span {
		if (this.#selection === undefined) {
			const title = this.entry.titleSpan;
			this.#selection = title.end > title.start ? title : this.entry.numberSpan;
		}
		return this.#selection;
	}

	get lead(): string {
		return (this.#lead ??= this.entry.leadAuthorName);
	}

	get source(): Source | undefined {
		if (this.#source === null) {
			this.#source = this.entry.source;
		}
		return this.#source;
	}

	get authorCount(): number {
		if (this.#count < 0) {
			this.#count = this.entry.authorCount;
		}
		return this.#count;
	}

	/** Lets go of the facts (once a paper's children, read last, have been read). */
	forget(): void {
		this.#entry = undefined;
		this.#span = undefined;
		this.#selection = undefined;
		this.#lead = undefined;
		this.#count = -1;
		this.#source = null;
	}
}

/** A paper of the outline, read from its entry on demand (its children are made anew on each read). */
class PaperItem implements OutlineItem {
	get kind(): OutlineKind {
		return 'paper';
	}

	// Offsets are read from the entry on each read, not kept: a large outline's papers stay small.
	constructor(private readonly entry: Entry, private readonly facts: PaperFacts) {}

	get start(): number {
		return this.facts.of(this.entry).span.start;
	}

	get end(): number {
		return this.facts.of(this.entry).span.end;
	}

	get selectionStart(): number {
		return this.facts.of(this.entry).selection.start;
	}

	get selectionEnd(): number {
		return this.facts.of(this.entry).selection.end;
	}

	get name(): string {
		return entryLabel(this.entry);
	}

	get detail(): string {
		const facts = this.facts.of(this.entry);
		return describeWithLead(facts.source, facts.lead, facts.lead ? facts.authorCount : 0);
	}

	get children(): OutlineItem[] {
		const entry = this.entry;
		const facts = this.facts.of(entry);
		const authors = entry.authorsSpan;
		const source = facts.source;
		const abstract = entry.abstract;
		// Room for the authors, the source and the usual four sections; more sections grow it, and it is cut to size.
		const children = new Array<OutlineItem>(6);
		let k = 0;
		if (authors) {
			const count = facts.authorCount;
			const lead = facts.lead;
			children[k++] = new LeafItem('Authors', `${count} author${count === 1 ? '' : 's'}${lead ? `: ${lead}${count > 1 ? ' et al.' : ''}` : ''}`, 'authors', authors.start, authors.end, authors.start, authors.end);
		}
		if (source) {
			const span = source.span;
			children[k++] = new LeafItem('Source', source.raw, 'source', span.start, span.end, span.start, span.end);
		}
		if (abstract) {
			const first = k;
			abstract.forEachSection((label, labelStart, labelEnd, _bodyStart, bodyEnd) => {
				children[k++] = new LeafItem(label, '', 'section', labelStart, bodyEnd, labelStart, labelEnd);
			});
			if (k === first) {
				const span = abstract.span;
				children[k++] = new LeafItem('Abstract', '', 'abstract', span.start, span.end, span.start, span.end);
			}
		}
		// Cut to size only when short of the usual six (setting the length is a runtime call even when it is unchanged).
		if (k < children.length) {
			children.length = k;
		}
		// The lead name and source have served both the detail and the children: let them go rather than hold them.
		facts.forget();
		return children;
	}

	toJSON(): OutlineItem {
		const { name, detail, kind, start, end, selectionStart, selectionEnd, children } = this;
		return { name, detail, kind, start, end, selectionStart, selectionEnd, children };
	}
}

const NO_CHILDREN: readonly OutlineItem[] = Object.freeze([]);

/** A child item (authors, source, abstract or section): plain data, made each time a paper's children are read. */
class LeafItem implements OutlineItem {
	constructor(
		readonly name: string,
		readonly detail: string,
		readonly kind: OutlineKind,
		readonly start: number,
		readonly end: number,
		readonly selectionStart: number,
		readonly selectionEnd: number,
	) {}

	get children(): readonly OutlineItem[] {
		return NO_CHILDREN;
	}

	toJSON(): OutlineItem {
		const { name, detail, kind, start, end, selectionStart, selectionEnd } = this;
		return { name, detail, kind, start, end, selectionStart, selectionEnd, children: NO_CHILDREN };
	}
}
