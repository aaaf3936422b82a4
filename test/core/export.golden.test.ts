/**
 * Golden files: every format on the sample and on the hidden-style fixture, compared exactly.
 * Regenerate after an intended change with `LITDUMP_UPDATE_GOLDEN=1 npx vitest run test/core/export.golden.test.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCitations, type ExportFormat } from '../../core/src/export/index';
import { parseDocument } from '../../core/src/parse';

const GOLDEN_NAMES: Record<ExportFormat, string> = {
	bibtex: 'bib',
	biblatex: 'biblatex.bib',
	ris: 'ris',
	'csl-json': 'csl.json',
	enw: 'enw',
	vancouver: 'vancouver.txt',
	apa: 'apa.txt',
	gbt7714: 'gbt7714.txt',
};

const INPUTS = [
	{ name: 'sample', path: 'test/fixtures/sample.txt' },
	{ name: 'hidden-styles', path: 'test/fixtures/export/hidden-styles.txt' },
];

describe.each(INPUTS)('golden files for $name', ({ name, path }) => {
	const text = readFileSync(path, 'utf8');
	const entries = parseDocument(text).entries;
	it.each(Object.keys(GOLDEN_NAMES) as ExportFormat[])('%s matches its golden file', async (format) => {
		const golden = `test/fixtures/export/${name}.${GOLDEN_NAMES[format]}`;
		const { content } = await formatCitations(text, entries, format);
		if (process.env.LITDUMP_UPDATE_GOLDEN === '1') {
			writeFileSync(golden, content);
		}
		expect(content).toBe(readFileSync(golden, 'utf8'));
	});
});
