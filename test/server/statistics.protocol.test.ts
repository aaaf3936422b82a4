import { describe, expect, it } from 'vitest';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { closeAfterEach, initialize, memoryEnv, open, startInProcess, type TestClient } from './lspClient';
import { sample, sampleUri } from './sample';

const uri = sampleUri;
let client: TestClient | undefined;
closeAfterEach(() => client);

function positionOf(text: string, needle: string, nth = 0): { line: number; character: number } {
	let at = -1;
	for (let i = 0; i <= nth; i++) {
		at = text.indexOf(needle, at + 1);
	}
	const before = text.slice(0, at).split('\n');
	return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('statistics over LSP', () => {
	it('hovering a title shows the paper: citation, cohorts, results table and findings', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		await open(client, uri, sample);
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } }) as Hover;
		const value = (hover.contents as { value: string }).value;
		expect(value).toContain('**#1** Diao W, Chen X, Wang X, et al. Machine learning model');
		expect(value).toContain('*Chinese Journal of Radiology* 2025;59(5):549-557.');
		expect(value).toContain('| Metric | Cohort | Value | CI | P |');
		expect(value).toContain('| AUC | training cohort | 0.809 | 95% CI 0.738–0.872 |');
		expect(value).toContain('χ² = 9.52 gives P = 0.002');
	});

	it('hovering a statistic explains it and its recomputation', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		await open(client, uri, sample);
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(sample, '6.18') }) as Hover;
		const value = (hover.contents as { value: string }).value;
		expect(value).toMatch(/χ²/);
		expect(value).toContain('no whole-number df gives P = 0.080');
		expect(value).toMatch(/Verdict: ⚠ inconsistent/);
	});

	it('reports the sample\'s inconsistent statistics as Warnings with code inconsistent-statistic', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		await open(client, uri, sample);
		const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { items: Diagnostic[] };
		const statistics = report.items.filter((diagnostic) => diagnostic.code === 'inconsistent-statistic');
		const lineOf = (diagnostic: Diagnostic) => diagnostic.range.start.line;
		const warnings = statistics.filter((diagnostic) => diagnostic.severity === 1 + 1);
		// Entries 1, 2, 4 and their copies 7, 8, 6 (abstracts on lines 3, 7, 15, 27, 31, 23; 0-based).
		expect(new Set(warnings.map(lineOf))).toEqual(new Set([3, 7, 15, 23, 27, 31]));
		expect(warnings.some((diagnostic) => diagnostic.message.startsWith('χ² = 9.52 gives P = 0.002'))).toBe(true);
		expect(warnings.some((diagnostic) => diagnostic.message.startsWith('89/671 = 13.26%'))).toBe(true);
		expect(warnings.every((diagnostic) => diagnostic.source === 'litdump')).toBe(true);
	});

	it('after an edit above the abstracts, their findings move with them (kept across versions, not recomputed wrong)', async () => {
		client = startInProcess();
		await initialize(client, { pull: true });
		await open(client, uri, sample);
		const findings = async () => {
			const report = await client!.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { items: Diagnostic[] };
			return report.items.filter((diagnostic) => diagnostic.code === 'inconsistent-statistic').map((diagnostic) => [diagnostic.range, diagnostic.message]);
		};
		const before = await findings();
		// Two lines and a few characters inserted at the top: every finding moves down two lines, characters unchanged.
		const edited = `Search of 2025-11-26\nsecond line\n${sample}`;
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
		const after = await findings();
		const moved = before.map(([range, message]) => {
			const { start, end } = range as Diagnostic['range'];
			return [{ start: { line: start.line + 2, character: start.character }, end: { line: end.line + 2, character: end.character } }, message];
		});
		expect(before.length).toBeGreaterThan(5);
		expect(after).toEqual(moved);
		const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(edited, '6.18') }) as Hover;
		expect((hover.contents as { value: string }).value).toContain('no whole-number df gives P = 0.080');
	});
});

describe('litdump/exportStatistics', () => {
	it('returns every statistic as CSV, for an open document and for a file only on disk', async () => {
		const onDisk = 'file:///workspace/closed.litdump.txt';
		client = startInProcess(memoryEnv({ [onDisk]: sample }));
		await initialize(client, { pull: true });
		await open(client, uri, sample);
		const fromEditor = await client.connection.sendRequest('litdump/exportStatistics', { uri, format: 'csv' }) as { content: string; count: number };
		const lines = fromEditor.content.trimEnd().split('\r\n');
		expect(lines[0]).toBe('entry,title,kind,name,cohort,value,printed,ciLevel,ciLower,ciUpper,p,text,verdict,findings');
		expect(lines).toHaveLength(fromEditor.count + 1);
		expect(lines.some((line) => line.startsWith('1,') && line.includes(',auc,') && line.includes(',0.809,') && line.includes(',95,0.738,0.872,'))).toBe(true);
		expect(lines.some((line) => line.includes('χ² = 9.52 gives P = 0.002'))).toBe(true);
		const fromDisk = await client.connection.sendRequest('litdump/exportStatistics', { uri: onDisk, format: 'json' }) as { content: string; count: number };
		expect(fromDisk.count).toBe(fromEditor.count);
		expect(JSON.parse(fromDisk.content)[0]).toMatchObject({ entry: 1, kind: 'n', value: 348 });
	});

	it('answers an unreadable file with a clear error', async () => {
		client = startInProcess();
		await initialize(client);
		await expect(client.connection.sendRequest('litdump/exportStatistics', { uri: 'file:///missing.txt', format: 'csv' })).rejects.toThrow(/Cannot read file:\/\/\/missing.txt/);
	});
});
