/** Navigation and editing commands: reveal an entry (for "Go to the first copy"), renumber the entries of a dump. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { renumberEntriesRequest } from '../../server/src/protocol';

/** Registers `litdump.revealLine` and `litdump.renumberEntries`. */
export function registerEditCommands(context: vscode.ExtensionContext, ready: () => Promise<LanguageClient>): void {
	context.subscriptions.push(
		vscode.commands.registerCommand('litdump.revealLine', async (uri: string, line: number) => {
			const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
			const position = new vscode.Position(line, 0);
			await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
		}),
		vscode.commands.registerCommand('litdump.renumberEntries', async () => {
			const editor = vscode.window.activeTextEditor;
			if (!editor || editor.document.languageId !== 'litdump') {
				void vscode.window.showInformationMessage('Open a literature dump first, then run "Renumber Entries".');
				return;
			}
			const client = await ready();
			const edits = await client.sendRequest<TextEdit[]>(renumberEntriesRequest, { uri: editor.document.uri.toString() });
			if (edits.length === 0) {
				void vscode.window.showInformationMessage('The entries are already numbered 1, 2, 3, …');
				return;
			}
			const workspaceEdit = new vscode.WorkspaceEdit();
			workspaceEdit.set(editor.document.uri, edits.map((edit) => vscode.TextEdit.replace(client.protocol2CodeConverter.asRange(edit.range), edit.newText)));
			await vscode.workspace.applyEdit(workspaceEdit);
			void vscode.window.setStatusBarMessage(`Renumbered ${edits.length} entr${edits.length === 1 ? 'y' : 'ies'} (Undo restores the old numbers).`, 5000);
		}),
	);
}
