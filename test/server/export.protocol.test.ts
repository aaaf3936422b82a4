import { describe, expect, it } from 'vitest';
import { closeAfterEach, initialize, memoryEnv, open, startInProcess, type TestClient } from './lspClient';
import { sample, sampleUri } from './sample';

const uri = sampleUri;
let client: TestClient | undefined;
closeAfterEach(() => client);

interface Result {
	content: string;
	count: number;
	skipped: unknown[];
	warnings: string[];
	duplicatesLeftOut: number;
}

async function exportCitations(params: Record<string, unknown>): Promise<Result> {
	return await client!.connection.sendRequest('litdump/exportCitations', { uri, ...params }) as Result;
}

describe('litdump/exportCitations', () => {
	it('exports the whole sample as BibTeX, and leaves out the four copies with dedupe', async () => {
		client = startInProcess();
		await initialize(client);
		await open(client, uri, sample);
		const all = await exportCitations({ format: 'bibtex' });
		expect(all.count).toBe(10);
		expect(all.content.match(/^@article\{/gm)).toHaveLength(10);
		expect(all.content).toContain('@article{diao2025machine,');
		expect(all.content).toContain('@article{diao2025machinea,');
		const deduped = await exportCitations({ format: 'bibtex', dedupe: true });
		expect([deduped.count, deduped.duplicatesLeftOut, deduped.skipped.length]).toEqual([6, 4, 0]);
		expect(deduped.content).not.toContain('diao2025machinea');
	});

	it('exports only the entries a selection touches, or the one under the cursor', async () => {
		client = startInProcess();
		await initialize(client);
		await open(client, uri, sample);
		const cursor = await exportCitations({ format: 'ris', ranges: [{ start: { line: 5, character: 3 }, end: { line: 5, character: 3 } }] });
		expect(cursor.count).toBe(1);
		expect(cursor.content).toMatch(/^TY {2}- JOUR/m);
		expect(cursor.content).toContain('AU  - Huang, Haitao');
		expect(cursor.content).toContain('SP  - 1267');
		expect(cursor.content).toContain('EP  - 1274');
		const copy = await exportCitations({ format: 'bibtex', ranges: [{ start: { line: 24, character: 0 }, end: { line: 24, character: 0 } }] });
		expect(copy.content).toMatch(/^@article\{diao2025machinea,/);
		const selection = await exportCitations({ format: 'csl-json', ranges: [{ start: { line: 2, character: 0 }, end: { line: 9, character: 0 } }] });
		expect(JSON.parse(selection.content).map((item: { title: string }) => item.title.slice(0, 20))).toEqual(['Machine learning mod', 'Development of an ar', 'Medical Imaging Foun']);
	});

	it('exports every dump of the workspace, reading closed files from disk', async () => {
		const other = 'file:///workspace/other.litdump.txt';
		client = startInProcess(memoryEnv({ [other]: sample.split('\n').slice(32, 40).join('\n') }));
		await initialize(client, { rootUri: 'file:///workspace' });
		await open(client, uri, sample);
		const result = await exportCitations({ format: 'enw', scope: 'workspace' });
		expect(result.count).toBe(12);
		expect(result.content.match(/^%0 Journal Article/gm)).toHaveLength(12);
	});

	it('refuses an unknown format with a clear error', async () => {
		client = startInProcess();
		await initialize(client);
		await open(client, uri, sample);
		await expect(exportCitations({ format: 'docx' })).rejects.toThrow(/Unknown export format "docx"/);
	});
});
