/** A test client speaking real LSP over streams: in-process (a stream pair) or to a spawned `node dist/server.js --stdio`. */
import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import {
	createProtocolConnection, StreamMessageReader, StreamMessageWriter,
	type ClientCapabilities, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { afterEach } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc';
import { startServer, type ServerEnv } from '../../server/src/server';

/** Shuts down (never `exit`) whatever client `current()` holds after each test of the calling file. */
export function closeAfterEach(current: () => TestClient | undefined): void {
	afterEach(async () => {
		await current()?.close();
	});
}

/** A connected client plus the diagnostics the server pushed and the notifications it sent. */
export interface TestClient {
	connection: ProtocolConnection;
	pushed: PublishDiagnosticsParams[];
	notifications: Array<{ method: string; params: unknown }>;
	/** Sends `shutdown` (never `exit`) and closes the streams. */
	close(): Promise<void>;
}

/** Files the in-process server can "read from disk", keyed by uri. */
export function memoryEnv(files: Record<string, string> = {}): ServerEnv {
	return {
		readFile: async (uri) => files[uri],
		// Characters stand in for bytes: the test files are ASCII.
		readHead: async (uri, bytes) => files[uri]?.slice(0, bytes),
		writeFile: async (uri, content) => {
			files[uri] = content;
		},
		listFiles: async (folder, limit) => Object.keys(files).filter((uri) => uri.startsWith(folder)).slice(0, limit),
		setTimeout: (callback, ms) => setTimeout(callback, ms),
		clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
	};
}

/** Starts the server in this process, connected through two stream pairs. */
export function startInProcess(env: ServerEnv = memoryEnv()): TestClient {
	const up = new PassThrough();
	const down = new PassThrough();
	const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
	startServer(serverConnection, env);
	const connection = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
	return attach(connection, () => {
		// End the streams rather than dispose mid-flight: both sides see the peer go away, as with a real editor.
		up.end();
		down.end();
	});
}

/** Spawns the bundled server as a user's editor would. */
export function startSpawned(serverPath: string): TestClient & { process: ChildProcess } {
	const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	const client = attach(connection, () => {
		// Closing stdin after shutdown makes the server exit by itself; kill it only if it hangs.
		child.stdin?.end();
		setTimeout(() => child.kill(), 3000).unref();
	});
	return { ...client, process: child };
}

function attach(connection: ProtocolConnection, end: () => void): TestClient {
	const pushed: PublishDiagnosticsParams[] = [];
	const notifications: Array<{ method: string; params: unknown }> = [];
	connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => pushed.push(params));
	// The protocol connection's type hides jsonrpc's catch-all handler; every other notification lands here.
	(connection as unknown as MessageConnection).onNotification((method: string, params: unknown) => notifications.push({ method, params }));
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
	connection.onRequest('client/registerCapability', () => null);
	connection.onRequest('workspace/diagnostic/refresh', () => null);
	connection.listen();
	const close = async () => {
		await connection.sendRequest('shutdown', undefined).catch(() => undefined);
		end();
	};
	return { connection, pushed, notifications, close };
}

/** Sends `initialize` and `initialized`, with pull diagnostics when `pull` is true. */
export async function initialize(client: TestClient, options: { pull?: boolean; rootUri?: string } = {}): Promise<unknown> {
	const capabilities: ClientCapabilities = {
		textDocument: {
			documentSymbol: { hierarchicalDocumentSymbolSupport: true },
			...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
			publishDiagnostics: { relatedInformation: true },
		},
		workspace: { configuration: true, workspaceFolders: true },
	};
	const result = await client.connection.sendRequest('initialize', {
		processId: null,
		rootUri: options.rootUri ?? null,
		capabilities,
		workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'workspace' }] : null,
	});
	await client.connection.sendNotification('initialized', {});
	// The server logs when it has read its settings and indexed the workspace: from then on it is settled.
	await waitFor(() => client.notifications.find((note) => note.method === 'window/logMessage' && String((note.params as { message?: string }).message).includes('indexed')));
	return result;
}

/** Opens a document in the server. */
export async function open(client: TestClient, uri: string, text: string, version = 1): Promise<void> {
	await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'litdump', version, text } });
}

/** Waits until `check` returns a value (polling every 20 ms), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined, timeoutMs = 5000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = check();
		if (value !== undefined) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error('timed out waiting for the server');
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
