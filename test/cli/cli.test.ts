import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/src/main';

const sample = fileURLToPath(new URL('../fixtures/sample.txt', import.meta.url));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await runCli(args, (text) => (out += text), (text) => (err += text));
	return { code, out, err };
}

describe('litdump CLI', () => {
	it('prints the outline of the sample', async () => {
		const { code, out } = await run('outline', sample);
		expect(code).toBe(0);
		expect(out).toContain(': 10 entries (wprim)');
		expect(out).toContain('  1. Machine learning model based on contrast enhanced CT images');
		expect(out).toContain('      Diao W et al. · Chinese Journal of Radiology 2025 · line 1');
	});

	it('reports the statistics findings of the sample', async () => {
		const { out } = await run('report', sample);
		expect(out).toContain('Statistics: 8 findings');
		expect(out).toContain('#2 line 8: warning: 89/671 = 13.26%');
	});

	it('writes statistics as CSV or JSON, and refuses an unknown format', async () => {
		expect((await run('stats', sample)).out.split('\r\n')[0]).toBe('entry,title,kind,name,cohort,value,printed,ciLevel,ciLower,ciUpper,p,text,verdict,findings');
		expect(JSON.parse((await run('stats', '--format', 'json', sample)).out).length).toBeGreaterThan(50);
		const bad = await run('stats', '--format', 'xml', sample);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('unknown format "xml"');
	});

	it('explains a missing file or an unknown command instead of crashing', async () => {
		const missing = await run('outline', '/nonexistent/dump.txt');
		expect(missing.code).toBe(1);
		expect(missing.err).toContain('cannot read /nonexistent/dump.txt');
		expect((await run('frobnicate', sample)).err).toContain('unknown command "frobnicate"');
		expect((await run()).code).toBe(2);
	});
});

describe('litdump CLI: duplicates and export', () => {
	it('prints the sample\'s duplicate pairs as JSON for score.mjs', async () => {
		const { out } = await run('duplicates', '--json', sample);
		expect(JSON.parse(out).pairs).toEqual([[3, 5], [4, 6], [1, 7], [2, 8]]);
	});

	it('exports citations to a file atomically and says what it did', async () => {
		const { mkdtempSync, readFileSync, readdirSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const folder = mkdtempSync(join(tmpdir(), 'litdump-cli-'));
		const output = join(folder, 'sample.ris');
		const { code, err } = await run('export', sample, '--format', 'ris', '--dedupe', '-o', output);
		expect(code).toBe(0);
		expect(err).toContain('exported 6 citations as RIS');
		expect(err).toContain('4 duplicates left out; 0 skipped');
		expect(readFileSync(output, 'utf8').match(/^ER {2}- /gm)).toHaveLength(6);
		expect(readdirSync(folder)).toEqual(['sample.ris']);
	});

	it('names the formats when --format is wrong', async () => {
		const { code, err } = await run('export', sample, '--format', 'docx');
		expect(code).toBe(2);
		expect(err).toContain('unknown format "docx" (use bibtex, biblatex, ris, csl-json, enw, vancouver, apa, gbt7714)');
	});
});
