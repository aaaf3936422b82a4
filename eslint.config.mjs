// Lint rules. The core layer is a pure library: it must not reach the editor, the protocol or Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const editorAndNode = {
	patterns: [
		{ group: ['vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'core/ is editor-independent: no vscode or LSP imports.' },
		{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'stream'], message: 'core/ runs anywhere: no Node.js built-ins.' },
	],
};

export default tseslint.config(
	{ ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'e2e/artifacts/**', '**/*.d.ts'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	regexp.configs['flat/recommended'],
	{
		rules: {
			'regexp/no-super-linear-backtracking': 'error',
			'regexp/no-super-linear-move': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
		},
	},
	{
		files: ['core/**/*.ts'],
		rules: { '@typescript-eslint/no-restricted-imports': ['error', editorAndNode], 'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'] },
	},
	{
		files: ['client/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': ['error', {
				patterns: [{ group: ['**/server/src/*', '!**/server/src/protocol'], message: 'The client talks to the server only through server/src/protocol.ts.' }],
			}],
		},
	},
	{
		files: ['**/*.mjs', 'e2e/**/*.mjs', 'bench/**'],
		languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', Buffer: 'readonly', fetch: 'readonly', AbortController: 'readonly', performance: 'readonly' } },
	},
	{
		// Tool configuration files must default-export their configuration.
		files: ['eslint.config.mjs', 'vitest.config.ts'],
		rules: { 'no-restricted-syntax': 'off' },
	},
);
