/**
 * Check 3: values that cannot be: an estimate outside its own CI, a lower limit above the upper,
 * AUC/C-index/Dice above 1, proportions above 100%, negative ratios, |r| or κ above 1.
 */
import type { Statistic, StatKind } from '../types';
import { formatPrinted, halfUnit, type CheckRecorder } from './recorder';

const UNIT_INTERVAL = new Set<StatKind>(['auc', 'c-index', 'dice', 'icc']);
const PROPORTIONS = new Set<StatKind>(['sensitivity', 'specificity', 'accuracy', 'ppv', 'npv', 'percent']);
const CORRELATIONS = new Set<StatKind>(['r', 'rho', 'kappa']);
const RATIOS = new Set<StatKind>(['hr', 'or', 'rr']);
const NAMES: Partial<Record<StatKind, string>> = {
	auc: 'AUC', 'c-index': 'C-index', dice: 'Dice', icc: 'ICC', hr: 'HR', or: 'OR', rr: 'RR', r: 'r', rho: 'ρ', kappa: 'κ', percent: 'percentage',
};

function nameOf(stat: Statistic): string {
	return NAMES[stat.kind] ?? stat.kind;
}

/** The largest value a kind allows on its printed scale, or undefined (a bare percentage may be a change: +300%). */
function upperLimit(stat: Statistic): number | undefined {
	if (UNIT_INTERVAL.has(stat.kind)) return stat.percent ? 100 : 1;
	if (stat.kind === 'percent') return stat.count !== undefined ? 100 : undefined;
	if (PROPORTIONS.has(stat.kind)) return stat.percent ? 100 : stat.value > 1 ? 100 : 1;
	if (CORRELATIONS.has(stat.kind)) return 1;
	return undefined;
}

/** Runs check 3 on every statistic. */
export function checkRanges(stats: Statistic[], recorder: CheckRecorder): void {
	for (const stat of stats) {
		const ci = stat.ci;
		const show = (value: number, decimals: number): string => formatPrinted(value, decimals) + (stat.percent ? '%' : '');
		if (ci !== undefined && stat.kind !== 'ci') {
			const lowerEdge = ci.lower.value - halfUnit(ci.lower.decimals);
			const upperEdge = ci.upper.value + halfUnit(ci.upper.decimals);
			if (lowerEdge > upperEdge) {
				recorder.report('range', 'warning', stat, `CI lower limit ${show(ci.lower.value, ci.lower.decimals)} is above its upper limit ${show(ci.upper.value, ci.upper.decimals)}`, { span: ci.span });
			} else if (stat.value + halfUnit(stat.decimals) < lowerEdge || stat.value - halfUnit(stat.decimals) > upperEdge) {
				recorder.report('range', 'warning', stat, `${nameOf(stat)} ${show(stat.value, stat.decimals)} lies outside its own ${ci.level}% CI ${show(ci.lower.value, ci.lower.decimals)}–${show(ci.upper.value, ci.upper.decimals)}`);
			} else {
				recorder.pass(stat, `inside its ${ci.level}% CI`);
			}
		}
		const limit = upperLimit(stat);
		const largest = Math.max(Math.abs(stat.value), ci ? Math.abs(ci.upper.value) : 0, ci ? Math.abs(ci.lower.value) : 0);
		if (limit !== undefined && largest > limit) {
			recorder.report('range', 'warning', stat, `${nameOf(stat)} cannot exceed ${limit === 100 ? '100%' : String(limit)}${CORRELATIONS.has(stat.kind) ? ' in absolute value' : ''}`);
		}
		if (limit !== undefined && !CORRELATIONS.has(stat.kind) && stat.kind !== 'icc' && stat.value < 0) recorder.report('range', 'warning', stat, `${nameOf(stat)} cannot be negative`);
		if (RATIOS.has(stat.kind) && (stat.value <= 0 || (ci !== undefined && ci.lower.value < 0))) recorder.report('range', 'warning', stat, `${nameOf(stat)} and its CI must be positive`);
		if (stat.count !== undefined && stat.total !== undefined && stat.count > stat.total) {
			recorder.report('range', 'warning', stat, `count ${stat.count} is larger than its total ${stat.total}`);
		}
	}
}
