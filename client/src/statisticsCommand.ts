/** "Literature Dump: Export Statistics": every extracted statistic of the current dump as CSV or JSON. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportStatisticsRequest, type ExportStatisticsParams, type ExportStatisticsResult } from '../../server/src/protocol';
import { defaultOutputUri, deliver, pickOutputTarget } from './output';

/** Registers the statistics export command. */
export function registerStatisticsCommand(context: vscode.ExtensionContext, ready: () => Promise<LanguageClient>): void {
	context.subscriptions.push(vscode.commands.registerCommand('litdump.exportStatistics', async (uri?: vscode.Uri) => {
		const source = uri ?? vscode.window.activeTextEditor?.document.uri;
		if (!source) {
			void vscode.window.showInformationMessage('Open a literature dump first, then run "Export Statistics".');
			return;
		}
		const format = await vscode.window.showQuickPick([
			{ label: 'CSV', description: 'one row per statistic, for spreadsheets and R', format: 'csv' as const },
			{ label: 'JSON', description: 'the same rows as JSON', format: 'json' as const },
		], { title: 'Export Statistics', placeHolder: 'Format' });
		if (!format) {
			return;
		}
		const target = await pickOutputTarget('Statistics');
		if (!target) {
			return;
		}
		const client = await ready();
		const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Extracting statistics…', cancellable: true }, (_progress, token) =>
			client.sendRequest<ExportStatisticsResult>(exportStatisticsRequest, { uri: source.toString(), format: format.format } satisfies ExportStatisticsParams, token));
		const where = await deliver(result.content, target, defaultOutputUri(source, `.statistics.${format.format}`), format.format === 'json' ? 'json' : 'csv', { [format.label]: [format.format] });
		if (where) {
			void vscode.window.showInformationMessage(`Exported ${result.count} statistic${result.count === 1 ? '' : 's'} to ${where}.`);
		}
	}));
}
