/** File access for the server on Node: read files by uri and list candidate dumps in a folder. */
import { open, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServerEnv } from '../context';

const CANDIDATE = /\.(?:txt|litdump)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.cache', '.vscode-test']);
const MAX_CANDIDATE_BYTES = 200 * 1024 * 1024;

/** The Node implementation of {@link ServerEnv}. */
export function createNodeEnv(): ServerEnv {
	return {
		async readFile(uri) {
			if (!uri.startsWith('file:')) {
				return undefined;
			}
			try {
				return await readFile(fileURLToPath(uri), 'utf8');
			} catch {
				return undefined;
			}
		},
		async readHead(uri, bytes) {
			if (!uri.startsWith('file:')) {
				return undefined;
			}
			try {
				const file = await open(fileURLToPath(uri), 'r');
				try {
					const buffer = Buffer.alloc(bytes);
					const { bytesRead } = await file.read(buffer, 0, bytes, 0);
					return buffer.toString('utf8', 0, bytesRead);
				} finally {
					await file.close();
				}
			} catch {
				return undefined;
			}
		},
		async writeFile(uri, content) {
			const path = fileURLToPath(uri);
			const temporary = `${path}.litdump-${process.pid}-${Date.now()}.tmp`;
			try {
				await writeFile(temporary, content, 'utf8');
				await rename(temporary, path);
			} catch (error) {
				await unlink(temporary).catch(() => undefined);
				throw error;
			}
		},
		async listFiles(folderUri, limit) {
			if (!folderUri.startsWith('file:')) {
				return [];
			}
			const found: string[] = [];
			const pending = [fileURLToPath(folderUri)];
			while (pending.length > 0 && found.length < limit) {
				const folder = pending.pop() as string;
				let names: string[];
				try {
					names = await readdir(folder);
				} catch {
					continue;
				}
				for (const name of names) {
					const path = join(folder, name);
					const info = await stat(path).catch(() => undefined);
					if (info?.isDirectory() && !SKIPPED_FOLDERS.has(name) && !name.startsWith('.')) {
						pending.push(path);
					} else if (info?.isFile() && CANDIDATE.test(name) && info.size <= MAX_CANDIDATE_BYTES && found.length < limit) {
						found.push(pathToFileURL(path).href);
					}
				}
			}
			return found;
		},
		setTimeout: (callback, ms) => setTimeout(callback, ms),
		clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
	};
}
