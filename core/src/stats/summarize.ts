/**
 * The data behind an entry's hover: cohorts and their sizes, and a table of the main results
 * (metric, cohort, value, CI, P), plus a Markdown rendering of both.
 */
import { formatInterval, formatStatisticValue, STAT_KIND_NAMES } from './describe';
import { describeP } from './checks/recorder';
import type { StatFinding, Statistic, StatKind } from './types';

/** A cohort or group with its printed size. */
export interface CohortSize {
	label: string;
	n: number;
	statIndex: number;
}

/** One row of the main-results table. */
export interface ResultRow {
	metric: string;
	kind: StatKind;
	cohort?: string;
	value: string;
	ci?: string;
	p?: string;
	statIndex: number;
}

/** What an entry's hover shows about its numbers. */
export interface StatisticsSummary {
	/** The total sample size when printed ("a total of 2 501 patients"), else the largest size printed. */
	total?: number;
	cohorts: CohortSize[];
	results: ResultRow[];
}

const RESULT_KINDS = new Set<StatKind>(['auc', 'c-index', 'sensitivity', 'specificity', 'accuracy', 'ppv', 'npv', 'hr', 'or', 'rr', 'kappa', 'icc', 'dice', 'chi2', 't', 'F', 'z', 'r', 'rho']);
const SHORT_NAMES: Partial<Record<StatKind, string>> = { auc: 'AUC', 'c-index': 'C-index', ppv: 'PPV', npv: 'NPV', hr: 'HR', or: 'OR', rr: 'RR', kappa: 'κ', icc: 'ICC', dice: 'Dice', chi2: 'χ²', rho: 'ρ' };

/** Summarises the statistics of one abstract for a hover. */
export function summarizeStatistics(stats: Statistic[]): StatisticsSummary {
	const cohorts: CohortSize[] = [];
	const seen = new Set<string>();
	let total: number | undefined;
	let largest: number | undefined;
	for (const stat of stats) {
		if (stat.kind !== 'n') continue;
		largest = Math.max(largest ?? 0, stat.value);
		if (stat.cohort === 'total') total ??= stat.value;
		else if (stat.cohort !== undefined && !seen.has(stat.cohort)) {
			seen.add(stat.cohort);
			cohorts.push({ label: stat.cohort, n: stat.value, statIndex: stat.index });
		}
	}
	const results = stats.filter((stat) => RESULT_KINDS.has(stat.kind)).map((stat): ResultRow => ({
		metric: (stat.adjusted ? 'adjusted ' : '') + (SHORT_NAMES[stat.kind] ?? STAT_KIND_NAMES[stat.kind]),
		kind: stat.kind, cohort: stat.cohort, statIndex: stat.index,
		value: formatStatisticValue({ ...stat, ci: undefined }),
		ci: stat.ci !== undefined ? formatInterval(stat) : undefined,
		p: stat.pIndex !== undefined ? describeP(stats[stat.pIndex]) : undefined,
	}));
	return { total: total ?? largest, cohorts, results };
}

function escapeCell(text: string): string {
	return text.replace(/\|/g, '\\|');
}

/** Renders a summary (and the findings, if given) as compact Markdown: sizes line, results table, findings list. */
export function formatSummaryMarkdown(summary: StatisticsSummary, findings: StatFinding[] = []): string {
	const parts: string[] = [];
	const sizes = summary.cohorts.map((cohort) => `${cohort.label} ${cohort.n}`);
	if (summary.total !== undefined || sizes.length > 0) parts.push(`**N** ${summary.total ?? '?'}${sizes.length > 0 ? ` — ${sizes.join(' · ')}` : ''}`);
	if (summary.results.length > 0) {
		const rows = summary.results.map((row) => `| ${escapeCell(row.metric)} | ${escapeCell(row.cohort ?? '')} | ${escapeCell(row.value)} | ${escapeCell(row.ci ?? '')} | ${escapeCell(row.p ?? '')} |`);
		parts.push(['| Metric | Cohort | Value | CI | P |', '|---|---|---|---|---|', ...rows].join('\n'));
	}
	for (const finding of findings) parts.push(`${finding.severity === 'warning' ? '⚠' : 'ⓘ'} ${finding.message}`);
	return parts.join('\n\n');
}
