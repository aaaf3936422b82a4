// Runs named checks one after another, prints one line per check and the "N passed, N failed" total.

/** Creates a tally; `run(name, description, action)` records a pass, or a failure with its message, and never throws. */
export function createTally(label, { onFailure, checkTimeoutMs = 120_000 } = {}) {
	const results = [];
	return {
		results,
		async run(name, description, action) {
			const started = Date.now();
			try {
				let timer;
				const timeLimit = new Promise((_, reject) => {
					timer = setTimeout(() => reject(new Error(`no result after ${checkTimeoutMs} ms`)), checkTimeoutMs);
				});
				const note = await Promise.race([action(), timeLimit]).finally(() => clearTimeout(timer));
				results.push({ name, passed: true });
				console.log(`  PASS ${name}: ${description}${note ? ` — ${note}` : ''} (${Date.now() - started} ms)`);
			} catch (error) {
				results.push({ name, passed: false, message: error.message });
				console.log(`  FAIL ${name}: ${description} (${Date.now() - started} ms)\n       ${String(error.message).replace(/\n/g, '\n       ')}`);
				if (onFailure) await onFailure(name).catch(() => undefined);
			}
		},
		summarise() {
			const passed = results.filter((result) => result.passed).length;
			const failed = results.length - passed;
			console.log(`${label}: ${passed} passed, ${failed} failed`);
			return failed === 0;
		},
	};
}
