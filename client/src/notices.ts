/** Shows the server's notices (results cut to a limit, files too large for the expensive passes) once each. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { fileTooLargeNotification, resultLimitReachedNotification, type FileTooLargeParams, type ResultLimitReachedParams } from '../../server/src/protocol';

/** Listens for the server's notices and shows them as VS Code messages. */
export function registerNotices(context: vscode.ExtensionContext, client: LanguageClient): void {
	context.subscriptions.push(
		client.onNotification(resultLimitReachedNotification, (params: ResultLimitReachedParams) => {
			void vscode.window.showInformationMessage(`Literature Dump: ${fileName(params.uri)} has more results than shown: the ${params.feature} is limited to ${params.limit} items.`);
		}),
		client.onNotification(fileTooLargeNotification, (params: FileTooLargeParams) => {
			void vscode.window.showWarningMessage(`Literature Dump: ${fileName(params.uri)} is ${params.sizeMB} MB, above litdump.maxFileSizeMB (${params.limitMB} MB). Only the outline is computed for it.`);
		}),
	);
}

function fileName(uri: string): string {
	return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
