/**
 * Every dump of the workspace, open or not: parsed from disk at start-up and on file events, and from the editor's
 * text while a file is open. Feeds workspace symbols (and cross-file features).
 */
import { looksLikeDump, parseDocument } from '../../core/src/index';
import type { ParsedDocument } from '../../core/src/index';
import type { ServerEnv } from './context';

/** One indexed file: its text and parse. */
export interface IndexedFile {
	uri: string;
	text: string;
	parsed: ParsedDocument;
}

/** The workspace-wide collection of dumps. */
export interface WorkspaceIndex {
	/** Reads, checks and parses a file from disk; a file that is not a dump is dropped from the index. */
	refreshFromDisk(uri: string, env: Pick<ServerEnv, 'readFile' | 'readHead'>): Promise<void>;
	/** Records the editor's text for an open document, which wins over the disk. */
	setOpen(uri: string, text: string, parsed: ParsedDocument): void;
	/** Forgets the editor's text of a closed document; the caller re-reads the disk copy. */
	close(uri: string): void;
	remove(uri: string): void;
	files(): IterableIterator<IndexedFile>;
	get(uri: string): IndexedFile | undefined;
	readonly size: number;
}

const DUMP_EXTENSIONS = /\.(?:litdump|litdump\.txt)$/i;
/** How much of a .txt file is read to tell whether it is a dump: the 64 K characters `looksLikeDump` reads, in UTF-8. */
const DUMP_HEAD_BYTES = 256 * 1024;

/** True when the uri names a file litdump claims by its extension. */
export function hasDumpExtension(uri: string): boolean {
	return DUMP_EXTENSIONS.test(uri);
}

/** Creates an empty index; files larger than `maxChars` are not indexed. */
export function createWorkspaceIndex(maxChars: () => number): WorkspaceIndex {
	const files = new Map<string, IndexedFile>();
	const open = new Set<string>();
	return {
		async refreshFromDisk(uri, env) {
			if (open.has(uri)) {
				return;
			}
			// A .txt file is read whole only when its start reads as a dump: a workspace may hold large files of other text.
			if (!hasDumpExtension(uri)) {
				const head = await env.readHead(uri, DUMP_HEAD_BYTES);
				if (head === undefined || !looksLikeDump(head)) {
					files.delete(uri);
					return;
				}
			}
			const text = await env.readFile(uri);
			if (text === undefined || text.length > maxChars() || (!hasDumpExtension(uri) && !looksLikeDump(text))) {
				files.delete(uri);
				return;
			}
			files.set(uri, { uri, text, parsed: parseDocument(text) });
		},
		setOpen(uri, text, parsed) {
			open.add(uri);
			files.set(uri, { uri, text, parsed });
		},
		close(uri) {
			open.delete(uri);
		},
		remove(uri) {
			open.delete(uri);
			files.delete(uri);
		},
		files: () => files.values(),
		get: (uri) => files.get(uri),
		get size() {
			return files.size;
		},
	};
}
