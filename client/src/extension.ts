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

/** Called by VS Code when a litdump (or plain-text) document is first opened, or a litdump command runs. */
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
	const languageClient = new LanguageClient('litdump', 'Literature Dump Language Server', serverOptions, clientOptions);
	client = languageClient;
	// The extension also activates for plain text (to detect dumps); the server starts with the first dump.
	let starting: Promise<void> | undefined;
	const ready = async () => {
		await (starting ??= languageClient.start());
		return languageClient;
	};
	registerNotices(context, languageClient);
	registerStatisticsCommand(context, ready);
	registerCitationsCommands(context, ready);
	registerEditCommands(context, ready);
	context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((document) => {
		if (document.languageId === 'litdump') {
			void ready();
		}
	}));
	registerAutoDetect(context);
	if (vscode.workspace.textDocuments.some((document) => document.languageId === 'litdump')) {
		await ready();
	}
}

/** Stops the language server with the extension. */
export async function deactivate(): Promise<void> {
	if (client?.isRunning()) {
		await client.stop();
	}
	client = undefined;
}
