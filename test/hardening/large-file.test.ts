/**
 * Big files in the server: above `litdump.maxFileSizeMB` a dump gets its outline but no duplicate or statistics
 * passes, and the user is told once; long result lists are cut with a notice. (Timings of a 50 MB dump live in
 * bench/reliability.ts, not in a timed unit test.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { generateDump } from '../../bench/generate';
import { initialize, open, startInProcess, waitFor, type TestClient } from '../server/lspClient';

const uri = 'file:///workspace/big.litdump.txt';
let client: TestClient | undefined;

afterEach(async () => {
	await client?.close();
	client = undefined;
});

/** A server whose `litdump` settings are `settings`. */
async function startWith(settings: Record<string, unknown>): Promise<TestClient> {
	const started = startInProcess();
	started.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
	await initialize(started, { pull: true });
	return started;
}

/** About 1.5 million characters: 800 generated papers, then an exact copy of the first one. */
const dump = (() => {
	const text = generateDump(800);
	const first = text.slice(0, text.indexOf('\n2.'));
	return `${text}${first.replace(/^1\./, '801.')}\n`;
})();

async function pull(): Promise<Diagnostic[]> {
	const report = await client!.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { items: Diagnostic[] };
	return report.items;
}

const tooLargeNotes = () => client!.notifications.filter((note) => note.method === 'litdump/fileTooLarge');

describe('large documents', () => {
	it('under the size limit, the planted copy is reported as a duplicate', async () => {
		client = await startWith({ maxFileSizeMB: 50 });
		await open(client, uri, dump);
		expect((await pull()).filter((diagnostic) => diagnostic.code === 'duplicate-entry').map((diagnostic) => diagnostic.message.slice(0, 16))).toEqual(['Duplicate of #1 ']);
		expect(tooLargeNotes()).toEqual([]);
	}, 60_000);

	it('above litdump.maxFileSizeMB: the full outline, no duplicate or statistics checks, one fileTooLarge notice', async () => {
		expect(dump.length).toBeGreaterThan(1024 * 1024);
		client = await startWith({ maxFileSizeMB: 1 });
		await open(client, uri, dump);
		const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as DocumentSymbol[];
		expect(symbols).toHaveLength(801);
		const diagnostics = await pull();
		expect(diagnostics.filter((diagnostic) => diagnostic.code !== 'unrecognised-line')).toEqual([]);
		await pull();
		await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 10 } });
		const notes = await waitFor(() => tooLargeNotes().length > 0 ? tooLargeNotes() : undefined);
		expect(notes).toHaveLength(1);
		expect(notes[0].params).toMatchObject({ uri, limitMB: 1 });
	}, 60_000);

	it('cuts the outline at litdump.maxOutlineItems and says so', async () => {
		client = await startWith({ maxOutlineItems: 50 });
		await open(client, uri, dump);
		const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as DocumentSymbol[];
		expect(symbols).toHaveLength(50);
		const note = await waitFor(() => client!.notifications.find((candidate) => candidate.method === 'litdump/resultLimitReached'));
		expect(note.params).toMatchObject({ uri, feature: 'outline', limit: 50 });
	}, 60_000);
});
