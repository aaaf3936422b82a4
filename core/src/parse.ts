/** Entry point of parsing: picks the dialect that fits the text best and lets it read the whole document. */
import type { Dialect } from './dialects/dialect';
import { wprimDialect } from './dialects/wprim';
import { splitLines } from './lines';
import type { ParsedDocument } from './model';

/** Every dialect litdump can read, best-known first. */
export const dialects: readonly Dialect[] = [wprimDialect];

/** Parses a literature dump into entries with exact UTF-16 ranges; never throws, linear in the text length. */
export function parseDocument(text: string): ParsedDocument {
	const lines = splitLines(text);
	let best = dialects[0];
	let bestScore = -1;
	for (const dialect of dialects) {
		const score = dialect.score(text, lines);
		if (score > bestScore) {
			best = dialect;
			bestScore = score;
		}
	}
	return best.parse(text, lines);
}

/** True when the start of `text` reads as a dump: at least two numbered entries, each with an author or source line. */
export function looksLikeDump(text: string): boolean {
	const head = text.slice(0, 64 * 1024);
	const lines = splitLines(head);
	return dialects.some((dialect) => dialect.score(head, lines) >= 1);
}
