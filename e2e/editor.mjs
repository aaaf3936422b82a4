// `npm run editor`: packages the extension, installs it into code-server and serves VS Code on 127.0.0.1 with the
// sample open, for a person to look at in a browser. Runs until Ctrl-C. Options: --port N, --no-package.
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createProfile, ensureCodeServerInstalled, findVsix, installExtension, repoRoot, startCodeServer } from './lib/codeServer.mjs';
import { findFreePort, makeTemporaryDirectory } from './lib/processes.mjs';

function readOption(name) {
	const index = process.argv.indexOf(name);
	return index === -1 ? undefined : process.argv[index + 1];
}

function isPortFree(port) {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}

async function main() {
	if (!process.argv.includes('--no-package')) {
		execFileSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
	}
	const vsix = findVsix();
	ensureCodeServerInstalled();
	const workspace = join(makeTemporaryDirectory('editor'), 'literature');
	cpSync(join(repoRoot, 'test', 'fixtures'), workspace, { recursive: true });
	const profile = createProfile();
	installExtension(profile, vsix);
	const wantedPort = Number(readOption('--port') ?? 8080);
	const port = await isPortFree(wantedPort) ? wantedPort : await findFreePort();
	const server = await startCodeServer(profile, { port });
	// VS Code for the web opens the files named in the `payload` query parameter.
	const sample = `vscode-remote://127.0.0.1:${port}${join(workspace, 'sample.txt')}`;
	const url = `${server.workbenchUrl(workspace)}&payload=${encodeURIComponent(JSON.stringify([['openFile', sample]]))}`;
	console.log(`\nlitdump ${vsix.split('/').pop()} in code-server (VS Code 1.100.3), workspace ${workspace}\n\n  ${url}\n\nPress Ctrl-C to stop.`);
	server.child.stdout.pipe(process.stdout);
	server.child.stderr.pipe(process.stderr);
	const { code, signal } = await server.child.exitPromise;
	console.log(`code-server stopped (${signal ?? `exit ${code}`})`);
	process.exitCode = code ?? 1;
}

main().catch((error) => {
	console.error(`npm run editor: ${error.stack ?? error}`);
	process.exit(1);
});
