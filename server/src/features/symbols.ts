/** Outline (document symbols), folding ranges, document links and smart selection of one dump. */
import { FoldingRangeKind, type DocumentSymbol, type SelectionRange } from 'vscode-languageserver';
import { buildOutline, type OutlineItem } from '../../../core/src/index';
import { findDocumentLinks, findFoldingBlocks, findSelectionSpans } from '../../../core/src/index';
import type { ServerContext } from '../context';
import { toRange, toSymbolKind } from '../convert';
import { PositionCursor } from '../positionCursor';
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
		const parsed = cache.get(document);
		const outline = buildOutline(parsed, { resultLimit: limit, onResultLimitExceeded: (max) => context.notifyLimit(document.uri, 'outline', max) });
		const cursor = new PositionCursor(parsed.lineStarts, document.getText());
		return outline.map((item) => toSymbol(cursor, item));
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

/**
 * The LSP symbol of an outline item. A large dump's outline has hundreds of thousands of these, so a range that is also
 * the selection is one object, a section's label and range share their start, and an empty detail or child list is
 * left out (both are optional in LSP): fewer objects to make and a smaller message to send.
 */
function toSymbol(cursor: PositionCursor, item: OutlineItem): DocumentSymbol {
	const range = cursor.rangeOf(item.start, item.end);
	const sameStart = item.selectionStart === item.start;
	const selectionRange = sameStart && item.selectionEnd === item.end ? range
		: sameStart ? { start: range.start, end: cursor.positionAt(item.selectionEnd) } : cursor.rangeOf(item.selectionStart, item.selectionEnd);
	const symbol: DocumentSymbol = { name: item.name, kind: toSymbolKind(item.kind), range, selectionRange };
	if (item.detail) {
		symbol.detail = item.detail;
	}
	const children = item.children;
	if (children.length > 0) {
		symbol.children = children.map((child) => toSymbol(cursor, child));
	}
	return symbol;
}
