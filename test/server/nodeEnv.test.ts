import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeEnv } from '../../server/src/node/nodeEnv';

const folder = mkdtempSync(join(tmpdir(), 'litdump-env-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const env = createNodeEnv();

describe('the Node host of the standalone server', () => {
	it('reads the start of a file without reading the rest, and a whole file', async () => {
		const path = join(folder, 'dump.txt');
		writeFileSync(path, `1.Title\n${'x'.repeat(1_000_000)}`);
		const uri = pathToFileURL(path).href;
		expect(await env.readHead(uri, 10)).toBe('1.Title\nxx');
		expect((await env.readFile(uri))?.length).toBe(1_000_008);
	});

	it('reads fewer characters than bytes from UTF-8 text, and nothing from a missing or non-file uri', async () => {
		const path = join(folder, 'cjk.txt');
		writeFileSync(path, '影像学研究');
		expect(await env.readHead(pathToFileURL(path).href, 6)).toBe('影像');
		expect(await env.readHead(pathToFileURL(join(folder, 'missing.txt')).href, 6)).toBeUndefined();
		expect(await env.readHead('untitled:Untitled-1', 6)).toBeUndefined();
	});

	it('writes through a temporary file and lists candidate dumps', async () => {
		const uri = pathToFileURL(join(folder, 'out.litdump')).href;
		await env.writeFile(uri, 'written');
		expect(readFileSync(join(folder, 'out.litdump'), 'utf8')).toBe('written');
		expect((await env.listFiles(pathToFileURL(folder).href, 10)).sort()).toEqual(['cjk.txt', 'dump.txt', 'out.litdump'].map((name) => pathToFileURL(join(folder, name)).href));
	});
});
