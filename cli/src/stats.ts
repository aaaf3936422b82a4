/** `litdump stats`: every extracted statistic as CSV or JSON, and the consistency findings as text. */
import { lineAt } from '../../core/src/index';
import type { ParsedDocument } from '../../core/src/index';
import { assessStatistics, extractStatistics } from '../../core/src/index';
import { formatStatisticsCsv, formatStatisticsJson, tabulateStatistics } from '../../core/src/index';

/** The statistics table of `text` in `format`. */
export function formatStatisticsTable(text: string, parsed: ParsedDocument, format: 'csv' | 'json'): string {
	const rows = tabulateStatistics(text, parsed);
	return format === 'json' ? formatStatisticsJson(rows) : formatStatisticsCsv(rows);
}

/** One line per consistency finding: `  #1 line 4: ⚠ χ² = 9.52 gives P = 0.002 …`. */
export function formatStatisticsFindings(text: string, parsed: ParsedDocument): string[] {
	const lines: string[] = [];
	for (const entry of parsed.entries) {
		if (!entry.abstract) {
			continue;
		}
		const stats = extractStatistics(text, entry.abstract.span);
		for (const finding of assessStatistics(stats, text).findings) {
			const where = `#${entry.number} line ${lineAt(parsed.lineStarts, finding.span.start) + 1}`;
			lines.push(`  ${where}: ${finding.severity === 'warning' ? 'warning' : 'note'}: ${finding.message} [${text.slice(finding.span.start, finding.span.end)}]`);
		}
	}
	return lines;
}
