/** `litdump outline`: the outline of a dump as text. */
import { lineAt } from '../../core/src/index';
import { buildOutline } from '../../core/src/index';
import { parseDocument } from '../../core/src/index';

/** Formats the outline of `text` (read from `file`) for a terminal. */
export function formatOutline(file: string, text: string): string {
	const parsed = parseDocument(text);
	const line = (offset: number) => lineAt(parsed.lineStarts, offset) + 1;
	const out: string[] = [`${file}: ${parsed.entries.length} entr${parsed.entries.length === 1 ? 'y' : 'ies'} (${parsed.dialect})`];
	for (const item of buildOutline(parsed)) {
		out.push(`  ${item.name}`);
		out.push(`      ${[item.detail, `line ${line(item.start)}`].filter(Boolean).join(' · ')}`);
		const parts = item.children.map((child) => child.name);
		if (parts.length > 0) {
			out.push(`      ${parts.join(' · ')}`);
		}
	}
	for (const problem of parsed.problems) {
		out.push(`  line ${line(problem.span.start)}: ${problem.message}`);
	}
	if (parsed.problemsLeftOut > 0) {
		out.push(`  … and ${parsed.problemsLeftOut} more unrecognised lines`);
	}
	return `${out.join('\n')}\n`;
}
