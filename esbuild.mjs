// Bundles the extension client, the language server, the CLI and the benchmark into dist/.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const entries = {
	client: 'client/src/extension.ts',
	server: 'server/src/node/main.ts',
	cli: 'cli/src/main.ts',
	bench: 'bench/bench.ts',
};

await Promise.all(Object.entries(entries).map(([name, entry]) => esbuild.build({
	entryPoints: [entry],
	outfile: `dist/${name}.js`,
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'es2022',
	external: ['vscode'],
	sourcemap: !production,
	minify: production,
	logLevel: 'warning',
	logOverride: { 'import-is-undefined': 'error' },
	banner: name === 'client' ? undefined : { js: '#!/usr/bin/env node' },
})));
