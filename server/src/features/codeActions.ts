/**
 * Quick fixes for duplicate entries (remove this copy, remove every certain copy in the file, mark as not a duplicate,
 * go to the first copy) and "Copy citation" on an entry's title. Removals are exact WorkspaceEdits: the entry's
 * own lines and nothing of its neighbours, so Undo restores them.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findEntryIndexAt, isOnHeading } from '../../../core/src/index';
import type { Entry, ParsedDocument } from '../../../core/src/index';
import type { ServerContext } from '../context';
import { ignoreDuplicateCommand, type DuplicateDiagnosticData } from '../protocol';
import { runSafe } from '../runSafe';
import type { DuplicateService } from './duplicates';

/** Registers `textDocument/codeAction`. */
export function registerCodeActions(context: ServerContext, duplicates: DuplicateService): void {
	const { connection, documents, cache } = context;
	connection.onCodeAction((params, token) => runSafe(connection.console, 'code actions', token, (): CodeAction[] | null => {
		const document = documents.get(params.textDocument.uri);
		if (!document) {
			return null;
		}
		const parsed = cache.get(document);
		const actions: CodeAction[] = [];
		const duplicateDiagnostics = params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'litdump' && (diagnostic.code === 'duplicate-entry' || diagnostic.code === 'possible-duplicate') && diagnostic.data);
		for (const diagnostic of duplicateDiagnostics) {
			actions.push(...duplicateFixes(document, parsed, diagnostic, duplicates));
		}
		const offset = document.offsetAt(params.range.start);
		const index = findEntryIndexAt(parsed, offset);
		if (index >= 0 && isOnHeading(parsed.entries[index], offset)) {
			actions.push({ title: 'Copy citation', kind: CodeActionKind.Empty, command: { title: 'Copy citation', command: 'litdump.copyCitation', arguments: [document.uri, parsed.entries[index].startLine] } });
		}
		return actions;
	}));
}

function duplicateFixes(document: TextDocument, parsed: ParsedDocument, diagnostic: Diagnostic, duplicates: DuplicateService): CodeAction[] {
	const data = diagnostic.data as DuplicateDiagnosticData;
	const entry = parsed.entries.find((candidate) => candidate.startLine === data.line && candidate.number === data.entry);
	if (!entry) {
		return [];
	}
	const actions: CodeAction[] = [{
		title: `Remove duplicate entry #${entry.number}`,
		kind: CodeActionKind.QuickFix,
		diagnostics: [diagnostic],
		isPreferred: data.tier === 'duplicate',
		edit: { changes: { [document.uri]: [removalOf(document, parsed, entry)] } },
	}];
	const certain = duplicates.matchesFor(document.uri, document.getText(), parsed).filter((match) => match.tier === 'duplicate' && match.duplicate.entry.startLine >= 0);
	const laterCopies = [...new Set(certain.map((match) => match.duplicate.entry))].filter((copy) => parsed.entries.includes(copy));
	if (laterCopies.length > 1) {
		actions.push({
			title: `Remove all ${laterCopies.length} duplicates in this file`,
			kind: CodeActionKind.QuickFix,
			diagnostics: [diagnostic],
			edit: { changes: { [document.uri]: laterCopies.map((copy) => removalOf(document, parsed, copy)) } },
		});
	}
	actions.push({
		title: 'Mark as not a duplicate',
		kind: CodeActionKind.QuickFix,
		diagnostics: [diagnostic],
		command: { title: 'Mark as not a duplicate', command: ignoreDuplicateCommand, arguments: [data.ignoreLine] },
	});
	actions.push({
		title: `Go to the first copy (#${data.firstEntry}, line ${data.firstLine + 1})`,
		kind: CodeActionKind.Empty,
		command: { title: 'Go to the first copy', command: 'litdump.revealLine', arguments: [data.firstUri, data.firstLine] },
	});
	return actions;
}

/** Deletes the entry's whole lines, up to (not including) the next line after it; nothing of its neighbours. */
export function removalOf(document: TextDocument, parsed: ParsedDocument, entry: Entry): TextEdit {
	const start = parsed.lineStarts[entry.startLine];
	const next = parsed.lineStarts[entry.endLine + 1];
	const end = next ?? document.getText().length;
	return { range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: '' };
}
