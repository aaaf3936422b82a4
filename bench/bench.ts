/** `npm run bench`: prints speed figures for parsing and the outline (more suites join as features land). */
import { benchmarkParse } from './parse';

async function main(): Promise<void> {
	for (const suite of [benchmarkParse]) {
		for (const line of await suite()) {
			console.log(line);
		}
	}
}

void main();
