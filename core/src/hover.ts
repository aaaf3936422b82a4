/** Hover texts (Markdown): the summary of a paper, and the explanation of one statistic of its abstract. */
import { formatShortName } from './authors';
import type { Entry } from './model';
import { describeStatistic, formatSummaryMarkdown, summarizeStatistics, type StatAssessment, type Statistic } from './stats/index';

const HOVER_AUTHORS = 6;

/** `Diao W, Chen X, Wang X, et al. Title. *Journal* 2025;59(5):549-557.` — a Vancouver-style citation line. */
export function formatCitationLine(entry: Entry): string {
	const authors = entry.authors.map(formatShortName);
	const who = authors.length > HOVER_AUTHORS ? `${authors.slice(0, 3).join(', ')}, et al.` : authors.join(', ');
	const source = entry.source;
	const where = source
		? `${source.journal ? `*${escapeMarkdown(source.journal)}* ` : ''}${source.year ?? ''}${source.volume ? `;${source.volume}` : ''}${source.issue ? `(${source.issue})` : ''}${source.pages ? `:${source.pages}` : ''}`
		: '';
	return [who ? `${escapeMarkdown(who)}${who.endsWith('.') ? '' : '.'}` : '', `${escapeMarkdown(entry.title || '(untitled)')}.`, where ? `${where.trim()}.` : ''].filter(Boolean).join(' ');
}

/** The hover of a paper's title: citation, cohorts and sizes, the main results, and consistency findings. */
export function buildEntryHover(entry: Entry, stats: Statistic[], assessment: StatAssessment): string {
	const parts = [`**#${entry.number}** ${formatCitationLine(entry)}`];
	const doi = entry.identifiers.find((id) => id.kind === 'doi');
	if (doi) {
		parts.push(`DOI [${doi.value}](https://doi.org/${encodeURI(doi.value)})`);
	}
	const summary = formatSummaryMarkdown(summarizeStatistics(stats), assessment.findings);
	parts.push(summary || (entry.abstract ? '_No statistics found in the abstract._' : '_No abstract._'));
	if (stats.length > 0 && assessment.findings.length === 0) {
		parts.push(`✓ ${stats.length} statistic${stats.length === 1 ? '' : 's'} found; no inconsistency.`);
	}
	return parts.join('\n\n');
}

/** The hover of the statistic at `offset`, if the offset lies on one. */
export function buildStatisticHover(stats: Statistic[], assessment: StatAssessment, offset: number): { markdown: string; statistic: Statistic } | undefined {
	let best: Statistic | undefined;
	for (const stat of stats) {
		if (offset >= stat.span.start && offset <= stat.span.end && (!best || stat.span.end - stat.span.start < best.span.end - best.span.start)) {
			best = stat;
		}
	}
	return best ? { markdown: describeStatistic(best, assessment.findings, assessment.verdicts[best.index], stats), statistic: best } : undefined;
}

function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>|]/g, (char) => `\\${char}`);
}
