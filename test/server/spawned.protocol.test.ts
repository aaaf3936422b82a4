import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { initialize, open, startSpawned } from './lspClient';
import { sample } from './sample';

const serverPath = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

describe('the bundled server, spawned with --stdio as another editor would', () => {
	it('exists: `npm run build` ran before the tests', () => {
		expect(existsSync(serverPath), `${serverPath} is missing; run npm run build`).toBe(true);
	});

	it('initializes, opens the sample, returns the outline and shuts down cleanly', async () => {
		const client = startSpawned(serverPath);
		const exited = new Promise<number | null>((resolve) => client.process.on('exit', (code) => resolve(code)));
		try {
			const init = await initialize(client) as { serverInfo: { name: string } };
			expect(init.serverInfo.name).toBe('litdump-language-server');
			const uri = 'file:///tmp/sample.txt';
			await open(client, uri, sample);
			const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as DocumentSymbol[];
			expect(symbols.map((symbol) => symbol.name.split(' ')[0])).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.']);
			expect(symbols[2].name).toBe('3. Medical Imaging Foundation Models:Paradigm Innovation in Precision Oncology');
		} finally {
			await client.close();
		}
		// The input stream ended after shutdown: the server exits with 0 by itself.
		expect(await exited).toBe(0);
	});
});
