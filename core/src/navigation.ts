/** Folding ranges and document links (DOIs, PMIDs) for a parsed dump. */
import type { ParsedDocument, ResultLimit, Span } from './model';
import { lineAt } from './lines';

/** A foldable block of whole lines (0-based, inclusive). */
export interface FoldingBlock {
	startLine: number;
	endLine: number;
}

/** A link from a span of text to an address. */
export interface DocumentLink {
	span: Span;
	target: string;
	tooltip: string;
}

/** One fold per entry that spans more than one line, and one for the page footer. */
export function findFoldingBlocks(document: ParsedDocument, limits: ResultLimit = {}): FoldingBlock[] {
	const blocks: FoldingBlock[] = [];
	for (const entry of document.entries) {
		if (entry.endLine > entry.startLine) {
			blocks.push({ startLine: entry.startLine, endLine: entry.endLine });
		}
	}
	if (document.footer.length > 1) {
		const first = lineAt(document.lineStarts, document.footer[0].start);
		const last = lineAt(document.lineStarts, document.footer[document.footer.length - 1].start);
		if (last > first) {
			blocks.push({ startLine: first, endLine: last });
		}
	}
	return capped(blocks, limits);
}

/** Links every DOI to doi.org and every PMID to PubMed. */
export function findDocumentLinks(document: ParsedDocument, limits: ResultLimit = {}): DocumentLink[] {
	const links: DocumentLink[] = [];
	for (const entry of document.entries) {
		for (const id of entry.identifiers) {
			links.push(id.kind === 'doi'
				? { span: id.span, target: `https://doi.org/${encodeURI(id.value)}`, tooltip: `Open DOI ${id.value}` }
				: { span: id.span, target: `https://pubmed.ncbi.nlm.nih.gov/${id.value}/`, tooltip: `Open PMID ${id.value} in PubMed` });
		}
	}
	return capped(links, limits);
}

function capped<T>(items: T[], limits: ResultLimit): T[] {
	const limit = limits.resultLimit ?? Number.MAX_SAFE_INTEGER;
	if (items.length <= limit) {
		return items;
	}
	limits.onResultLimitExceeded?.(limit);
	return items.slice(0, limit);
}
