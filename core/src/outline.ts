/** The document outline: one symbol per paper, with its authors, source and abstract sections as children. */
import { formatShortName } from './authors';
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
	return document.entries.slice(0, limit).map((entry) => new PaperItem(entry));
}

/** `Diao W et al. · Chinese Journal of Radiology 2025` — who and where, for a symbol's detail or a hover. */
export function describeEntry(entry: Entry): string {
	return describeWithLead(entry, leadName(entry));
}

/** The lead author's short name, `''` when the entry names nobody. */
function leadName(entry: Entry): string {
	return entry.leadAuthor ? formatShortName(entry.leadAuthor) : '';
}

function describeWithLead(entry: Entry, lead: string): string {
	const who = !lead ? '' : entry.authorCount === 1 ? lead : `${lead} et al.`;
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
	readonly kind = 'paper';
	/** The lead author's short name, which both the detail and the authors child show. */
	#lead: string | undefined = undefined;

	constructor(private readonly entry: Entry) {}

	get #leadName(): string {
		return (this.#lead ??= leadName(this.entry));
	}

	get name(): string {
		return entryLabel(this.entry);
	}

	get detail(): string {
		return describeWithLead(this.entry, this.#leadName);
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
		const children: OutlineItem[] = [];
		const authors = entry.authorsSpan;
		if (authors) {
			const count = entry.authorCount;
			const lead = this.#leadName;
			children.push(leaf('Authors', `${count} author${count === 1 ? '' : 's'}${lead ? `: ${lead}${count > 1 ? ' et al.' : ''}` : ''}`, 'authors', authors, authors));
		}
		const source = entry.source;
		if (source) {
			const span = source.span;
			children.push(leaf('Source', source.raw, 'source', span, span));
		}
		const abstract = entry.abstract;
		if (abstract) {
			const sections = abstract.sections;
			if (sections.length === 0) {
				const span = abstract.span;
				children.push(leaf('Abstract', '', 'abstract', span, span));
			}
			for (const section of sections) {
				children.push(leaf(section.label, '', 'section', section.span, section.labelSpan));
			}
		}
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
