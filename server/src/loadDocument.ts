/** A document's text and parse for requests that may name a file the editor has not synced. */
import { parseDocument, type ParsedDocument } from '../../core/src/index';
import type { ServerContext } from './context';

/** The text and parse of `uri`: the editor's copy when open, else the file on disk (too large to sync, or closed). */
export async function loadDocument(context: ServerContext, uri: string): Promise<{ text: string; parsed: ParsedDocument } | undefined> {
	const open = context.documents.get(uri);
	if (open) {
		return { text: open.getText(), parsed: context.cache.get(open) };
	}
	const text = await context.env.readFile(uri);
	return text === undefined ? undefined : { text, parsed: parseDocument(text) };
}
