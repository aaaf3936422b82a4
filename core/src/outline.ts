/** The document outline: one symbol per paper, with its authors, source and abstract sections as children. */
import type { Entry, ParsedDocument, ResultLimit, Span } from './model';

/** What an outline item stands for; the server maps it to an LSP SymbolKind. */
export type OutlineKind = 'paper' | 'authors' | 'source' | 'abstract' | 'section';

/** One node of the outline tree. */
export interface OutlineItem {
	name: string;
	detail: string;
	kind: OutlineKind;
	/** The whole range the item covers. */
	readonly span: Span;
	/** The part to reveal and highlight when the item is picked (the title for a paper). */
	readonly selectionSpan: Span;
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
	for (let k = 0; k < items.length; k++) {
		items[k] = new PaperItem(entries[k]);
	}
	return items;
}

/** `Diao W et al. · Chinese Journal of Radiology 2025` — who and where, for a symbol's detail or a hover. */
export function describeEntry(entry: Entry): string {
	const lead = entry.leadAuthorName;
	return describeWithLead(entry, lead, lead ? entry.authorCount : 0);
}

/** {@link describeEntry} given the lead author's short name and (when there is one) the author count. */
function describeWithLead(entry: Entry, lead: string, authorCount: number): string {
	const who = !lead ? '' : authorCount === 1 ? lead : `${lead} et al.`;
	const source = entry.source;
	const journal = source?.journal ?? '';
	const year = source?.year;
	const where = year === undefined ? journal : journal ? `${journal} ${year}` : String(year);
	return who && where ? `${who} · ${where}` : who || where;
}

/** The display name of an entry: its number and title (`(untitled)` for an empty title). */
export function entryLabel(entry: Entry): string {
	return `${entry.number}. ${entry.title || '(untitled)'}`;
}

/** A paper of the outline, read from its entry on demand (its children are made anew on each read). */
class PaperItem implements OutlineItem {
	get kind(): OutlineKind {
		return 'paper';
	}

	/** The lead author's short name and the author count, which both the detail and the authors child show. */
	#lead: string | undefined = undefined;
	#count = -1;

	constructor(private readonly entry: Entry) {}

	get #leadName(): string {
		return (this.#lead ??= this.entry.leadAuthorName);
	}

	get #authorCount(): number {
		if (this.#count < 0) {
			this.#count = this.entry.authorCount;
		}
		return this.#count;
	}

	get name(): string {
		return entryLabel(this.entry);
	}

	get detail(): string {
		const lead = this.#leadName;
		return describeWithLead(this.entry, lead, lead ? this.#authorCount : 0);
	}

	get span(): Span {
		return this.entry.span;
	}

	get selectionSpan(): Span {
		const title = this.entry.titleSpan;
		return title.end > title.start ? title : this.entry.numberSpan;
	}

	get children(): OutlineItem[] {
		const entry = this.entry;
		const authors = entry.authorsSpan;
		const source = entry.source;
		const abstract = entry.abstract;
		const sections = abstract?.sections ?? [];
		// Made at its final size: a paper has at most a few children, and there are many papers.
		const children = new Array<OutlineItem>((authors ? 1 : 0) + (source ? 1 : 0) + (abstract ? Math.max(1, sections.length) : 0));
		let k = 0;
		if (authors) {
			const count = this.#authorCount;
			const lead = this.#leadName;
			children[k++] = leaf('Authors', `${count} author${count === 1 ? '' : 's'}${lead ? `: ${lead}${count > 1 ? ' et al.' : ''}` : ''}`, 'authors', authors, authors);
		}
		if (source) {
			const span = source.span;
			children[k++] = leaf('Source', source.raw, 'source', span, span);
		}
		if (abstract && sections.length === 0) {
			const span = abstract.span;
			children[k++] = leaf('Abstract', '', 'abstract', span, span);
		}
		for (const section of sections) {
			children[k++] = leaf(section.label, '', 'section', section.span, section.labelSpan);
		}
		// The lead name has served both the detail and the authors child: let it go rather than hold a string per paper.
		this.#lead = undefined;
		return children;
	}

	toJSON(): OutlineItem {
		return { name: this.name, detail: this.detail, kind: this.kind, span: this.span, selectionSpan: this.selectionSpan, children: this.children };
	}
}

const NO_CHILDREN: readonly OutlineItem[] = Object.freeze([]);

/** A child item (authors, source, abstract or section): plain data, made each time a paper's children are read. */
function leaf(name: string, detail: string, kind: OutlineKind, span: Span, selectionSpan: Span): OutlineItem {
	return { name, detail, kind, span, selectionSpan, children: NO_CHILDREN };
}
