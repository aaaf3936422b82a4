/** The CI fuzz budget adds up to the 100,000 inputs the hardening issue asks for. */
import { describe, expect, it } from 'vitest';
import { countBudgetedInputs } from './budget';

describe('fuzz budget', () => {
	it('tries at least 100,000 generated inputs across the targets at scale 1', () => {
		expect(countBudgetedInputs()).toBeGreaterThanOrEqual(100_000);
	});
});
