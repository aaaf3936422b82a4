/**
 * The papers of an outline: what each shows (name, detail, ranges) and its children (authors, source, abstract
 * sections), read from its entry when asked. A dialect's entries may be their own papers ({@link OutlinePaper}).
 */
import type { Entry, Source, Span } from './model';
import type { OutlineItem, OutlineKind } from './outline';

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
 * source), each found once, when first asked, for the paper read last: one set per document (or per outline for
 * wrapped entries), not per paper, so a large outline's papers stay small.
 */
export class PaperFacts {
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

	private get entry(): Entry {
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

/**
 * A paper of the outline, read from an entry on demand (its children are made anew on each read). An entry class may
 * extend it to be its own paper (one object per paper of a large dump, not two); {@link PaperItem} wraps any other.
 */
export abstract class OutlinePaper implements OutlineItem {
	/** The entry the paper shows. */
	protected abstract get paperEntry(): Entry;

	/** Where what the paper's fields share is kept for the paper read last (one per outline or document). */
	protected abstract get paperFacts(): PaperFacts;

	get kind(): OutlineKind {
		return 'paper';
	}

	/** The shared facts, made this paper's. */
	private get facts(): PaperFacts {
		return this.paperFacts.of(this.paperEntry);
	}

	get start(): number {
		return this.facts.span.start;
	}

	get end(): number {
		return this.facts.span.end;
	}

	get selectionStart(): number {
		return this.facts.selection.start;
	}

	get selectionEnd(): number {
		return this.facts.selection.end;
	}

	get name(): string {
		return entryLabel(this.paperEntry);
	}

	get detail(): string {
		const facts = this.facts;
		return describeWithLead(facts.source, facts.lead, facts.lead ? facts.authorCount : 0);
	}

	get children(): OutlineItem[] {
		const entry = this.paperEntry;
		const facts = this.facts;
		const authors = entry.authorsSpan;
		const source = facts.source;
		const abstract = entry.abstract;
		// Room for the authors, the source and the usual four sections; more sections grow it, and it is cut to size.
		const children = new Array<OutlineItem>(6);
		let k = 0;
		if (authors) {
			const count = facts.authorCount;
			children[k++] = new LeafItem('Authors', describeAuthors(count, facts.lead), 'authors', authors.start, authors.end, authors.start, authors.end);
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
}

/** `7 authors: Diao W et al.`, `1 author: Diao W`, `3 authors` (nobody named). */
function describeAuthors(count: number, lead: string): string {
	if (!lead) {
		return count === 1 ? '1 author' : `${count} authors`;
	}
	if (count === 1) {
		return `1 author: ${lead}`;
	}
	return count > 1 ? `${count} authors: ${lead} et al.` : `${count} authors: ${lead}`;
}

/** The paper of an entry that is not its own paper (another dialect's): the entry and the outline's shared facts. */
export class PaperItem extends OutlinePaper {
	constructor(private readonly entry: Entry, private readonly sharedFacts: PaperFacts) {
		super();
	}

	protected get paperEntry(): Entry {
		return this.entry;
	}

	protected get paperFacts(): PaperFacts {
		return this.sharedFacts;
	}

	toJSON(): OutlineItem {
		return toPlainOutlineItem(this);
	}
}

/** An outline item as plain data, its children too (what `JSON.stringify` of an outline gives). */
export function toPlainOutlineItem(item: OutlineItem): OutlineItem {
	const { name, detail, kind, start, end, selectionStart, selectionEnd, children } = item;
	return { name, detail, kind, start, end, selectionStart, selectionEnd, children: children.map(toPlainOutlineItem) };
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
