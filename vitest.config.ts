import { defineConfig } from 'vitest/config';

export const config = defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20000,
	},
});
// vitest reads the default export.
export default config;
