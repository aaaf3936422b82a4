/**
 * Check 2: a ratio measure's confidence interval against its P value. On the log scale the CI
 * gives SE = (ln u − ln l) / (2·z), z = ln(estimate) / SE (Altman & Bland, BMJ 2011), and P from z.
 */
import { normalQuantileForLevel, pFromZ } from '../distributions';
import type { Statistic } from '../types';
import { describeP, formatP, formatPrinted, halfUnit, roundTo, symbolOf, type CheckRecorder } from './recorder';

const RATIO_KINDS = new Set(['hr', 'or', 'rr']);
const ALPHA = 0.05;

/** Smallest and largest P the printed estimate and CI allow (each number widened by its rounding). */
function pRangeFromInterval(stat: Statistic, zLevel: number): { low: number; high: number; central: number } | undefined {
	const ci = stat.ci!;
	const hl = halfUnit(ci.lower.decimals);
	const hu = halfUnit(ci.upper.decimals);
	const he = halfUnit(stat.decimals);
	const lower = ci.lower.value;
	const upper = ci.upper.value;
	if (lower - hl <= 0 || stat.value - he <= 0 || upper <= lower) return undefined;
	const seMin = (Math.log(Math.max(upper - hu, lower + hl)) - Math.log(lower + hl)) / (2 * zLevel);
	const seMax = (Math.log(upper + hu) - Math.log(lower - hl)) / (2 * zLevel);
	const central = Math.abs(Math.log(stat.value)) / ((Math.log(upper) - Math.log(lower)) / (2 * zLevel));
	const estimates = [Math.log(stat.value - he), Math.log(stat.value + he), (Math.log(lower - hl) + Math.log(upper + hu)) / 2, (Math.log(lower + hl) + Math.log(upper - hu)) / 2];
	const lowEstimate = Math.min(...estimates);
	const highEstimate = Math.max(...estimates);
	const smallestSize = lowEstimate <= 0 && highEstimate >= 0 ? 0 : Math.min(Math.abs(lowEstimate), Math.abs(highEstimate));
	const largestSize = Math.max(Math.abs(lowEstimate), Math.abs(highEstimate));
	const zMax = seMin > 0 ? largestSize / seMin : Infinity;
	return { low: pFromZ(zMax), high: pFromZ(smallestSize / seMax), central: pFromZ(central) };
}

/** Runs check 2 on every HR, OR and RR with a CI and a P value. */
export function checkRatioIntervals(stats: Statistic[], recorder: CheckRecorder): void {
	for (const stat of stats) {
		if (!RATIO_KINDS.has(stat.kind) || stat.ci === undefined || stat.pIndex === undefined) continue;
		const p = stats[stat.pIndex];
		const ci = stat.ci;
		const name = `${symbolOf(stat.kind)} ${formatPrinted(stat.value, stat.decimals)} (${ci.level}% CI ${formatPrinted(ci.lower.value, ci.lower.decimals)}–${formatPrinted(ci.upper.value, ci.upper.decimals)})`;
		const reportedSignificant = p.comparator === '<' || p.comparator === '<=' ? p.value <= ALPHA : p.comparator === '=' ? p.value < ALPHA : false;
		const reportedNotSignificant = p.comparator === '>' || p.comparator === '>=' || p.comparator === 'ns' ? p.value >= ALPHA : p.comparator === '=' ? p.value > ALPHA : false;
		if (ci.level === 95) {
			const excludesOne = ci.lower.value - halfUnit(ci.lower.decimals) > 1 || ci.upper.value + halfUnit(ci.upper.decimals) < 1;
			const includesOne = ci.lower.value + halfUnit(ci.lower.decimals) < 1 && ci.upper.value - halfUnit(ci.upper.decimals) > 1;
			if ((excludesOne && reportedNotSignificant) || (includesOne && reportedSignificant)) {
				const message = `${name} ${excludesOne ? 'excludes' : 'includes'} 1, so P should be ${excludesOne ? '< 0.05' : '> 0.05'}, not ${describeP(p)}`;
				recorder.report('ci-p', 'warning', stat, message, { related: [p], decisionError: true, sharedVerdict: true });
				continue;
			}
		}
		const zLevel = normalQuantileForLevel(ci.level);
		if (zLevel === undefined) continue;
		const range = pRangeFromInterval(stat, zLevel);
		if (range === undefined) continue;
		const gives = `${name} gives P ≈ ${formatP(range.central)} (log-scale SE from the CI)`;
		if (isOutside(p, range.low, range.high)) {
			recorder.report('ci-p', 'information', stat, `${gives}, not ${describeP(p)}; assumes a symmetric (Wald) CI on the log scale`, { related: [p], sharedVerdict: true });
		} else {
			recorder.pass(stat, `${gives}: consistent with ${describeP(p)}`);
			recorder.pass(p, `${gives}: consistent with ${describeP(p)}`);
		}
	}
}

function isOutside(p: Statistic, low: number, high: number): boolean {
	if (p.comparator === '=' ) return p.value > roundTo(high, p.decimals) || p.value < roundTo(low, p.decimals);
	if (p.comparator === '<' || p.comparator === '<=') return p.value < low;
	if (p.comparator === 'ns') return high < ALPHA;
	return p.value > high;
}
