// Waiting on what the page shows: retry a read until it satisfies a condition, never a fixed sleep.

/**
 * Calls `read` until `isDone(value)` holds or `timeoutMs` passes; returns the last value read.
 * Throws (with `describe(lastValue)`) on timeout. Reads are awaited one after another, `intervalMs` apart.
 */
export async function waitUntil(read, isDone, { timeoutMs = 15_000, intervalMs = 250, describe = (value) => JSON.stringify(value) } = {}) {
	const deadline = Date.now() + timeoutMs;
	let lastValue;
	let lastError;
	for (;;) {
		try {
			lastValue = await read();
			lastError = undefined;
			if (isDone(lastValue)) return lastValue;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() >= deadline) break;
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
	const seen = lastError ? `error: ${lastError.message}` : describe(lastValue);
	throw new Error(`gave up after ${timeoutMs} ms; last seen: ${seen}`);
}
