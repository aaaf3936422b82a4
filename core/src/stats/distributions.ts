/**
 * P values of the usual test statistics, from stdlib's regularised incomplete gamma and beta
 * functions and erfc (accurate far into the tails). All P values are two-sided except χ² and F.
 */
import betainc from '@stdlib/math-base-special-betainc';
import erfc from '@stdlib/math-base-special-erfc';
import gammainc from '@stdlib/math-base-special-gammainc';

/** Two-sided P of a standard normal deviate `z`. */
export function pFromZ(z: number): number {
	return erfc(Math.abs(z) / Math.SQRT2);
}

/** Two-sided P of Student's `t` with `df` degrees of freedom (`Infinity` gives the normal P). */
export function pFromT(t: number, df: number): number {
	if (!Number.isFinite(df)) return pFromZ(t);
	return betainc(df / (df + t * t), df / 2, 0.5);
}

/** Upper-tail P of `F` with `df1` and `df2` degrees of freedom. */
export function pFromF(f: number, df1: number, df2: number): number {
	if (f <= 0) return 1;
	return betainc(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}

/** Upper-tail P of χ² with `df` degrees of freedom (stdlib gammainc, regularised, upper). */
export function pFromChiSquare(x: number, df: number): number {
	if (x <= 0) return 1;
	return gammainc(x / 2, df / 2, true, true);
}

/** Two-sided P of a Pearson correlation `r` with `df` = n − 2 degrees of freedom. */
export function pFromR(r: number, df: number): number {
	if (Math.abs(r) >= 1) return 0;
	return pFromT(r * Math.sqrt(df / (1 - r * r)), df);
}

/** The two-sided normal quantile for a confidence level in percent (90, 95, 99 …). */
export function normalQuantileForLevel(level: number): number | undefined {
	const known: Record<number, number> = { 80: 1.2815515655, 90: 1.6448536270, 95: 1.9599639845, 98: 2.3263478740, 99: 2.5758293035, 99.9: 3.2905267315 };
	return known[level];
}
