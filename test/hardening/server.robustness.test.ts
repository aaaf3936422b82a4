/**
 * The server survives hostile clients and hostile files (in-process, over real LSP streams): messages out of order,
 * garbage parameters, unknown documents, binary files, edits racing requests, cancelled requests. Unexpected errors
 * come back as LSP errors and are logged; the server keeps answering afterwards.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CancellationTokenSource, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { generateDump } from '../../bench/generate';
import { initialize, open, startInProcess, waitFor, type TestClient } from '../server/lspClient';
import { sampleText } from '../fuzz/arbitraries';

const uri = 'file:///workspace/dump.litdump.txt';
let client: TestClient | undefined;

afterEach(async () => {
	await client?.close();
	client = undefined;
});

/** The error a request was answered with, or undefined when it succeeded. */
async function errorOf(request: Promise<unknown>): Promise<{ code: number; message: string } | undefined> {
	try {
		await request;
		return undefined;
	} catch (error) {
		return error as { code: number; message: string };
	}
}

async function outline(target = uri): Promise<DocumentSymbol[] | null> {
	return client!.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: target } }) as Promise<DocumentSymbol[] | null>;
}

const logged = () => client!.notifications.filter((note) => note.method === 'window/logMessage').map((note) => String((note.params as { message: string }).message));

describe('the language server survives hostile messages', () => {
	it('answers a request sent before initialize without dying, then initializes normally', async () => {
		client = startInProcess();
		const early = await Promise.race([outline().then(() => 'answered', () => 'refused'), new Promise((resolve) => setTimeout(() => resolve('no answer'), 2000))]);
		expect(['answered', 'refused']).toContain(early);
		await initialize(client, { pull: true });
		await open(client, uri, sampleText);
		expect(await outline()).toHaveLength(10);
	});

	it('ignores didChange and didClose for a document it never saw', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [{ text: 'x' }] });
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 8 }, contentChanges: [{ range: { start: { line: 99, character: 0 }, end: { line: 100, character: 0 } }, text: 'y' }] });
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		expect(await outline()).toBeNull();
		await open(client, uri, sampleText);
		expect(await outline()).toHaveLength(10);
	});

	it('answers garbage parameters with an LSP error, logs it, and keeps serving', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		await open(client, uri, sampleText);
		for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/hover', 'textDocument/codeAction', 'litdump/exportCitations']) {
			const error = await errorOf(client.connection.sendRequest(method, { nonsense: true }));
			// RequestFailed for a handler that broke on them, InvalidParams for one that checks its parameters.
			expect([-32803, -32602], method).toContain(error?.code);
		}
		await waitFor(() => logged().find((message) => /outline failed: .*TypeError/s.test(message)));
		await client.connection.sendNotification('textDocument/didOpen', { garbage: [1, 2, 3] });
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri }, contentChanges: 'not a list' });
		await client.connection.sendNotification('litdump/noSuchNotification', null);
		const unknownMethod = await errorOf(client.connection.sendRequest('litdump/noSuchRequest', {}));
		expect(unknownMethod?.code).toBe(-32601);
		expect(await outline()).toHaveLength(10);
	});

	it('answers requests for unknown URIs with nothing, not an error', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		const unknown = 'file:///nowhere/never-opened.txt';
		expect(await outline(unknown)).toBeNull();
		expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } })).toBeNull();
		expect(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: unknown }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })).toBeNull();
		expect(await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: unknown } })).toEqual({ kind: 'full', items: [] });
		const exported = await errorOf(client.connection.sendRequest('litdump/exportCitations', { uri: unknown, format: 'bibtex' }));
		expect(exported === undefined || exported.code !== -32603).toBe(true);
	});

	it('reads a binary file opened as a dump: outline, diagnostics and hover all answer', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		let seed = 7;
		const bytes = Array.from({ length: 200_000 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256);
		const binary = String.fromCharCode(...bytes.slice(0, 100_000)) + '\uD800\uDFFF\uDC00' + String.fromCharCode(...bytes.slice(100_000));
		await open(client, uri, `\uFEFF${binary}\n${sampleText}`);
		const symbols = await outline();
		expect(symbols!.length).toBeGreaterThanOrEqual(10);
		const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { items: unknown[] };
		expect(report.items.length).toBeGreaterThan(0);
		await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } });
		await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
	});

	it('answers each request for the version current when it was asked, while edits stream in', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		const entries = sampleText.split(/(?=^\d+\.)/m);
		await open(client, uri, entries[0]);
		const answers: Array<Promise<DocumentSymbol[] | null>> = [];
		for (let version = 2; version <= entries.length; version++) {
			void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: entries.slice(0, version).join('') }] });
			answers.push(outline());
		}
		const counts = (await Promise.all(answers)).map((symbols) => symbols?.length);
		expect(counts).toEqual(entries.slice(1).map((_, k) => k + 2));
	});

	it('a cancelled export answers RequestCancelled, and the server goes on', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		await open(client, uri, generateDump(3000));
		const source = new CancellationTokenSource();
		const exporting = client.connection.sendRequest('litdump/exportCitations', { uri, format: 'vancouver' }, source.token);
		setTimeout(() => source.cancel(), 50);
		const error = await errorOf(exporting);
		expect(error?.code).toBe(-32800);
		expect(await outline()).toHaveLength(3000);
	}, 60_000);

	it('an edit during a long export does not break it: the export finishes or is cancelled, never an internal error', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		await open(client, uri, generateDump(300));
		const exporting = client.connection.sendRequest('litdump/exportCitations', { uri, format: 'vancouver' }) as Promise<{ count: number }>;
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: sampleText }] });
		const result = await exporting.catch((error: { code: number }) => error);
		if ('code' in result) {
			expect(result.code).toBe(-32800);
		} else {
			expect([300, 10]).toContain(result.count);
		}
		expect(await outline()).toHaveLength(10);
	}, 60_000);
});
