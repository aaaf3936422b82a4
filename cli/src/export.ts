/** `litdump export`: citations of a dump in a chosen format, to stdout or a file. */
import { findExportFormat, exportFormats, formatCitations } from '../../core/src/index';
import { parseDocument } from '../../core/src/index';
import { selectFirstCopies } from '../../core/src/index';
import type { Options } from './options';
import { writeFileAtomically } from './writeFile';

/** Exports the entries of `text`; with `-o` writes the file and returns a summary for stderr. */
export async function exportCitations(file: string, text: string, options: Options): Promise<string | { message: string } | { error: string }> {
	const format = findExportFormat(options.format ?? '');
	if (!format) {
		return { error: `${options.format ? `unknown format "${options.format}"` : '--format is required'} (use ${exportFormats.map((info) => info.id).join(', ')})` };
	}
	const parsed = parseDocument(text);
	let entries = parsed.entries;
	let leftOut = 0;
	if (options.dedupe) {
		const [kept] = selectFirstCopies([{ text, entries: parsed.entries }]);
		entries = kept.entries;
		leftOut = kept.leftOut;
	}
	const result = await formatCitations(text, entries, format.id);
	const summary = [
		`${file}: exported ${result.count} citation${result.count === 1 ? '' : 's'} as ${format.label}`,
		options.dedupe ? `${leftOut} duplicate${leftOut === 1 ? '' : 's'} left out` : '',
		`${result.skipped.length} skipped`,
	].filter(Boolean).join('; ');
	const details = [...result.skipped.map((item) => `  #${item.entry}: ${item.reason}`), ...result.warnings.map((warning) => `  ${warning}`)];
	if (options.output) {
		writeFileAtomically(options.output, result.content);
		return { message: `${summary} → ${options.output}\n${details.map((line) => `${line}\n`).join('')}` };
	}
	return result.content;
}
