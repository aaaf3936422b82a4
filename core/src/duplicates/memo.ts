/** Remembering the results of a pure function of a string, with bounded memory. */

/** Wraps `compute` so each input is computed once; the memory is emptied when it holds `limit` inputs. */
export function memoizeBounded<T>(compute: (input: string) => T, limit: number): (input: string) => T {
	const memory = new Map<string, T>();
	return (input) => {
		let value = memory.get(input);
		if (value === undefined) {
			if (memory.size >= limit) {
				memory.clear();
			}
			value = compute(input);
			memory.set(input, value);
		}
		return value;
	};
}
