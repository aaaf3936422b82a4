/**
 * Collects findings and per-statistic verdicts while the checks run, plus the number helpers
 * every check shares (rounding intervals, P formatting, symbols).
 */
import type { Span } from '../../model';
import type { CheckId, FindingSeverity, StatAssessment, StatFinding, Statistic, StatKind, VerdictStatus } from '../types';

const STATUS_RANK: Record<VerdictStatus, number> = { unchecked: 0, consistent: 1, 'consistent-by-rounding': 2, doubtful: 3, inconsistent: 4 };

/** Accumulates the outcome of every check for one list of statistics. */
export class CheckRecorder {
	readonly findings: StatFinding[] = [];
	private readonly status: VerdictStatus[];
	private readonly notes: string[][];

	constructor(readonly stats: Statistic[]) {
		this.status = stats.map(() => 'unchecked');
		this.notes = stats.map(() => []);
	}

	/** Records a finding on `stat`. Related statistics share its verdict when `sharedVerdict` (a test and its P), else only get the note. */
	report(check: CheckId, severity: FindingSeverity, stat: Statistic, message: string, options: { span?: Span; related?: Statistic[]; decisionError?: boolean; sharedVerdict?: boolean } = {}): void {
		const related = (options.related ?? []).map((other) => other.index);
		this.findings.push({
			check, code: 'inconsistent-statistic', severity, message, span: options.span ?? stat.span, statIndex: stat.index,
			related, decisionError: options.decisionError ?? false,
		});
		const status: VerdictStatus = severity === 'warning' ? 'inconsistent' : 'doubtful';
		this.raise(stat.index, status);
		this.note(stat.index, message);
		for (const index of related) {
			if (options.sharedVerdict) this.raise(index, status);
			this.note(index, message);
		}
	}

	/** Records that a check passed (`byRounding` when only the rounding interval made it pass), with what was recomputed. */
	pass(stat: Statistic, note: string, byRounding = false): void {
		this.raise(stat.index, byRounding ? 'consistent-by-rounding' : 'consistent');
		this.note(stat.index, note);
	}

	/** Findings and verdicts, in statistic order. */
	result(): StatAssessment {
		return { findings: this.findings, verdicts: this.stats.map((stat) => ({ statIndex: stat.index, status: this.status[stat.index], notes: this.notes[stat.index] })) };
	}

	private raise(index: number, status: VerdictStatus): void {
		if (STATUS_RANK[status] > STATUS_RANK[this.status[index]]) this.status[index] = status;
	}

	private note(index: number, note: string): void {
		if (!this.notes[index].includes(note)) this.notes[index].push(note);
	}
}

/** Half a unit in the last printed decimal: the rounding radius of a printed number. */
export function halfUnit(decimals: number): number {
	return 0.5 * Math.pow(10, -decimals);
}

/** Rounds `x` to `decimals` places (with a guard against binary representation error). */
export function roundTo(x: number, decimals: number): number {
	const scale = Math.pow(10, decimals);
	return Math.round(x * scale * (1 + 1e-12)) / scale;
}

/** Formats a P value for messages: `0.002`, `0.0004`, `3.1e-8`. */
export function formatP(p: number): string {
	if (p >= 0.001) return p.toFixed(3);
	if (p >= 0.0001) return p.toFixed(4);
	return p.toExponential(1);
}

/** Formats a printed number back with its decimals. */
export function formatPrinted(value: number, decimals: number): string {
	return value.toFixed(Math.max(0, decimals));
}

const SYMBOLS: Partial<Record<StatKind, string>> = { chi2: 'χ²', t: 't', F: 'F', z: 'z', r: 'r', rho: 'ρ', hr: 'HR', or: 'OR', rr: 'RR' };

/** The symbol used in messages for a kind (`χ²`, `HR`, …). */
export function symbolOf(kind: StatKind): string {
	return SYMBOLS[kind] ?? kind;
}

/** `P < 0.001`, `P = 0.080`, `P ns` for a P statistic. */
export function describeP(p: Statistic): string {
	if (p.comparator === 'ns') return 'P > 0.05 (ns)';
	const comparator = p.comparator === '<=' ? '≤' : p.comparator === '>=' ? '≥' : p.comparator ?? '=';
	return `P ${comparator} ${formatPrinted(p.value, p.decimals)}`;
}
