/** Outline (document symbols), folding ranges, document links and smart selection of one dump. */
import { FoldingRangeKind, type DocumentSymbol, type SelectionRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildOutline, type OutlineItem } from '../../../core/src/index';
import { findDocumentLinks, findFoldingBlocks, findSelectionSpans } from '../../../core/src/index';
import type { ServerContext } from '../context';
import { toRange, toRangeOf, toSymbolKind } from '../convert';
import { runSafe } from '../runSafe';

/** Registers the outline, folding, link and smart-selection handlers. */
export function registerSymbols(context: ServerContext): void {
	const { connection, documents, cache } = context;
	const log = connection.console;
	connection.onDocumentSymbol((params, token) => runSafe(log, 'outline', token, () => {
		const document = documents.get(params.textDocument.uri);
		if (!document) {
			return null;
		}
		const limit = context.settings().maxOutlineItems;
		const outline = buildOutline(cache.get(document), { resultLimit: limit, onResultLimitExceeded: (max) => context.notifyLimit(document.uri, 'outline', max) });
		return outline.map((item) => toSymbol(document, item));
	}));
	connection.onFoldingRanges((params, token) => runSafe(log, 'folding', token, () => {
		const document = documents.get(params.textDocument.uri);
		if (!document) {
			return null;
		}
		const limit = context.settings().maxOutlineItems;
		return findFoldingBlocks(cache.get(document), { resultLimit: limit, onResultLimitExceeded: (max) => context.notifyLimit(document.uri, 'folding', max) })
			.map((block) => ({ startLine: block.startLine, endLine: block.endLine, kind: FoldingRangeKind.Region }));
	}));
	connection.onDocumentLinks((params, token) => runSafe(log, 'links', token, () => {
		const document = documents.get(params.textDocument.uri);
		if (!document) {
			return null;
		}
		return findDocumentLinks(cache.get(document), { resultLimit: context.settings().maxOutlineItems })
			.map((link) => ({ range: toRange(document, link.span), target: link.target, tooltip: link.tooltip }));
	}));
	connection.onSelectionRanges((params, token) => runSafe(log, 'selection', token, () => {
		const document = documents.get(params.textDocument.uri);
		if (!document) {
			return null;
		}
		const parsed = cache.get(document);
		return params.positions.map((position) => {
			// Built from the outermost span in, so each range names the one around it; outside every paper, the position.
			const spans = findSelectionSpans(parsed, document.offsetAt(position));
			let range: SelectionRange | undefined;
			for (let k = spans.length - 1; k >= 0; k--) {
				range = { range: toRange(document, spans[k]), parent: range };
			}
			return range ?? { range: { start: position, end: position } };
		});
	}));
}

function toSymbol(document: TextDocument, item: OutlineItem): DocumentSymbol {
	return {
		name: item.name,
		detail: item.detail,
		kind: toSymbolKind(item.kind),
		range: toRangeOf(document, item.start, item.end),
		selectionRange: toRangeOf(document, item.selectionStart, item.selectionEnd),
		children: item.children.map((child) => toSymbol(document, child)),
	};
}
