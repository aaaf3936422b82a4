/**
 * Check 4: counts against percentages (GRIM for percentages). A printed `k/N` is checked directly;
 * counts without N are checked against the total of a run of groups whose percentages add to 100%.
 * A lone count without N is only confirmed (never flagged) when a stated sample size fits it.
 */
import type { Statistic } from '../types';
import { formatPrinted, halfUnit, type CheckRecorder } from './recorder';

const EPSILON = 1e-9;

/** The proportion on the percentage scale with its rounding radius. */
function percentOf(stat: Statistic): { value: number; radius: number } {
	const scale = stat.percent ? 1 : 100;
	return { value: stat.value * scale, radius: halfUnit(stat.decimals) * scale };
}

function fits(count: number, total: number, stat: Statistic): boolean {
	const { value, radius } = percentOf(stat);
	return Math.abs((100 * count) / total - value) <= radius + EPSILON;
}

function describeShare(count: number, total: number, stat: Statistic): string {
	const exact = (100 * count) / total;
	const printed = formatPrinted(stat.percent ? stat.value : stat.value * 100, stat.percent ? stat.decimals : Math.max(0, stat.decimals - 2));
	return `${count}/${total} = ${exact.toFixed(Math.max(2, stat.decimals + 1))}%, which rounds to ${exact.toFixed(stat.percent ? stat.decimals : Math.max(0, stat.decimals - 2))}%, not ${printed}%`;
}

/** Runs check 4 on every proportion printed with a count. */
export function checkCounts(stats: Statistic[], recorder: CheckRecorder): void {
	const statedSizes = new Set(stats.filter((stat) => stat.kind === 'n').map((stat) => stat.value));
	const countOnly: Statistic[] = [];
	for (const stat of stats) {
		if (stat.count === undefined || stat.kind === 'n') continue;
		if (stat.total !== undefined && stat.total > 0) {
			if (fits(stat.count, stat.total, stat)) recorder.pass(stat, `${stat.count}/${stat.total} = ${((100 * stat.count) / stat.total).toFixed(2)}%`);
			else recorder.report('grim', 'warning', stat, describeShare(stat.count, stat.total, stat));
		} else if (stat.percent) countOnly.push(stat);
	}
	const runs = findCompleteRuns(countOnly);
	const inRuns = new Set(runs.flat());
	for (const stat of countOnly) {
		if (inRuns.has(stat)) continue;
		const total = [...statedSizes].find((size) => size >= stat.count! && fits(stat.count!, size, stat));
		if (total !== undefined) recorder.pass(stat, `${stat.count}/${total} = ${((100 * stat.count!) / total).toFixed(2)}% (of the stated ${total})`);
	}
	for (const run of runs) {
		const total = run.reduce((sum, stat) => sum + stat.count!, 0);
		const stated = statedSizes.has(total);
		for (const stat of run) {
			if (fits(stat.count!, total, stat)) {
				recorder.pass(stat, `${stat.count}/${total} = ${((100 * stat.count!) / total).toFixed(2)}% (the groups add up to ${total})`);
				continue;
			}
			const assumption = stated ? `the groups add up to the stated ${total}` : `assuming the groups (${run.map((other) => other.count).join(' + ')}) make up all ${total}`;
			recorder.report('grim', stated ? 'warning' : 'information', stat, `${describeShare(stat.count!, total, stat)} (${assumption})`, { related: run.filter((other) => other !== stat) });
		}
	}
}

/** Runs of consecutive count-only percentages in one sentence whose percentages add up to 100 within rounding. */
function findCompleteRuns(stats: Statistic[]): Statistic[][] {
	const runs: Statistic[][] = [];
	let start = 0;
	while (start < stats.length) {
		let sum = 0;
		let radius = 0;
		let found = -1;
		for (let end = start; end < stats.length && stats[end].sentence === stats[start].sentence && end - start < 20; end++) {
			sum += stats[end].value;
			radius += halfUnit(stats[end].decimals);
			if (end > start && Math.abs(sum - 100) <= radius + EPSILON) {
				found = end;
				break;
			}
			if (sum > 100 + radius) break;
		}
		if (found >= 0) {
			runs.push(stats.slice(start, found + 1));
			start = found + 1;
		} else start++;
	}
	return runs;
}
