/** Workspace symbols: the papers of every dump in the workspace, found by title words or first author. */
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entry } from '../../../core/src/index';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { runSafe } from '../runSafe';

const MAX_WORKSPACE_SYMBOLS = 1000;
// Line tables of indexed files, built on first use and dropped with the file's index record.
const positionsOf = new WeakMap<object, TextDocument>();

/** Registers `workspace/symbol`. */
export function registerWorkspaceSymbols(context: ServerContext): void {
	const { connection, workspace } = context;
	connection.onWorkspaceSymbol((params, token) => runSafe(connection.console, 'workspace symbols', token, () => {
		const words = params.query.toLowerCase().split(/\s+/u).filter(Boolean);
		const found: WorkspaceSymbol[] = [];
		for (const file of workspace.files()) {
			let positions = positionsOf.get(file);
			if (!positions) {
				positions = TextDocument.create(file.uri, 'litdump', 0, file.text);
				positionsOf.set(file, positions);
			}
			for (const entry of file.parsed.entries) {
				const name = symbolName(entry);
				const haystack = name.toLowerCase();
				if (words.every((word) => haystack.includes(word))) {
					found.push({ name, kind: SymbolKind.Class, containerName: containerOf(file.uri, entry), location: { uri: file.uri, range: toRange(positions, entry.titleSpan.end > entry.titleSpan.start ? entry.titleSpan : entry.numberSpan) } });
					if (found.length >= MAX_WORKSPACE_SYMBOLS || token.isCancellationRequested) {
						return found;
					}
				}
			}
		}
		return found;
	}));
}

/** `Machine learning model … — Diao W 2025`: the title with the first author and year, so either finds it. */
export function symbolName(entry: Entry): string {
	const lead = entry.leadAuthorName;
	const tail = [lead, entry.source?.year].filter(Boolean).join(' ');
	return tail ? `${entry.title || '(untitled)'} — ${tail}` : entry.title || '(untitled)';
}

function containerOf(uri: string, entry: Entry): string {
	const file = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
	return `${file} #${entry.number}${entry.source?.journal ? ` · ${entry.source.journal}` : ''}`;
}
