/**
 * No data loss: every duplicate quick fix, applied, leaves the text with exactly the flagged entry's lines removed
 * (and "remove all" exactly those entries), over fuzzed dumps with planted copies, through the real LSP server.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entry } from '../../core/src/model';
import { parseDocument } from '../../core/src/parse';
import { fuzzParameters, mutatedDumpArbitrary, sampleEntries, sampleText } from '../fuzz/arbitraries';
import { fuzzRuns, fuzzTimeout } from '../fuzz/budget';
import { initialize, open, startInProcess, type TestClient } from '../server/lspClient';

let client: TestClient;
let documents = 0;

beforeAll(async () => {
	client = startInProcess();
	await initialize(client, { pull: true });
});

afterAll(async () => {
	await client.close();
});

/** Start offsets of every line (our own split: LF, CRLF, CR). */
function lineStartsOf(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 13 && text.charCodeAt(i + 1) === 10) {
			i++;
		}
		if (code === 10 || code === 13) {
			starts.push(i + 1);
		}
	}
	return starts;
}

/** The text with the whole lines of each entry removed, line breaks included. */
function withoutEntries(text: string, entries: Entry[]): string {
	const starts = lineStartsOf(text);
	const sorted = [...entries].sort((a, b) => a.startLine - b.startLine);
	let result = '';
	let at = 0;
	for (const entry of sorted) {
		result += text.slice(at, starts[entry.startLine]);
		at = starts[entry.endLine + 1] ?? text.length;
	}
	return result + text.slice(at);
}

function apply(text: string, edits: TextEdit[]): string {
	return TextDocument.applyEdits(TextDocument.create('file:///x', 'litdump', 1, text), edits);
}

/** Opens `text`, applies every duplicate quick fix (each to the original text) and checks what it removed. */
async function checkQuickFixes(text: string): Promise<number> {
	const uri = `file:///workspace/fuzzed-${++documents}.litdump.txt`;
	await open(client, uri, text);
	const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { items: Diagnostic[] };
	const duplicates = report.items.filter((diagnostic) => diagnostic.code === 'duplicate-entry' || diagnostic.code === 'possible-duplicate');
	const parsed = parseDocument(text);
	for (const diagnostic of duplicates) {
		const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
		const entry = parsed.entries.find((candidate) => candidate.startLine === diagnostic.range.start.line)!;
		const removeOne = actions.find((action) => action.title.startsWith('Remove duplicate entry'));
		expect(removeOne, `a removal offered for ${JSON.stringify(entry.title.slice(0, 40))}`).toBeDefined();
		const after = apply(text, removeOne!.edit!.changes![uri]);
		expect(after).toBe(withoutEntries(text, [entry]));
		const removed = text.slice(lineStartsOf(text)[entry.startLine], lineStartsOf(text)[entry.endLine + 1] ?? text.length);
		expect(parseDocument(removed).entries.map((copy) => copy.title)).toEqual([entry.title]);
		const removeAll = actions.find((action) => action.title.startsWith('Remove all'));
		if (removeAll) {
			const edits = removeAll.edit!.changes![uri];
			const targets = edits.map((edit) => parsed.entries.find((candidate) => candidate.startLine === edit.range.start.line)!);
			expect(targets.every(Boolean)).toBe(true);
			expect(apply(text, edits)).toBe(withoutEntries(text, targets));
		}
	}
	await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	return duplicates.length;
}

/** A mutated dump with real entries planted between its lines, renumbered, some with CRLF line ends. */
const dumpWithCopies = fc.tuple(
	mutatedDumpArbitrary,
	fc.array(fc.tuple(fc.constantFrom(...sampleEntries), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), { minLength: 1, maxLength: 4 }),
).map(([base, plants]) => plants.reduce((text, [entry, at, crlf], k) => {
	const lines = text.split('\n');
	const cut = Math.floor(at * lines.length);
	const copy = entry.replace(/^\d+\./, `${900 + k}.`);
	return [...lines.slice(0, cut), crlf ? copy.replace(/\n/g, '\r\n').trimEnd() : copy.trimEnd(), ...lines.slice(cut)].join('\n');
}, `${base}\n${sampleEntries[0]}`));

describe('duplicate quick fixes never lose text', () => {
	it('removes exactly the flagged entry in the sample, with and without a final line break', async () => {
		// Each file is a copy of the same sample: the later files repeat all ten papers of the earlier ones.
		expect(await checkQuickFixes(sampleText)).toBe(4);
		expect(await checkQuickFixes(sampleText.trimEnd())).toBeGreaterThanOrEqual(4);
		expect(await checkQuickFixes(sampleText.replace(/\n/g, '\r\n'))).toBeGreaterThanOrEqual(4);
	});

	it('removes exactly the flagged entry in fuzzed dumps with planted copies', async () => {
		let flagged = 0;
		await fc.assert(fc.asyncProperty(dumpWithCopies, async (text) => {
			flagged += await checkQuickFixes(text);
		}), fuzzParameters(fuzzRuns(60)));
		expect(flagged).toBeGreaterThan(0);
	}, fuzzTimeout(120_000));
});
