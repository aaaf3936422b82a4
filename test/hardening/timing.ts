/** Timing helpers for the adversarial-input tests: robust to a loaded machine, honest about slow work. */

/**
 * Milliseconds of CPU time (user + system) this process spends on one call of `work`. CPU time, not wall time: vitest
 * runs test files in parallel processes, and on a 2-core machine a busy neighbour would otherwise count as our work.
 */
export async function timeOnce(work: () => unknown): Promise<number> {
	const start = process.cpuUsage();
	await work();
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

/**
 * The time of `work`, judged against `limitMs`: one run when it is under the limit (a run is never spuriously fast);
 * otherwise the median of three, so a single garbage collection or a cold start does not fail the test.
 */
export async function timeAgainstLimit(work: () => unknown, limitMs: number): Promise<number> {
	const first = await timeOnce(work);
	if (first <= limitMs) {
		return first;
	}
	const times = [first, await timeOnce(work), await timeOnce(work)].sort((a, b) => a - b);
	return times[1];
}
