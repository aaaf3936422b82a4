// code-server 4.100.3 (VS Code 1.100.3 in the browser), run from .cache/code-server with throw-away profile folders.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort, makeTemporaryDirectory, spawnProcessGroup } from './processes.mjs';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const codeServerDir = process.env.LITDUMP_CODE_SERVER_DIR ?? join(repoRoot, '.cache', 'code-server');
const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** User settings that keep first-run noise (trust prompt, welcome page, telemetry, recommendations) out of the way. */
export const quietUserSettings = {
	'security.workspace.trust.enabled': false,
	'workbench.startupEditor': 'none',
	'workbench.welcomePage.walkthroughs.openOnInstall': false,
	'workbench.tips.enabled': false,
	'telemetry.telemetryLevel': 'off',
	'extensions.ignoreRecommendations': true,
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'update.mode': 'none',
	'git.enabled': false,
	'git.openRepositoryInParentFolders': 'never',
	'chat.commandCenter.enabled': false,
	'workbench.secondarySideBar.defaultVisibility': 'hidden',
	'outline.collapseItems': 'alwaysCollapse',
	// Reading the Problems tree with the keyboard must not open each problem in the editor.
	'problems.autoReveal': false,
	'editor.hover.delay': 300,
};

/** Runs the e2e/install-code-server.sh script (a no-op when the pinned version is present). */
export function ensureCodeServerInstalled() {
	execFileSync('bash', [join(repoRoot, 'e2e', 'install-code-server.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The newest litdump-*.vsix in the repository root, or the path given on the command line / in LITDUMP_VSIX. */
export function findVsix(explicitPath = process.env.LITDUMP_VSIX) {
	if (explicitPath) {
		const path = resolve(explicitPath);
		if (!existsSync(path)) throw new Error(`VSIX not found: ${path}`);
		return path;
	}
	const candidates = readdirSync(repoRoot)
		.filter((name) => /^litdump-.*\.vsix$/.test(name))
		.map((name) => join(repoRoot, name))
		.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
	if (candidates.length === 0) throw new Error(`No litdump-*.vsix in ${repoRoot}: run \`npm run package\` first.`);
	return candidates[0];
}

/** Creates the profile folders (user data, extensions, XDG homes) and the environment that points code-server at them. */
export function createProfile(settings = quietUserSettings) {
	const root = makeTemporaryDirectory('profile');
	const profile = {
		root,
		userDataDir: join(root, 'user-data'),
		extensionsDir: join(root, 'extensions'),
		env: {
			...process.env,
			XDG_CONFIG_HOME: join(root, 'xdg-config'),
			XDG_DATA_HOME: join(root, 'xdg-data'),
			XDG_CACHE_HOME: join(root, 'xdg-cache'),
			XDG_STATE_HOME: join(root, 'xdg-state'),
			XDG_RUNTIME_DIR: join(root, 'xdg-runtime'),
		},
	};
	for (const key of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME', 'XDG_RUNTIME_DIR']) {
		mkdirSync(profile.env[key], { recursive: true, mode: 0o700 });
	}
	mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
	mkdirSync(profile.extensionsDir, { recursive: true });
	writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, '\t'));
	return profile;
}

function profileArgs(profile) {
	return ['--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** Installs a VSIX into the profile's extensions folder and returns code-server's output. */
export function installExtension(profile, vsixPath) {
	const output = execFileSync('node', [codeServerEntry, ...profileArgs(profile), '--install-extension', vsixPath], {
		env: profile.env,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 120_000,
	});
	const installed = readdirSync(profile.extensionsDir).filter((name) => name.startsWith('litdump.'));
	if (installed.length === 0) throw new Error(`Installing ${basename(vsixPath)} left no litdump.* folder in ${profile.extensionsDir}:\n${output}`);
	return output;
}

async function waitForHealthy(url, child, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let exited = null;
	child.exitPromise.then((result) => { exited = result; });
	while (Date.now() < deadline) {
		if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${child.log.join('')}`);
		try {
			const response = await fetch(new URL('/healthz', url));
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolveWait) => setTimeout(resolveWait, 200));
	}
	throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms:\n${child.log.join('')}`);
}

/**
 * Starts code-server on 127.0.0.1 (a free port unless `port` is given) with `--auth none`, in its own process group.
 * Returns { child, url, workbenchUrl(folder) }; stop it with killProcessGroup(child).
 */
export async function startCodeServer(profile, { port, timeoutMs = 60_000 } = {}) {
	const chosenPort = port ?? await findFreePort();
	const args = [
		codeServerEntry, ...profileArgs(profile),
		'--bind-addr', `127.0.0.1:${chosenPort}`, '--auth', 'none',
		'--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
		'--ignore-last-opened', '--log', 'warn',
	];
	const child = spawnProcessGroup('node', args, { env: profile.env, cwd: profile.root });
	child.log = [];
	const remember = (chunk) => {
		child.log.push(chunk.toString());
		if (child.log.length > 200) child.log.shift();
	};
	child.stdout.on('data', remember);
	child.stderr.on('data', remember);
	const url = `http://127.0.0.1:${chosenPort}/`;
	await waitForHealthy(url, child, timeoutMs);
	return { child, url, workbenchUrl: (folder) => `${url}?folder=${encodeURIComponent(folder)}` };
}
