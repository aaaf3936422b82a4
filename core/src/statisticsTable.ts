/** Every extracted statistic of a dump as a table (CSV or JSON), for meta-analysis. */
import type { ParsedDocument } from './model';
import { assessStatistics, describeP, extractStatistics, formatStatisticValue, STAT_KIND_NAMES, type StatAssessment, type Statistic } from './stats/index';

/** One row of the statistics table. */
export interface StatisticsRow {
	entry: number;
	title: string;
	kind: string;
	name: string;
	cohort: string;
	value: number;
	printed: string;
	ciLevel: number | null;
	ciLower: number | null;
	ciUpper: number | null;
	p: string;
	text: string;
	verdict: string;
	findings: string;
}

/** The columns of the CSV, in order. */
export const statisticsColumns: ReadonlyArray<keyof StatisticsRow> = ['entry', 'title', 'kind', 'name', 'cohort', 'value', 'printed', 'ciLevel', 'ciLower', 'ciUpper', 'p', 'text', 'verdict', 'findings'];

/** Extracts and checks the statistics of every entry; `analyze` lets a caller reuse cached analyses. */
export function tabulateStatistics(text: string, document: ParsedDocument, analyze?: (index: number) => { stats: Statistic[]; assessment: StatAssessment }): StatisticsRow[] {
	const rows: StatisticsRow[] = [];
	document.entries.forEach((entry, index) => {
		if (!entry.abstract) {
			return;
		}
		let analysis = analyze?.(index);
		if (!analysis) {
			const stats = extractStatistics(text, entry.abstract.span);
			analysis = { stats, assessment: assessStatistics(stats, text) };
		}
		const { stats, assessment } = analysis;
		for (const stat of stats) {
			const mine = assessment.findings.filter((finding) => finding.statIndex === stat.index);
			rows.push({
				entry: entry.number,
				title: entry.title,
				kind: stat.kind,
				name: STAT_KIND_NAMES[stat.kind],
				cohort: stat.cohort ?? '',
				value: stat.value,
				printed: formatStatisticValue({ ...stat, ci: undefined }),
				ciLevel: stat.ci?.level ?? null,
				ciLower: stat.ci?.lower.value ?? null,
				ciUpper: stat.ci?.upper.value ?? null,
				p: stat.pIndex !== undefined ? describeP(stats[stat.pIndex]) : stat.kind === 'p' ? describeP(stat) : '',
				text: text.slice(stat.span.start, stat.span.end),
				verdict: assessment.verdicts[stat.index]?.status ?? 'unchecked',
				findings: mine.map((finding) => finding.message).join(' | '),
			});
		}
	});
	return rows;
}

/** The table as CSV (RFC 4180 quoting, a header row, CRLF line ends as spreadsheets expect). */
export function formatStatisticsCsv(rows: StatisticsRow[]): string {
	const cell = (value: unknown) => {
		const text = value === null || value === undefined ? '' : String(value);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return [statisticsColumns.join(','), ...rows.map((row) => statisticsColumns.map((column) => cell(row[column])).join(','))].join('\r\n') + '\r\n';
}

/** The table as pretty-printed JSON. */
export function formatStatisticsJson(rows: StatisticsRow[]): string {
	return `${JSON.stringify(rows, null, 2)}\n`;
}
