/**
 * The litdump language server: `startServer(connection, env)` wires every handler; nothing runs at import.
 * Features live in features/, the language logic in core/.
 */
import { CodeActionKind, DidChangeConfigurationNotification, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext, ServerEnv } from './context';
import { createDocumentCache } from './documentCache';
import { registerCitationsExport } from './features/citationsExport';
import { registerCodeActions } from './features/codeActions';
import { registerCommands } from './features/commands';
import { parseProblems, registerDiagnostics } from './features/diagnostics';
import { createDuplicateService } from './features/duplicates';
import { statisticsProblems, registerStatisticsHover } from './features/statistics';
import { registerStatisticsExport } from './features/statisticsExport';
import { registerSymbols } from './features/symbols';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { defaultSettings, fileTooLargeNotification, ignoreDuplicateCommand, readSettings, resultLimitReachedNotification, type LitdumpSettings } from './protocol';
import { sendQuietly } from './runSafe';
import { createWorkspaceIndex } from './workspaceIndex';

export type { ServerEnv } from './context';

const MAX_WORKSPACE_FILES = 5000;
const IGNORE_FILE = '.litdump-ignore';

/** Calls `work` once, `ms` after the last of a burst of calls. */
function debounce(env: ServerEnv, work: () => void, ms: number): () => void {
	let handle: unknown;
	return () => {
		if (handle !== undefined) {
			env.clearTimeout(handle);
		}
		handle = env.setTimeout(() => {
			handle = undefined;
			work();
		}, ms);
	};
}

/** Starts serving `connection`: registers every handler and begins listening. */
export function startServer(connection: Connection, env: ServerEnv): void {
	const documents = new TextDocuments(TextDocument);
	let settings: LitdumpSettings = { ...defaultSettings };
	let supportsPull = false;
	let supportsConfiguration = false;
	let supportsRefresh = false;
	let workspaceFolders: string[] = [];
	const warnedTooLarge = new Set<string>();
	const notifiedLimits = new Set<string>();
	const workspace = createWorkspaceIndex(() => settings.maxFileSizeMB * 1024 * 1024);

	const context: ServerContext = {
		connection,
		documents,
		cache: createDocumentCache(),
		workspace,
		env,
		settings: () => settings,
		notifyLimit(uri, feature, limit) {
			const key = `${uri}|${feature}`;
			if (!notifiedLimits.has(key)) {
				notifiedLimits.add(key);
				sendQuietly(connection.console, 'notice', connection.sendNotification(resultLimitReachedNotification, { uri, feature, limit }));
			}
		},
		isTooLarge(document) {
			const chars = document.getText().length;
			const limit = settings.maxFileSizeMB * 1024 * 1024;
			if (chars <= limit) {
				return false;
			}
			if (!warnedTooLarge.has(document.uri)) {
				warnedTooLarge.add(document.uri);
				sendQuietly(connection.console, 'notice', connection.sendNotification(fileTooLargeNotification, { uri: document.uri, sizeMB: Math.round(chars / 1024 / 102.4) / 10, limitMB: settings.maxFileSizeMB }));
			}
			return true;
		},
	};

	connection.onInitialize((params): InitializeResult => {
		const capabilities = params.capabilities;
		supportsPull = capabilities.textDocument?.diagnostic !== undefined;
		supportsConfiguration = capabilities.workspace?.configuration === true;
		supportsRefresh = capabilities.workspace?.diagnostics?.refreshSupport === true;
		workspaceFolders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
		if (workspaceFolders.length === 0 && params.rootUri) {
			workspaceFolders = [params.rootUri];
		}
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				documentSymbolProvider: { label: 'Literature dump' },
				foldingRangeProvider: true,
				selectionRangeProvider: true,
				documentLinkProvider: { resolveProvider: false },
				workspaceSymbolProvider: true,
				hoverProvider: true,
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Empty] },
				executeCommandProvider: { commands: [ignoreDuplicateCommand] },
				...(supportsPull ? { diagnosticProvider: { identifier: 'litdump', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
			},
			serverInfo: { name: 'litdump-language-server', version: '0.1.0' },
		};
	});

	let recheckSoon: () => void = () => undefined;
	const duplicates = createDuplicateService(context, () => recheckSoon());
	const recheck = registerDiagnostics(context, [parseProblems, duplicates.provider, statisticsProblems], () => supportsPull, () => supportsRefresh);
	recheckSoon = debounce(env, recheck, 300);
	registerStatisticsHover(context);
	registerStatisticsExport(context);
	registerCitationsExport(context, duplicates.selectFirstCopies);
	registerCodeActions(context, duplicates);
	const ignoreFileUri = () => workspaceFolders[0] ? `${workspaceFolders[0].replace(/\/$/, '')}/${IGNORE_FILE}` : undefined;
	registerCommands(context, ignoreFileUri, (text) => {
		duplicates.setIgnoreList(text);
		recheck();
	});
	registerSymbols(context);
	registerWorkspaceSymbols(context);

	connection.onInitialized(async () => {
		if (supportsConfiguration) {
			sendQuietly(connection.console, 'registration', connection.client.register(DidChangeConfigurationNotification.type, { section: 'litdump' }));
			await loadSettings();
		}
		await loadIgnoreList();
		await indexWorkspace();
		recheck();
	});
	connection.onDidChangeConfiguration(async (change) => {
		if (supportsConfiguration) {
			await loadSettings();
		} else if (change.settings?.litdump) {
			settings = readSettings(change.settings.litdump);
		}
		recheck();
	});
	connection.onDidChangeWatchedFiles(async (change) => {
		let changed = false;
		for (const event of change.changes) {
			changed = true;
			if (event.uri.endsWith(`/${IGNORE_FILE}`)) {
				await loadIgnoreList();
			} else if (event.type === 3) {
				workspace.remove(event.uri);
			} else {
				await workspace.refreshFromDisk(event.uri, env);
			}
		}
		if (changed) {
			recheckSoon();
		}
	});
	documents.onDidChangeContent((change) => {
		const document = change.document;
		workspace.setOpen(document.uri, document.getText(), context.cache.get(document));
	});
	documents.onDidClose(async (event) => {
		context.cache.delete(event.document.uri);
		workspace.close(event.document.uri);
		await workspace.refreshFromDisk(event.document.uri, env);
	});

	async function loadSettings(): Promise<void> {
		try {
			const value = await connection.workspace.getConfiguration('litdump');
			settings = readSettings(value);
		} catch (error) {
			connection.console.error(`litdump: could not read settings: ${String(error)}`);
		}
	}

	async function loadIgnoreList(): Promise<void> {
		const uri = ignoreFileUri();
		duplicates.setIgnoreList(uri ? await env.readFile(uri) : undefined);
	}

	async function indexWorkspace(): Promise<void> {
		for (const folder of workspaceFolders) {
			try {
				for (const uri of await env.listFiles(folder, MAX_WORKSPACE_FILES)) {
					await workspace.refreshFromDisk(uri, env);
				}
			} catch (error) {
				connection.console.error(`litdump: could not index ${folder}: ${String(error)}`);
			}
		}
		connection.console.log(`litdump: indexed ${workspace.size} dump file${workspace.size === 1 ? '' : 's'} in the workspace`);
	}

	documents.listen(connection);
	connection.listen();
}
