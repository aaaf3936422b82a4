import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from '../../core/src/parse';
import { closeAfterEach, initialize, memoryEnv, open, startInProcess, type TestClient } from './lspClient';
import { sample, sampleUri } from './sample';

const uri = sampleUri;
let client: TestClient | undefined;
closeAfterEach(() => client);

async function pull(target = uri): Promise<Diagnostic[]> {
	const report = await client!.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: target } }) as { items: Diagnostic[] };
	return report.items.filter((diagnostic) => diagnostic.code === 'duplicate-entry' || diagnostic.code === 'possible-duplicate');
}

function apply(text: string, edits: TextEdit[]): string {
	return TextDocument.applyEdits(TextDocument.create('file:///x', 'litdump', 1, text), edits);
}

describe('duplicate diagnostics over LSP', () => {
	it('flags exactly entries 5, 6, 7, 8 of the sample as copies of 3, 4, 1, 2', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		await open(client, uri, sample);
		const found = await pull();
		expect(found.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity, diagnostic.code])).toEqual([
			[16, 2, 'duplicate-entry'], [20, 2, 'duplicate-entry'], [24, 2, 'duplicate-entry'], [28, 2, 'duplicate-entry'],
		]);
		expect(found[0].message).toMatch(/^Duplicate of #3 \(line 9\): same title/);
		expect(found[2].message).toMatch(/^Duplicate of #1 \(line 1\): same title.*same authors 7\/7/);
		expect(found[0].source).toBe('litdump');
		expect(found[0].relatedInformation?.map((info) => [info.location.uri, info.location.range.start.line])).toEqual([[uri, 8]]);
	});

	it('points into another file of the workspace that is not open', async () => {
		const other = 'file:///workspace/earlier.litdump.txt';
		const later = 'file:///workspace/zz-later.txt';
		const firstFour = sample.split('\n').slice(0, 16).join('\n') + '\n';
		client = startInProcess(memoryEnv({ [other]: firstFour }));
		await initialize(client, { pull: true, rootUri: 'file:///workspace' });
		await open(client, later, sample);
		const found = await pull(later);
		const onEntry1 = found.find((diagnostic) => diagnostic.range.start.line === 0);
		expect(onEntry1?.message).toMatch(/^Duplicate of #1 in earlier\.litdump\.txt \(line 1\): /);
		expect(onEntry1?.relatedInformation?.map((info) => info.location.uri)).toEqual([other, later]);
		expect(onEntry1?.relatedInformation?.[0].location.range.start.line).toBe(0);
		// Entries 1–4 repeat the other file, 5–8 repeat both: eight later copies in this file.
		expect(found).toHaveLength(8);
	});

	it('in file scope, re-checks a document after each edit: a removed copy is no longer flagged, the others keep their lines', async () => {
		client = startInProcess();
		client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ duplicates: { scope: 'file' } })));
		await initialize(client, { pull: true });
		await open(client, uri, sample);
		expect((await pull()).map((diagnostic) => diagnostic.range.start.line)).toEqual([16, 20, 24, 28]);
		// Entry 5 (lines 17–20, a copy of entry 3) deleted: the later copies move up four lines.
		const lines = sample.split('\n');
		const edited = [...lines.slice(0, 16), ...lines.slice(20)].join('\n');
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
		const after = await pull();
		expect(after.map((diagnostic) => [diagnostic.range.start.line, diagnostic.message.slice(0, 15)])).toEqual([[16, 'Duplicate of #4'], [20, 'Duplicate of #1'], [24, 'Duplicate of #2']]);
		expect(after[0].relatedInformation?.map((info) => [info.location.uri, info.location.range.start.line])).toEqual([[uri, 12]]);
	});

	it('quick fix removes exactly one entry, and "remove all" removes the four copies', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		await open(client, uri, sample);
		const found = await pull();
		const actions = await client.connection.sendRequest('textDocument/codeAction', {
			textDocument: { uri }, range: found[0].range, context: { diagnostics: [found[0]] },
		}) as CodeAction[];
		expect(actions.map((action) => action.title)).toEqual(['Remove duplicate entry #5', 'Remove all 4 duplicates in this file', 'Mark as not a duplicate', 'Go to the first copy (#3, line 9)', 'Copy citation']);
		const lines = sample.split('\n');
		const once = apply(sample, actions[0].edit!.changes![uri]);
		expect(once).toBe([...lines.slice(0, 16), ...lines.slice(20)].join('\n'));
		const all = apply(sample, actions[1].edit!.changes![uri]);
		expect(parseDocument(all).entries.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 9, 10]);
		expect(all).toBe([...lines.slice(0, 16), ...lines.slice(32)].join('\n'));
	});

	it('"Mark as not a duplicate" writes .litdump-ignore and the warning goes away', async () => {
		const files: Record<string, string> = {};
		client = startInProcess(memoryEnv(files));
		await initialize(client, { pull: true, rootUri: 'file:///workspace' });
		await open(client, uri, sample);
		const [first] = await pull();
		const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } }) as CodeAction[];
		const mark = actions.find((action) => action.title === 'Mark as not a duplicate')!;
		await client.connection.sendRequest('workspace/executeCommand', mark.command);
		expect(files['file:///workspace/.litdump-ignore']).toMatch(/^# litdump: pairs of entries marked "not a duplicate"/);
		expect(files['file:///workspace/.litdump-ignore']).toMatch(/\n[0-9a-f]{8} [0-9a-f]{8} {2}# #5 Medical Imaging Foundation Models/);
		const after = await pull();
		expect(after.map((diagnostic) => diagnostic.range.start.line)).toEqual([20, 24, 28]);
	});

	it('renumbers entries after removals', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		const text = '3.A title\nWenjun DIAO\nJournal 2020;1(1):1-2\n7.Another title\nYun TAN\nJournal 2021;2(1):3-4\n';
		await open(client, uri, text);
		const edits = await client.connection.sendRequest('litdump/renumberEntries', { uri }) as TextEdit[];
		expect(apply(text, edits)).toBe('1.A title\nWenjun DIAO\nJournal 2020;1(1):1-2\n2.Another title\nYun TAN\nJournal 2021;2(1):3-4\n');
	});
});

describe('duplicates follow the workspace as files open and close', () => {
	it('forgets a closed file that is not on disk', async () => {
		const first = 'file:///workspace/a.litdump.txt';
		const second = 'file:///workspace/b.litdump.txt';
		client = startInProcess(memoryEnv({}));
		await initialize(client, { pull: true, rootUri: 'file:///workspace' });
		await open(client, first, sample);
		expect(await pull(first)).toHaveLength(4);
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: first } });
		const firstEntry = sample.split('\n').slice(0, 4).join('\n') + '\n';
		await open(client, second, firstEntry);
		let found: Diagnostic[] = [];
		for (let attempt = 0; attempt < 20; attempt++) {
			found = await pull(second);
			if (found.length === 0) {
				break;
			}
			await new Promise((resolve) => setTimeout(resolve, 25));
		}
		expect(found).toEqual([]);
	});
});
