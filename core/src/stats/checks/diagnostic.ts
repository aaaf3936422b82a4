/**
 * Check 5: diagnostic coherence. Accuracy is a prevalence-weighted mean of sensitivity and
 * specificity, so it lies between them; printed counts must add up (TP + TN over all cases).
 */
import type { Statistic } from '../types';
import { formatPrinted, halfUnit, type CheckRecorder } from './recorder';

interface DiagnosticSet {
	sensitivity?: Statistic;
	specificity?: Statistic;
	accuracy?: Statistic;
	ambiguous: boolean;
}

/** Statistics of one method in one cohort share a key: their cohort label, else their sentence (and list position). */
function keyOf(stat: Statistic): string {
	if (stat.cohort !== undefined) return `${stat.sentence.start}|${stat.cohort}`;
	return `${stat.sentence.start}#${stat.listId ?? '-'}#${stat.listPosition ?? -1}`;
}

function onPercentScale(stat: Statistic): { value: number; radius: number } {
	const scale = stat.percent || stat.value > 1 ? 1 : 100;
	return { value: stat.value * scale, radius: halfUnit(stat.decimals) * scale };
}

function show(stat: Statistic): string {
	return formatPrinted(stat.value, stat.decimals) + (stat.percent ? '%' : '');
}

/** Runs check 5 on sensitivity, specificity and accuracy printed for the same method and cohort. */
export function checkDiagnosticCoherence(stats: Statistic[], recorder: CheckRecorder): void {
	const sets = new Map<string, DiagnosticSet>();
	for (const stat of stats) {
		if (stat.kind !== 'sensitivity' && stat.kind !== 'specificity' && stat.kind !== 'accuracy') continue;
		const key = keyOf(stat);
		const set = sets.get(key) ?? { ambiguous: false };
		if (set[stat.kind] !== undefined) set.ambiguous = true;
		set[stat.kind] = stat;
		sets.set(key, set);
	}
	for (const set of sets.values()) {
		const { sensitivity, specificity, accuracy } = set;
		if (set.ambiguous || sensitivity === undefined || specificity === undefined || accuracy === undefined) continue;
		const se = onPercentScale(sensitivity);
		const sp = onPercentScale(specificity);
		const acc = onPercentScale(accuracy);
		const low = Math.min(se.value - se.radius, sp.value - sp.radius);
		const high = Math.max(se.value + se.radius, sp.value + sp.radius);
		const cohort = accuracy.cohort !== undefined ? ` (${accuracy.cohort})` : '';
		if (acc.value + acc.radius < low || acc.value - acc.radius > high) {
			recorder.report('diagnostic', 'warning', accuracy, `accuracy ${show(accuracy)}${cohort} cannot lie outside sensitivity ${show(sensitivity)} and specificity ${show(specificity)}: it is their prevalence-weighted mean`, { related: [sensitivity, specificity] });
			continue;
		}
		recorder.pass(accuracy, `between sensitivity ${show(sensitivity)} and specificity ${show(specificity)}`);
		checkCountsAddUp(sensitivity, specificity, accuracy, recorder);
	}
}

function checkCountsAddUp(sensitivity: Statistic, specificity: Statistic, accuracy: Statistic, recorder: CheckRecorder): void {
	const counts = [sensitivity, specificity, accuracy].map((stat) => [stat.count, stat.total]);
	if (counts.some(([count, total]) => count === undefined || total === undefined)) return;
	const [[tp, positives], [tn, negatives], [correct, all]] = counts as number[][];
	if (tp + tn !== correct || positives + negatives !== all) {
		recorder.report('diagnostic', 'warning', accuracy, `accuracy counts ${correct}/${all} should be (${tp} + ${tn})/(${positives} + ${negatives}) = ${tp + tn}/${positives + negatives} from the sensitivity and specificity counts`, { related: [sensitivity, specificity] });
	}
}
