// Real-editor test: installs the packaged VSIX into code-server 4.100.3 and checks, in headless Chromium, what a user sees.
// Usage: node e2e/vscode.e2e.mjs [path/to/litdump-x.y.z.vsix]
// Env: LITDUMP_E2E_CHECKS=language,pattern,outline,symbols,hover,selection,problems,quickfix,export (or "all"); LITDUMP_E2E_KEEP_TMP=1.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checks, defaultCheckNames, openCheckFile, writeCheckFiles } from './checks.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { createProfile, ensureCodeServerInstalled, findVsix, installExtension, repoRoot, startCodeServer } from './lib/codeServer.mjs';
import { killProcessGroup, makeTemporaryDirectory } from './lib/processes.mjs';
import { createTally } from './lib/report.mjs';
import { openWorkbench } from './lib/workbench.mjs';

const artifactsDir = join(repoRoot, 'e2e', 'artifacts');
const docsImagesDir = join(repoRoot, 'docs', 'images');
const fixturesDir = join(repoRoot, 'test', 'fixtures');

function selectChecks() {
	const requested = (process.env.LITDUMP_E2E_CHECKS ?? defaultCheckNames.join(',')).split(',').map((name) => name.trim()).filter(Boolean);
	if (requested.includes('all')) return checks;
	const unknown = requested.filter((name) => !checks.some((check) => check.name === name));
	if (unknown.length) throw new Error(`unknown check(s) ${unknown.join(', ')}; known: ${checks.map((check) => check.name).join(', ')}`);
	return checks.filter((check) => requested.includes(check.name));
}

// Files a check needs are written before code-server starts: Quick Open may not list files created later.
function prepareWorkspace(selected) {
	if (!existsSync(join(fixturesDir, 'sample.txt'))) throw new Error(`missing ${join(fixturesDir, 'sample.txt')}`);
	// A fixed folder name, so that the screenshots show the same explorer title every run.
	const workspace = join(makeTemporaryDirectory('workspace'), 'literature');
	cpSync(fixturesDir, workspace, { recursive: true });
	for (const check of selected) writeCheckFiles(check, workspace, fixturesDir);
	return workspace;
}

async function main() {
	const started = Date.now();
	const selected = selectChecks();
	const vsix = findVsix(process.argv[2]);
	mkdirSync(artifactsDir, { recursive: true });
	for (const name of readdirSync(artifactsDir).filter((file) => file.startsWith('failure-'))) rmSync(join(artifactsDir, name));
	console.log(`VS Code e2e: ${vsix}\n  checks: ${selected.map((check) => check.name).join(', ')}`);
	ensureCodeServerInstalled();
	const workspace = prepareWorkspace(selected);
	const profile = createProfile();
	installExtension(profile, vsix);
	const server = await startCodeServer(profile);
	let browser;
	const screenshot = (name) => browser.page.screenshot({ path: join(artifactsDir, `${name}.png`) });
	const tally = createTally('VS Code e2e', { onFailure: (name) => screenshot(`failure-${name}`) });
	try {
		browser = await launchBrowser();
		const context = {
			page: browser.page, workspace, screenshot,
			// The README's picture shows the sample as a user sees it: not beside extra copies that some checks add.
			publishScreenshot: async (name, target) => {
				if (selected.some((check) => Object.values(check.setup ?? {}).some((file) => file.copyOf))) return;
				mkdirSync(docsImagesDir, { recursive: true });
				copyFileSync(join(artifactsDir, `${name}.png`), join(docsImagesDir, target));
			},
		};
		await tally.run('workbench', `code-server ${server.url} shows the workspace`, () => openWorkbench(browser.page, server.workbenchUrl(workspace)));
		if (tally.results.every((result) => result.passed)) {
			for (const check of selected) {
				await tally.run(check.name, check.description, async () => {
					await openCheckFile(browser.page, check.file);
					return check.run(context);
				});
			}
		}
	} finally {
		writeFileSync(join(artifactsDir, 'code-server.log'), server.child.log.join(''));
		// VS Code's own logs (extension host, window, the litdump output channel) for whoever reads a failure.
		rmSync(join(artifactsDir, 'logs'), { recursive: true, force: true });
		if (existsSync(join(profile.userDataDir, 'logs'))) cpSync(join(profile.userDataDir, 'logs'), join(artifactsDir, 'logs'), { recursive: true });
		await browser?.context.close().catch(() => undefined);
		await killProcessGroup(server.child);
	}
	const ok = tally.summarise();
	console.log(`  took ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${artifactsDir}`);
	return ok;
}

main().then((ok) => process.exit(ok ? 0 : 1), (error) => {
	console.error(`VS Code e2e: ${error.stack ?? error}`);
	console.log('VS Code e2e: 0 passed, 1 failed');
	process.exit(1);
});
