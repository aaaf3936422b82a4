import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/src/main';

const sample = fileURLToPath(new URL('../fixtures/sample.txt', import.meta.url));

function run(...args: string[]): { code: number; out: string; err: string } {
	let out = '';
	let err = '';
	const code = runCli(args, (text) => (out += text), (text) => (err += text));
	return { code, out, err };
}

describe('litdump CLI', () => {
	it('prints the outline of the sample', () => {
		const { code, out } = run('outline', sample);
		expect(code).toBe(0);
		expect(out).toContain(': 10 entries (wprim)');
		expect(out).toContain('  1. Machine learning model based on contrast enhanced CT images');
		expect(out).toContain('      Diao W et al. · Chinese Journal of Radiology 2025 · line 1');
	});

	it('reports the statistics findings of the sample', () => {
		const { out } = run('report', sample);
		expect(out).toContain('Statistics: 8 finding(s)');
		expect(out).toContain('#2 line 8: warning: 89/671 = 13.26%');
	});

	it('writes statistics as CSV or JSON, and refuses an unknown format', () => {
		expect(run('stats', sample).out.split('\r\n')[0]).toBe('entry,title,kind,name,cohort,value,printed,ciLevel,ciLower,ciUpper,p,text,verdict,findings');
		expect(JSON.parse(run('stats', '--format', 'json', sample).out).length).toBeGreaterThan(50);
		const bad = run('stats', '--format', 'xml', sample);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('unknown format "xml"');
	});

	it('explains a missing file or an unknown command instead of crashing', () => {
		const missing = run('outline', '/nonexistent/dump.txt');
		expect(missing.code).toBe(1);
		expect(missing.err).toContain('cannot read /nonexistent/dump.txt');
		expect(run('frobnicate', sample).err).toContain('unknown command "frobnicate"');
		expect(run().code).toBe(2);
	});
});
