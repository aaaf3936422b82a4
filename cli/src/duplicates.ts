/** `litdump duplicates`: the duplicate groups of one or more dumps, as text or (one file) as `{"pairs": …}` JSON. */
import { lineAt } from '../../core/src/index';
import { createDuplicateIndex, explainMatch, type DuplicateMatch } from '../../core/src/index';
import type { ParsedDocument } from '../../core/src/index';
import { parseDocument } from '../../core/src/index';

/** A file read for the command. */
export interface LoadedFile {
	file: string;
	text: string;
	parsed?: ParsedDocument;
}

/** Finds duplicates across `files` (earlier files hold the first copies) and formats them. */
export function formatDuplicates(files: LoadedFile[], json: boolean): string {
	const parsedFiles = files.map((file) => ({ ...file, parsed: file.parsed ?? parseDocument(file.text) }));
	const index = createDuplicateIndex({ compareDocuments: (a, b) => Number(a) - Number(b) });
	parsedFiles.forEach((file, k) => index.add(String(k), file.text, file.parsed.entries));
	const matches = parsedFiles.flatMap((_file, k) => index.findMatches(String(k)));
	if (json) {
		const pairs = (tier?: string) => matches.filter((match) => !tier || match.tier === tier).map((match) => [match.original.entry.number, match.duplicate.entry.number]);
		return `${JSON.stringify({ pairs: pairs(), duplicate: pairs('duplicate'), possible: pairs('possible') })}\n`;
	}
	const lineOf = (k: string, offset: number) => lineAt(parsedFiles[Number(k)].parsed.lineStarts, offset) + 1;
	const out: string[] = [];
	parsedFiles.forEach((file, k) => {
		const mine = matches.filter((match) => match.duplicate.docKey === String(k));
		const certain = mine.filter((match) => match.tier === 'duplicate').length;
		out.push(`${file.file}: ${certain} duplicate${certain === 1 ? '' : 's'}, ${mine.length - certain} possible duplicate${mine.length - certain === 1 ? '' : 's'}`);
		for (const match of mine) {
			out.push(`  #${match.duplicate.entry.number} line ${lineOf(String(k), match.duplicate.entry.span.start)}: ${describe(match, lineOf, parsedFiles.map((each) => each.file))}`);
		}
	});
	return `${out.join('\n')}\n`;
}

function describe(match: DuplicateMatch, lineOf: (k: string, offset: number) => number, names: string[]): string {
	return explainMatch(match, (record) => lineOf(record.docKey, record.entry.span.start), (record) => names[Number(record.docKey)]);
}
