/** Server-side commands: record a pair as "not a duplicate" in `.litdump-ignore`; the renumbering edits of a dump. */
import type { TextEdit } from 'vscode-languageserver';
import { ignoreFileHeader } from '../../../core/src/index';
import { computeRenumbering } from '../../../core/src/index';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { ignoreDuplicateCommand, renumberEntriesRequest } from '../protocol';
import { runSafe } from '../runSafe';

/** Registers the commands; `ignoreFileUri` names the workspace's `.litdump-ignore` (undefined without a folder). */
export function registerCommands(context: ServerContext, ignoreFileUri: () => string | undefined, onIgnoreListChanged: (text: string) => void): void {
	const { connection, documents, cache, env } = context;
	let sessionIgnoreList = ignoreFileHeader;
	connection.onExecuteCommand((params, token) => runSafe(connection.console, params.command, token, async () => {
		if (params.command !== ignoreDuplicateCommand) {
			return null;
		}
		const line = String(params.arguments?.[0] ?? '');
		const uri = ignoreFileUri();
		if (!uri) {
			// No folder to keep the file in: remember the pair for this session only.
			sessionIgnoreList += line;
			onIgnoreListChanged(sessionIgnoreList);
			connection.window.showInformationMessage('Marked as not a duplicate for this session (open a folder to keep it in .litdump-ignore).');
			return null;
		}
		const before = (await env.readFile(uri)) ?? ignoreFileHeader;
		const after = `${before}${before.endsWith('\n') ? '' : '\n'}${line}`;
		await env.writeFile(uri, after);
		onIgnoreListChanged(after);
		return null;
	}));
	connection.onRequest(renumberEntriesRequest, (params: { uri: string }, token) => runSafe(connection.console, 'renumber', token, (): TextEdit[] => {
		const document = documents.get(params.uri);
		if (!document) {
			return [];
		}
		return computeRenumbering(cache.get(document)).map((edit) => ({ range: toRange(document, edit.span), newText: edit.newText }));
	}));
}
