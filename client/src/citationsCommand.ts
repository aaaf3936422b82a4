/**
 * "Literature Dump: Export Citations…": format, scope, duplicates, destination; then the server formats with progress
 * and the result is saved, opened or copied. "Copy Citation" copies one entry in the default format.
 */
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { exportCitationsRequest, type ExportCitationsParams, type ExportCitationsResult } from '../../server/src/protocol';
import { exportFormatChoices, type FormatChoice } from './formats';
import { defaultOutputUri, deliver, pickOutputTarget } from './output';

type Scope = 'file' | 'selection' | 'cursor' | 'workspace';

/** Registers the export and copy commands. */
export function registerCitationsCommands(context: vscode.ExtensionContext, ready: () => Promise<LanguageClient>): void {
	context.subscriptions.push(
		vscode.commands.registerCommand('litdump.exportCitations', async (uri?: vscode.Uri) => {
			const editor = vscode.window.activeTextEditor;
			const source = uri ?? editor?.document.uri;
			if (!source) {
				void vscode.window.showInformationMessage('Open a literature dump first, then run "Export Citations".');
				return;
			}
			const format = await pickFormat();
			const scope = format && await pickScope(editor && editor.document.uri.toString() === source.toString() ? editor : undefined);
			const dedupe = scope && await pickDedupe();
			const target = dedupe !== undefined && await pickOutputTarget('Citations');
			if (!format || !scope || dedupe === undefined || !target) {
				return;
			}
			const client = await ready();
			const params: ExportCitationsParams = {
				uri: source.toString(),
				format: format.id,
				scope: scope === 'workspace' ? 'workspace' : 'file',
				dedupe,
				...(scope === 'selection' || scope === 'cursor' ? { ranges: editor?.selections.map((selection) => client.code2ProtocolConverter.asRange(selection)) } : {}),
			};
			const result = await runWithProgress(client, `Exporting ${format.label}`, params);
			if (!result) {
				return;
			}
			const where = await deliver(result.content, target, defaultOutputUri(source, format.extension), format.languageId, { [format.label]: [format.extension.slice(1)] });
			if (where) {
				showSummary(result, where);
			}
		}),
		vscode.commands.registerCommand('litdump.copyCitation', async (uri?: string, line?: number) => {
			const editor = vscode.window.activeTextEditor;
			const target = uri ?? editor?.document.uri.toString();
			const at = line ?? editor?.selection.active.line;
			if (!target || at === undefined) {
				return;
			}
			const format = vscode.workspace.getConfiguration('litdump').get<string>('export.defaultFormat', 'bibtex');
			const position = { line: at, character: 0 };
			const result = await (await ready()).sendRequest<ExportCitationsResult>(exportCitationsRequest, { uri: target, format, ranges: [{ start: position, end: position }], numbered: false } satisfies ExportCitationsParams);
			if (result.count === 0) {
				void vscode.window.showInformationMessage('No entry at the cursor to copy.');
				return;
			}
			await vscode.env.clipboard.writeText(result.content);
			void vscode.window.setStatusBarMessage(`Copied the citation (${format}) to the clipboard.`, 4000);
		}),
	);
}

async function pickFormat(): Promise<FormatChoice | undefined> {
	const preferred = vscode.workspace.getConfiguration('litdump').get<string>('export.defaultFormat', 'bibtex');
	const choices = exportFormatChoices().sort((a, b) => Number(b.id === preferred) - Number(a.id === preferred));
	return vscode.window.showQuickPick(choices.map((choice) => ({ ...choice, label: choice.label, description: choice.id === preferred ? 'default' : choice.extension })), { title: 'Export Citations (1/4): format', placeHolder: 'Citation format' });
}

async function pickScope(editor: vscode.TextEditor | undefined): Promise<Scope | undefined> {
	const items: Array<vscode.QuickPickItem & { scope: Scope }> = [{ label: 'The whole file', scope: 'file' }];
	if (editor && !editor.selection.isEmpty) {
		items.push({ label: 'The selected entries', scope: 'selection' });
	}
	if (editor) {
		items.push({ label: 'The entry under the cursor', scope: 'cursor' });
	}
	items.push({ label: 'All dumps in the workspace', scope: 'workspace' });
	return (await vscode.window.showQuickPick(items, { title: 'Export Citations (2/4): which entries', placeHolder: 'Scope' }))?.scope;
}

async function pickDedupe(): Promise<boolean | undefined> {
	const picked = await vscode.window.showQuickPick([
		{ label: 'Leave out duplicates', description: 'keep the first copy of each paper', dedupe: true },
		{ label: 'Keep every entry', dedupe: false },
	], { title: 'Export Citations (3/4): duplicates' });
	return picked?.dedupe;
}

async function runWithProgress(client: LanguageClient, title: string, params: ExportCitationsParams): Promise<ExportCitationsResult | undefined> {
	return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
		const workDoneToken = `litdump-export-${Date.now()}`;
		let reported = 0;
		const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
			if (value.kind === 'report' && value.percentage !== undefined) {
				progress.report({ increment: value.percentage - reported, message: value.message });
				reported = value.percentage;
			}
		});
		try {
			return await client.sendRequest<ExportCitationsResult>(exportCitationsRequest, { ...params, workDoneToken }, token);
		} catch (error) {
			if (token.isCancellationRequested) {
				void vscode.window.showInformationMessage('Export cancelled; nothing was written.');
				return undefined;
			}
			throw error;
		} finally {
			listener.dispose();
		}
	});
}

function showSummary(result: ExportCitationsResult, where: string): void {
	const parts = [`Exported ${result.count} citation${result.count === 1 ? '' : 's'} to ${where}`];
	parts.push(`${result.duplicatesLeftOut} duplicate${result.duplicatesLeftOut === 1 ? '' : 's'} left out`);
	parts.push(`${result.skipped.length} skipped`);
	const message = `${parts.join('; ')}.`;
	if (result.skipped.length > 0 || result.warnings.length > 0) {
		void vscode.window.showWarningMessage(message, 'Show details').then((choice) => {
			if (choice) {
				const details = [...result.skipped.map((item) => `#${item.entry}${item.uri ? ` (${item.uri})` : ''}: ${item.reason}`), ...result.warnings].join('\n');
				void vscode.workspace.openTextDocument({ content: details, language: 'plaintext' }).then((document) => vscode.window.showTextDocument(document));
			}
		});
	} else {
		void vscode.window.showInformationMessage(message);
	}
}
