// `npm run e2e`: the real-client tests — Neovim against dist/server.js, then VS Code (code-server) with the packaged VSIX.
// Expects `npm run build` and `npm run package` to have run. Arguments are passed to vscode.e2e.mjs (a VSIX path).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const suites = [
	{ name: 'Neovim', script: fileURLToPath(new URL('./nvim.e2e.mjs', import.meta.url)), args: [] },
	{ name: 'VS Code', script: fileURLToPath(new URL('./vscode.e2e.mjs', import.meta.url)), args: process.argv.slice(2) },
];

const started = Date.now();
const failed = [];
for (const suite of suites) {
	console.log(`\n== ${suite.name} ==`);
	const run = spawnSync(process.execPath, [suite.script, ...suite.args], { stdio: 'inherit', timeout: 8 * 60_000, killSignal: 'SIGTERM' });
	if (run.status !== 0) failed.push(`${suite.name} (${run.error?.message ?? run.signal ?? `exit ${run.status}`})`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\ne2e: ${suites.length - failed.length} of ${suites.length} suites passed in ${seconds} s${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
process.exitCode = failed.length ? 1 : 0;
