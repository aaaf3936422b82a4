import { describe, expect, it } from 'vitest';
import type { DocumentSymbol, FoldingRange, DocumentLink, WorkspaceSymbol, DocumentDiagnosticReport, SelectionRange } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildOutline, type OutlineItem } from '../../core/src/outline';
import { parseDocument } from '../../core/src/parse';
import { closeAfterEach, initialize, memoryEnv, open, startInProcess, type TestClient, waitFor } from './lspClient';
import { sample, sampleUri } from './sample';

const uri = sampleUri;
let client: TestClient | undefined;
closeAfterEach(() => client);

describe('outline over LSP (in-process)', () => {
	it('answers documentSymbol with one symbol per paper, named by number and title, with children', async () => {
		client = startInProcess();
		const init = await initialize(client) as { capabilities: Record<string, unknown> };
		expect(init.capabilities.documentSymbolProvider).toBeTruthy();
		expect(init.capabilities.textDocumentSync).toBe(2);
		await open(client, uri, sample);
		const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as DocumentSymbol[];
		expect(symbols).toHaveLength(10);
		expect(symbols[0].name).toBe('1. Machine learning model based on contrast enhanced CT images for predicting mitotic index in gastrointestinal stromal tumors: a dual-center study');
		expect(symbols[0].detail).toBe('Diao W et al. · Chinese Journal of Radiology 2025');
		expect(symbols[0].range.start).toEqual({ line: 0, character: 0 });
		expect(symbols[0].range.end.line).toBe(3);
		expect(symbols[0].selectionRange).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 146 } });
		expect(symbols[0].children?.map((child) => child.name)).toEqual(['Authors', 'Source', 'Objective', 'Methods', 'Results', 'Conclusions']);
		expect(symbols[9].name.startsWith('10. Expert consensus')).toBe(true);
	});

	it.each([['LF', sample], ['CRLF and a byte-order mark', `\ufeff${sample.replace(/\n/g, '\r\n')}`]])('places every symbol where the document puts its offsets (%s)', async (_, text) => {
		client = startInProcess();
		await initialize(client);
		await open(client, uri, text);
		const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as DocumentSymbol[];
		const document = TextDocument.create(uri, 'litdump', 1, text);
		const expected = (item: OutlineItem): unknown => ({
			name: item.name,
			range: { start: document.positionAt(item.start), end: document.positionAt(item.end) },
			selectionRange: { start: document.positionAt(item.selectionStart), end: document.positionAt(item.selectionEnd) },
			children: item.children.map(expected),
		});
		const actual = (symbol: DocumentSymbol): unknown => ({ name: symbol.name, range: symbol.range, selectionRange: symbol.selectionRange, children: (symbol.children ?? []).map(actual) });
		expect(symbols.map(actual)).toEqual(buildOutline(parseDocument(text)).map(expected));
		// Sections carry no detail and leaves no child list: both are optional, and left out to keep large outlines small.
		expect(symbols[0].children?.[2]).not.toHaveProperty('detail');
		expect(symbols[0].children?.[2]).not.toHaveProperty('children');
	});

	it('folds each entry and links DOIs', async () => {
		client = startInProcess();
		await initialize(client);
		const text = '1.A title\nWenjun DIAO\nJournal 2018;5(2):e1234 doi:10.1000/xyz.123\nAbstract text.\n2.Another\nYun TAN\nJournal 2020;1(1):1-2\n';
		await open(client, uri, text);
		const folds = await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } }) as FoldingRange[];
		expect(folds.map((fold) => [fold.startLine, fold.endLine])).toEqual([[0, 3], [4, 6]]);
		const links = await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } }) as DocumentLink[];
		expect(links).toHaveLength(1);
		expect(links[0].target).toBe('https://doi.org/10.1000/xyz.123');
		expect(links[0].range.start).toEqual({ line: 2, character: 28 });
	});

	it('answers selectionRange with the parts of the paper around each position, innermost first', async () => {
		client = startInProcess();
		const init = await initialize(client) as { capabilities: Record<string, unknown> };
		expect(init.capabilities.selectionRangeProvider).toBe(true);
		await open(client, uri, sample);
		const lines = sample.split('\n');
		const positions = [{ line: 1, character: lines[1].indexOf('Xiaobo') + 2 }, { line: 2, character: lines[2].indexOf('549') }, { line: lines.indexOf('Result Analysis'), character: 3 }];
		const [author, pages, footer] = await client.connection.sendRequest('textDocument/selectionRange', { textDocument: { uri }, positions }) as SelectionRange[];
		const chain = (range: SelectionRange | undefined): string[] => {
			const texts: string[] = [];
			for (let at = range; at; at = at.parent) {
				const { start, end } = at.range;
				texts.push(start.line === end.line ? lines[start.line].slice(start.character, end.character) : `lines ${start.line}-${end.line}`);
			}
			return texts;
		};
		expect(chain(author)).toEqual(['Xiaobo CHEN', lines[1], 'lines 0-3']);
		expect(chain(pages)).toEqual(['549-557', lines[2], 'lines 0-3']);
		expect(footer.range).toEqual({ start: positions[2], end: positions[2] });
		expect(footer.parent).toBeUndefined();
	});

	it('finds papers of files that are not open through workspace symbols', async () => {
		const other = 'file:///workspace/other.litdump.txt';
		client = startInProcess(memoryEnv({ [other]: sample, 'file:///workspace/notes.txt': 'Shopping list\n1.Milk\n2.Bread\n' }));
		await initialize(client, { rootUri: 'file:///workspace' });
		const found = await waitForSymbols(client, 'diao');
		expect(found.every((symbol) => symbol.location.uri === other)).toBe(true);
		expect(found.map((symbol) => symbol.name)).toEqual([
			'Machine learning model based on contrast enhanced CT images for predicting mitotic index in gastrointestinal stromal tumors: a dual-center study — Diao W 2025',
			'Machine learning model based on contrast enhanced CT images for predicting mitotic index in gastrointestinal stromal tumors: a dual-center study — Diao W 2025',
		]);
		const byTitle = await client.connection.sendRequest('workspace/symbol', { query: 'cardiac magnetic' }) as WorkspaceSymbol[];
		expect(byTitle.map((symbol) => symbol.containerName)).toEqual(['other.litdump.txt #9 · Journal of Chinese Physician']);
	});

	it('indexes a .txt dump of the workspace, and reads only the start of a large .txt file that is not one', async () => {
		const dump = 'file:///workspace/search-2025.txt';
		const notes = 'file:///workspace/big-notes.txt';
		const env = memoryEnv({ [dump]: sample, [notes]: 'Meeting notes, not a dump.\n'.repeat(200_000) });
		const readWhole: string[] = [];
		const readFile = env.readFile;
		env.readFile = async (target) => {
			readWhole.push(target);
			return readFile(target);
		};
		client = startInProcess(env);
		await initialize(client, { rootUri: 'file:///workspace' });
		const found = await waitForSymbols(client, 'diao');
		expect(new Set(found.map((symbol) => symbol.location.uri))).toEqual(new Set([dump]));
		expect(readWhole.filter((target) => target.endsWith('.txt'))).toEqual([dump]);
	});

	it('reports unrecognised lines as Information diagnostics, pulled or pushed', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		const text = `Search results\n${sample}`;
		await open(client, uri, text);
		const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as DocumentDiagnosticReport & { items: Array<{ code: string; message: string; severity: number; range: { start: { line: number } } }> };
		const unrecognised = report.items.filter((item) => item.code === 'unrecognised-line');
		expect(unrecognised).toHaveLength(1);
		expect(unrecognised[0].severity).toBe(3);
		expect(unrecognised[0].range.start.line).toBe(0);
		expect(unrecognised[0].message).toMatch(/^Unrecognised line/);
		await client.close();

		client = startInProcess();
		await initialize(client);
		await open(client, uri, text);
		const pushed = await waitFor(() => client?.pushed.find((params) => params.uri === uri));
		expect(pushed.diagnostics.filter((diagnostic) => diagnostic.code === 'unrecognised-line').map((diagnostic) => diagnostic.range.start.line)).toEqual([0]);
		// The same findings as pulled: duplicates and statistics ride along.
		expect(pushed.diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-entry')).toHaveLength(4);
	});

	it('says how many problems it leaves out when a dump holds a flood of stray lines', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		const pull = async () => (await client!.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as DocumentDiagnosticReport & { items: Array<{ code: string; message: string }> }).items;
		await open(client, uri, sample);
		const ofSample = (await pull()).length;
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${sample}${'stray note\n'.repeat(12_000)}` }] });
		const items = await pull();
		expect(items).toHaveLength(1000);
		expect(items.at(-1)?.code).toBe('too-many-problems');
		// Every stray line counts, also those past the 10,000 the parser lists: 999 of all the problems are shown.
		expect(items.at(-1)?.message).toBe(`Not showing ${ofSample + 12_000 - 999} further problems (litdump.maxNumberOfProblems = 1000).`);
	});

	it('answers requests for unknown documents with null instead of failing', async () => {
		client = startInProcess();
		await initialize(client);
		expect(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.txt' } })).toBeNull();
	});
});

async function waitForSymbols(client: TestClient, query: string): Promise<WorkspaceSymbol[]> {
	const deadline = Date.now() + 5000;
	for (;;) {
		const found = await client.connection.sendRequest('workspace/symbol', { query }) as WorkspaceSymbol[];
		if (found.length > 0 || Date.now() > deadline) {
			return found;
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
