/** Switches plain-text documents that look like literature dumps to the litdump language, and the manual command. */
import * as vscode from 'vscode';
import { looksLikeDump } from '../../core/src/parse';

const HEAD_CHARS = 64 * 1024;

/** Watches opened documents and registers "Treat This File as a Literature Dump". */
export function registerAutoDetect(context: vscode.ExtensionContext): void {
	const consider = (document: vscode.TextDocument) => {
		if (document.languageId !== 'plaintext' || !vscode.workspace.getConfiguration('litdump', document).get<boolean>('autoDetect', true)) {
			return;
		}
		const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 400), 0)).slice(0, HEAD_CHARS);
		if (looksLikeDump(head)) {
			void vscode.languages.setTextDocumentLanguage(document, 'litdump');
		}
	};
	context.subscriptions.push(
		vscode.workspace.onDidOpenTextDocument(consider),
		vscode.commands.registerCommand('litdump.treatAsDump', async () => {
			const editor = vscode.window.activeTextEditor;
			if (!editor) {
				void vscode.window.showInformationMessage('Open a file first, then run "Treat This File as a Literature Dump".');
				return;
			}
			await vscode.languages.setTextDocumentLanguage(editor.document, 'litdump');
		}),
	);
	vscode.workspace.textDocuments.forEach(consider);
}
