/** VS Code glue: starts the litdump language server, switches dump-looking .txt files to litdump, registers commands. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerAutoDetect } from './autoDetect';
import { registerCitationsCommands } from './citationsCommand';
import { registerEditCommands } from './editCommands';
import { registerNotices } from './notices';
import { createRestartingErrorHandler } from './restarts';
import { registerStatisticsCommand } from './statisticsCommand';

let client: LanguageClient | undefined;

/** Called by VS Code when a litdump (or plain-text) document is first opened. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const serverModule = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: [{ language: 'litdump' }],
		synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.txt,*.litdump,.litdump-ignore}') },
		outputChannelName: 'Literature Dump',
		errorHandler: createRestartingErrorHandler(() => client?.outputChannel),
	};
	client = new LanguageClient('litdump', 'Literature Dump Language Server', serverOptions, clientOptions);
	registerAutoDetect(context);
	registerNotices(context, client);
	registerStatisticsCommand(context, client);
	registerCitationsCommands(context, client);
	registerEditCommands(context, client);
	await client.start();
}

/** Stops the language server with the extension. */
export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
