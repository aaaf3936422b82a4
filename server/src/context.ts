/** What every feature handler needs: the connection, the open documents, parsed models, settings and the workspace. */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentCache } from './documentCache';
import type { LitdumpSettings } from './protocol';
import type { WorkspaceIndex } from './workspaceIndex';

/** Services the host process provides; the node entry gives file access, tests give fakes. */
export interface ServerEnv {
	/** Reads a file by uri, or undefined when it cannot be read. */
	readFile(uri: string): Promise<string | undefined>;
	/** Reads about the first `bytes` bytes of a file (to tell whether it is a dump before reading it all). */
	readHead(uri: string, bytes: number): Promise<string | undefined>;
	/** Writes a file by uri (to a temporary name, then renamed); rejects when it cannot. */
	writeFile(uri: string, content: string): Promise<void>;
	/** Lists candidate dump files (uris) under a workspace folder uri, at most `limit`. */
	listFiles(folderUri: string, limit: number): Promise<string[]>;
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

/** Shared state handed to each feature's `register…` function. */
export interface ServerContext {
	connection: Connection;
	documents: TextDocuments<TextDocument>;
	cache: DocumentCache;
	workspace: WorkspaceIndex;
	env: ServerEnv;
	settings(): LitdumpSettings;
	/** Tells the client that a result list for `uri` was cut to `limit` items. */
	notifyLimit(uri: string, feature: string, limit: number): void;
	/** True when the document is above `litdump.maxFileSizeMB`: only the cheap outline runs. */
	isTooLarge(document: TextDocument): boolean;
}
