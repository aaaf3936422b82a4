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
	span: Span;
	/** The part to reveal and highlight when the item is picked (the title for a paper). */
	selectionSpan: Span;
	children: OutlineItem[];
}

/** Builds the outline of `document`, at most `resultLimit` papers (the callback hears when more were left out). */
export function buildOutline(document: ParsedDocument, limits: ResultLimit = {}): OutlineItem[] {
	const limit = limits.resultLimit ?? Number.MAX_SAFE_INTEGER;
	if (document.entries.length > limit) {
		limits.onResultLimitExceeded?.(limit);
	}
	return document.entries.slice(0, limit).map(outlineEntry);
}

/** `Diao W et al. · Chinese Journal of Radiology 2025` — who and where, for a symbol's detail or a hover. */
export function describeEntry(entry: Entry): string {
	const lead = entry.leadAuthor;
	const who = !lead ? '' : entry.authorCount === 1 ? formatShortName(lead) : `${formatShortName(lead)} et al.`;
	const where = [entry.source?.journal, entry.source?.year].filter(Boolean).join(' ');
	return [who, where].filter(Boolean).join(' · ');
}

/** The display name of an entry: its number and title (`(untitled)` for an empty title). */
export function entryLabel(entry: Entry): string {
	return `${entry.number}. ${entry.title || '(untitled)'}`;
}

function outlineEntry(entry: Entry): OutlineItem {
	const children: OutlineItem[] = [];
	if (entry.authorsSpan) {
		const count = entry.authorCount;
		const lead = entry.leadAuthor ? formatShortName(entry.leadAuthor) : '';
		children.push(leaf('Authors', `${count} author${count === 1 ? '' : 's'}${lead ? `: ${lead}${count > 1 ? ' et al.' : ''}` : ''}`, 'authors', entry.authorsSpan));
	}
	if (entry.source) {
		children.push(leaf('Source', entry.source.raw, 'source', entry.source.span));
	}
	if (entry.abstract) {
		const sections = entry.abstract.sections;
		if (sections.length === 0) {
			children.push(leaf('Abstract', '', 'abstract', entry.abstract.span));
		}
		for (const section of sections) {
			children.push({ ...leaf(section.label, '', 'section', section.span), selectionSpan: section.labelSpan });
		}
	}
	return { name: entryLabel(entry), detail: describeEntry(entry), kind: 'paper', span: entry.span, selectionSpan: entry.titleSpan.end > entry.titleSpan.start ? entry.titleSpan : entry.numberSpan, children };
}

function leaf(name: string, detail: string, kind: OutlineKind, span: Span): OutlineItem {
	return { name, detail, kind, span, selectionSpan: span, children: [] };
}
