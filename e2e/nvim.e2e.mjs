// Another real client: headless Neovim 0.7.2 with its built-in LSP client asks `node dist/server.js --stdio`
// for the sample's document symbols; the ten paper titles must come back in order.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/codeServer.mjs';
import { assertNamesSampleEntries } from './lib/entryLabels.mjs';
import { makeTemporaryDirectory } from './lib/processes.mjs';

const serverPath = join(repoRoot, 'dist', 'server.js');
const samplePath = join(repoRoot, 'test', 'fixtures', 'sample.txt');
const scriptPath = join(repoRoot, 'e2e', 'nvim', 'document-symbols.lua');

function requestSymbols() {
	if (!existsSync(serverPath)) throw new Error(`missing ${serverPath}: run \`npm run build\` first`);
	const outputPath = join(makeTemporaryDirectory('nvim'), 'symbols.json');
	const started = Date.now();
	const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${scriptPath}`], {
		env: { ...process.env, LITDUMP_SERVER: serverPath, LITDUMP_FILE: samplePath, LITDUMP_OUTPUT: outputPath },
		encoding: 'utf8',
		timeout: 60_000,
		killSignal: 'SIGKILL',
	});
	if (run.error) throw new Error(`nvim did not run: ${run.error.message}`);
	const result = existsSync(outputPath) ? JSON.parse(readFileSync(outputPath, 'utf8')) : {};
	if (result.error || run.status !== 0) {
		throw new Error(`nvim exited with ${run.status ?? run.signal}: ${result.error ?? 'no result written'}\n${run.stderr}${run.stdout}`);
	}
	return { ...result, elapsedMs: Date.now() - started };
}

try {
	const { names, all, elapsedMs } = requestSymbols();
	assertNamesSampleEntries(names, 'Neovim documentSymbol');
	console.log(`  PASS nvim: Neovim's LSP client read the ${names.length} paper titles (${all.length} symbols in all) from dist/server.js (${elapsedMs} ms)`);
	console.log('Neovim e2e: 1 passed, 0 failed');
} catch (error) {
	console.log(`  FAIL nvim: ${String(error.message).replace(/\n/g, '\n       ')}`);
	console.log('Neovim e2e: 0 passed, 1 failed');
	process.exitCode = 1;
}
