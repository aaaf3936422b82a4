// Process helpers for the real-editor tests: free ports, temporary folders, process groups that are always killed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Asks the OS for a TCP port on 127.0.0.1 that is free right now. */
export function findFreePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

const temporaryDirectories = [];

/** Creates a temporary directory that is removed when the process exits (unless LITDUMP_E2E_KEEP_TMP is set). */
export function makeTemporaryDirectory(prefix) {
	const directory = mkdtempSync(join(tmpdir(), `litdump-e2e-${prefix}-`));
	temporaryDirectories.push(directory);
	return directory;
}

const groupLeaders = new Set();

/**
 * Spawns a command as the leader of a new session and process group (setsid(2) via `detached`),
 * so that killProcessGroup can end it together with everything it started.
 */
export function spawnProcessGroup(command, args, options = {}) {
	const child = spawn(command, args, { ...options, detached: true, stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'] });
	groupLeaders.add(child.pid);
	child.exitPromise = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
	child.once('exit', () => groupLeaders.delete(child.pid));
	return child;
}

function signalGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
		return true;
	} catch {
		return false;
	}
}

function isGroupAlive(pid) {
	return signalGroup(pid, 0);
}

/** Sends SIGTERM to the whole process group of `child`, then SIGKILL after `graceMs` if anything is left. */
export async function killProcessGroup(child, graceMs = 3000) {
	const pid = child.pid;
	if (!pid || !isGroupAlive(pid)) {
		groupLeaders.delete(pid);
		return;
	}
	signalGroup(pid, 'SIGTERM');
	const deadline = Date.now() + graceMs;
	while (Date.now() < deadline && isGroupAlive(pid)) {
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	if (isGroupAlive(pid)) {
		signalGroup(pid, 'SIGKILL');
	}
	groupLeaders.delete(pid);
}

function cleanUpSynchronously() {
	for (const pid of groupLeaders) {
		signalGroup(pid, 'SIGKILL');
	}
	groupLeaders.clear();
	if (!process.env.LITDUMP_E2E_KEEP_TMP) {
		for (const directory of temporaryDirectories.splice(0)) {
			rmSync(directory, { recursive: true, force: true });
		}
	}
}

process.on('exit', cleanUpSynchronously);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		console.error(`received ${signal}: stopping`);
		cleanUpSynchronously();
		process.exit(130);
	});
}
