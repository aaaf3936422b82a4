/** Parses each document once per version, in the manner of vscode-json-languageservice's language model cache. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument } from '../../core/src/index';
import { parseDocument } from '../../core/src/index';

interface Cached {
	version: number;
	parsed: ParsedDocument;
	usedAt: number;
}

/** A small cache of parsed documents keyed by uri and version. */
export interface DocumentCache {
	get(document: TextDocument): ParsedDocument;
	delete(uri: string): void;
}

/** Creates a cache holding at most `capacity` documents, evicting the least recently used. */
export function createDocumentCache(capacity = 16): DocumentCache {
	const entries = new Map<string, Cached>();
	let clock = 0;
	return {
		get(document) {
			const cached = entries.get(document.uri);
			if (cached && cached.version === document.version) {
				cached.usedAt = ++clock;
				return cached.parsed;
			}
			const parsed = parseDocument(document.getText());
			entries.set(document.uri, { version: document.version, parsed, usedAt: ++clock });
			if (entries.size > capacity) {
				let oldest: string | undefined;
				let oldestAt = Infinity;
				for (const [uri, entry] of entries) {
					if (entry.usedAt < oldestAt) {
						oldest = uri;
						oldestAt = entry.usedAt;
					}
				}
				if (oldest) {
					entries.delete(oldest);
				}
			}
			return parsed;
		},
		delete(uri) {
			entries.delete(uri);
		},
	};
}
