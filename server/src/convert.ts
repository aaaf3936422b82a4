/** Converts core data (UTF-16 offsets) into LSP shapes (line/character positions). */
import { DiagnosticSeverity, SymbolKind, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../../core/src/index';
import type { OutlineKind } from '../../core/src/index';

/** The LSP range of a core span. */
export function toRange(document: TextDocument, span: Span): Range {
	return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** The symbol kind (and so the icon) shown for each outline item. */
export function toSymbolKind(kind: OutlineKind): SymbolKind {
	switch (kind) {
		case 'paper': return SymbolKind.Class;
		case 'authors': return SymbolKind.Field;
		case 'source': return SymbolKind.Property;
		case 'abstract':
		case 'section':
		default: return SymbolKind.String;
	}
}

/** The LSP severity of a core severity name. */
export function toSeverity(severity: 'error' | 'warning' | 'information' | 'hint'): DiagnosticSeverity {
	switch (severity) {
		case 'error': return DiagnosticSeverity.Error;
		case 'warning': return DiagnosticSeverity.Warning;
		case 'information': return DiagnosticSeverity.Information;
		case 'hint':
		default: return DiagnosticSeverity.Hint;
	}
}
