/** Statistics in the editor: hover summaries of papers and statistics, and consistency diagnostics. */
import { DiagnosticSeverity, MarkupKind, type Diagnostic, type Hover } from 'vscode-languageserver';
import { buildEntryHover, buildStatisticHover } from '../../../core/src/index';
import { findEntryIndexAt, isOnHeading } from '../../../core/src/index';
import { analyzeEntry } from '../analysis';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { runSafe } from '../runSafe';
import type { DiagnosticProvider } from './diagnostics';

/** Consistency findings of every entry's statistics, as diagnostics (`code: inconsistent-statistic`). */
export const statisticsProblems: DiagnosticProvider = (document, parsed, context) => {
	const settings = context.settings();
	if (!settings.statisticsChecks || context.isTooLarge(document)) {
		return [];
	}
	const text = document.getText();
	const diagnostics: Diagnostic[] = [];
	for (let index = 0; index < parsed.entries.length; index++) {
		const { stats, assessment } = analyzeEntry(text, parsed, index);
		for (const finding of assessment.findings) {
			if (finding.severity === 'information' && settings.statisticsMinimumSeverity === 'warning') {
				continue;
			}
			diagnostics.push({
				range: toRange(document, finding.span),
				severity: finding.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
				code: finding.code,
				source: 'litdump',
				message: `${finding.message}${finding.decisionError ? ' (significance at 0.05 flips)' : ''}`,
				relatedInformation: finding.related.filter((other) => other !== finding.statIndex && stats[other]).map((other) => ({
					location: { uri: document.uri, range: toRange(document, stats[other].span) },
					message: `involved: ${text.slice(stats[other].span.start, stats[other].span.end)}`,
				})),
			});
		}
	}
	return diagnostics;
};

/** Registers hover: a paper's summary on its number or title, a statistic's explanation on the statistic. */
export function registerStatisticsHover(context: ServerContext): void {
	const { connection, documents, cache } = context;
	connection.onHover((params, token) => runSafe(connection.console, 'hover', token, (): Hover | null => {
		const document = documents.get(params.textDocument.uri);
		if (!document) {
			return null;
		}
		const parsed = cache.get(document);
		const offset = document.offsetAt(params.position);
		const index = findEntryIndexAt(parsed, offset);
		if (index < 0) {
			return null;
		}
		const entry = parsed.entries[index];
		const skipStatistics = context.isTooLarge(document);
		const analysis = skipStatistics ? { stats: [], assessment: { findings: [], verdicts: [] } } : analyzeEntry(document.getText(), parsed, index);
		if (isOnHeading(entry, offset)) {
			return { contents: { kind: MarkupKind.Markdown, value: buildEntryHover(entry, analysis.stats, analysis.assessment) }, range: toRange(document, { start: entry.numberSpan.start, end: entry.titleSpan.end }) };
		}
		const onStatistic = buildStatisticHover(analysis.stats, analysis.assessment, offset);
		return onStatistic ? { contents: { kind: MarkupKind.Markdown, value: onStatistic.markdown }, range: toRange(document, onStatistic.statistic.span) } : null;
	}));
}
