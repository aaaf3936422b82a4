/**
 * Short Markdown for hovering one statistic: what it is, how it was printed, what the checks
 * recomputed, and the verdict ("consistent", "consistent only thanks to rounding", or the problem).
 */
import { describeP, formatPrinted } from './checks/recorder';
import type { StatFinding, Statistic, StatKind, StatVerdict } from './types';

/** Human names of the kinds, for hovers and exports. */
export const STAT_KIND_NAMES: Record<StatKind, string> = {
	n: 'sample size', percent: 'percentage', auc: 'AUC (area under the ROC curve)', 'c-index': 'C-index (concordance index)',
	sensitivity: 'sensitivity', specificity: 'specificity', accuracy: 'accuracy', ppv: 'positive predictive value',
	npv: 'negative predictive value', hr: 'hazard ratio', or: 'odds ratio', rr: 'relative risk', ci: 'confidence interval',
	p: 'P value', chi2: 'χ² test statistic', t: 't test statistic', F: 'F test statistic', z: 'z test statistic',
	r: 'correlation coefficient r', rho: 'rank correlation ρ', kappa: 'Cohen’s κ', icc: 'intraclass correlation coefficient',
	dice: 'Dice similarity coefficient', 'mean-sd': 'mean ± SD', 'median-iqr': 'median (IQR)',
};

const STAT_SYMBOLS: Partial<Record<StatKind, string>> = { chi2: 'χ²', hr: 'HR', or: 'OR', rr: 'RR', rho: 'ρ' };

/** The value as printed, with its `%`, SD, counts, CI and IQR, e.g. `81.1% (544/671; 95% CI 77.9–84.0)`. */
export function formatStatisticValue(stat: Statistic): string {
	const unit = stat.percent ? '%' : '';
	let text = stat.kind === 'p' ? '' : formatPrinted(stat.value, stat.decimals) + unit;
	if (stat.kind === 'p') text = stat.comparator === 'ns' ? 'ns' : `${stat.comparator ?? '='} ${formatPrinted(stat.value, stat.decimals)}`;
	if (stat.sd !== undefined) text += ` ± ${formatPrinted(stat.sd.value, stat.sd.decimals)}`;
	const extras: string[] = [];
	if (stat.count !== undefined) extras.push(stat.total !== undefined ? `${stat.count}/${stat.total}` : `n = ${stat.count}`);
	if (stat.ci !== undefined && stat.kind !== 'ci') extras.push(formatInterval(stat));
	if (stat.iqr !== undefined) extras.push(`IQR ${formatPrinted(stat.iqr.lower.value, stat.iqr.lower.decimals)}–${formatPrinted(stat.iqr.upper.value, stat.iqr.upper.decimals)}`);
	if (stat.kind === 'ci') return formatInterval(stat);
	return extras.length > 0 ? `${text} (${extras.join('; ')})` : text;
}

/** `95% CI 0.738–0.872` for a statistic with a CI, else ''. */
export function formatInterval(stat: Statistic): string {
	const ci = stat.ci;
	if (ci === undefined) return '';
	const unit = stat.percent ? '%' : '';
	return `${ci.level}% CI ${formatPrinted(ci.lower.value, ci.lower.decimals)}–${formatPrinted(ci.upper.value, ci.upper.decimals)}${unit}`;
}

const VERDICT_TEXT: Record<StatVerdict['status'], string> = {
	consistent: '✓ consistent',
	'consistent-by-rounding': '✓ consistent only thanks to rounding',
	doubtful: 'ⓘ possibly inconsistent (depends on an assumption)',
	inconsistent: '⚠ inconsistent',
	unchecked: 'not checked (nothing to recompute it from)',
};

/**
 * Markdown for hovering `stat`: its kind, printed value, cohort, degrees of freedom, the
 * recomputations of the checks and the verdict. `findings` may hold findings of other statistics;
 * with `stats` (all statistics of the abstract) the hover also names the P value or what a P is for.
 */
export function describeStatistic(stat: Statistic, findings: StatFinding[], verdict?: StatVerdict, stats?: Statistic[]): string {
	const lines = [`**${STAT_KIND_NAMES[stat.kind]}**${stat.adjusted ? ' (adjusted)' : ''}: ${formatStatisticValue(stat)}`];
	const details: string[] = [];
	if (stats !== undefined && stat.pIndex !== undefined && stats[stat.pIndex] !== undefined) details.push(`reported with ${describeP(stats[stat.pIndex])}`);
	if (stats !== undefined && stat.appliesTo !== undefined && stat.appliesTo.length > 0) {
		details.push(`for ${stat.appliesTo.map((index) => stats[index]).filter((owner) => owner !== undefined).map((owner) => `${STAT_SYMBOLS[owner.kind] ?? owner.kind} = ${formatStatisticValue({ ...owner, ci: undefined })}`).join(', ')}`);
	}
	if (stat.cohort !== undefined) details.push(`cohort/group: ${stat.cohort}`);
	if (stat.df !== undefined) details.push(`df = ${stat.df.join(', ')}`);
	else if (['chi2', 't', 'F', 'r', 'rho'].includes(stat.kind)) details.push('df not printed');
	if (details.length > 0) lines.push(details.join(' · '));
	const mine = findings.filter((finding) => finding.statIndex === stat.index || finding.related.includes(stat.index));
	const notes = new Set<string>(verdict?.notes ?? []);
	for (const finding of mine) notes.add(finding.message);
	if (notes.size > 0) lines.push([...notes].map((note) => `- ${note}`).join('\n'));
	const status = verdict?.status ?? (mine.some((finding) => finding.severity === 'warning') ? 'inconsistent' : mine.length > 0 ? 'doubtful' : 'unchecked');
	lines.push(`Verdict: ${VERDICT_TEXT[status]}${mine.some((finding) => finding.decisionError) ? ' — significance at 0.05 flips' : ''}`);
	return lines.join('\n\n');
}
