/**
 * Pairs of entries the user marked "not a duplicate", kept in a `.litdump-ignore` file that can be committed.
 * Entries are named by a key of their content (title, year, first author, source), so the mark survives edits,
 * renumbering and moving entries between files.
 */
import type { Entry } from './model';

/** The header written at the top of a new `.litdump-ignore` file. */
export const ignoreFileHeader = '# litdump: pairs of entries marked "not a duplicate". One pair per line: two entry keys, then a comment.\n';

const KEY_LINE = /^([0-9a-f]{8})[ \t]+([0-9a-f]{8})(?:[ \t]|$)/;

/** An 8-hex-digit key of an entry's content: normalised title, year, first author's family name and source. */
export function entryKey(entry: Entry): string {
	const source = entry.source;
	const parts = [entry.title, String(source?.year ?? ''), entry.leadAuthor?.family ?? '', source?.journal ?? '', source?.volume ?? '', source?.firstPage ?? ''];
	const normalised = parts.map((part) => part.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).join('|');
	let hash = 0x811c9dc5;
	for (let i = 0; i < normalised.length; i++) {
		hash ^= normalised.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** The pair as it is stored: the two keys in sorted order, joined by a space. */
export function pairId(keyA: string, keyB: string): string {
	return keyA < keyB ? `${keyA} ${keyB}` : `${keyB} ${keyA}`;
}

/** Reads the pairs of a `.litdump-ignore` file; comment lines and malformed lines are skipped. */
export function parseIgnoreList(text: string): Set<string> {
	const pairs = new Set<string>();
	for (const line of text.split(/\r\n|\r|\n/)) {
		const match = KEY_LINE.exec(line.trim());
		if (match) {
			pairs.add(pairId(match[1], match[2]));
		}
	}
	return pairs;
}

/** One line of a `.litdump-ignore` file for the pair (a, b), with their titles as a comment. */
export function formatIgnoreLine(a: Entry, b: Entry): string {
	const title = (entry: Entry) => `#${entry.number} ${entry.title.length > 60 ? `${entry.title.slice(0, 59)}…` : entry.title}`;
	return `${pairId(entryKey(a), entryKey(b))}  # ${title(a)} ↔ ${title(b)}\n`;
}
