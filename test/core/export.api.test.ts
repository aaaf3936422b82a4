/** formatCitations as the server and the CLI call it: formats, progress, cancel, several files, warnings. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExportCancelledError, exportFormats, findExportFormat, formatCitations, formatCitationsFromSources } from '../../core/src/export/index';
import { parseDocument } from '../../core/src/parse';

const sample = readFileSync('test/fixtures/sample.txt', 'utf8');
const sampleEntries = parseDocument(sample).entries;
const hidden = readFileSync('test/fixtures/export/hidden-styles.txt', 'utf8');
const hiddenEntries = parseDocument(hidden).entries;

describe('exportFormats', () => {
	it('lists the eight formats once each, with extensions and editor languages', () => {
		expect(exportFormats.map((format) => format.id)).toEqual(['bibtex', 'biblatex', 'ris', 'csl-json', 'enw', 'vancouver', 'apa', 'gbt7714']);
		expect(findExportFormat('ris')?.extension).toBe('.ris');
		expect(findExportFormat('csl-json')?.languageId).toBe('json');
		expect(findExportFormat('word')).toBeUndefined();
	});
});

describe('formatted reference lists', () => {
	it('writes Vancouver names as "Diao W, Chen X" and lists six authors before et al.', async () => {
		const { content } = await formatCitations(sample, sampleEntries.slice(6, 7), 'vancouver');
		expect(content).toMatch(/^1\. Diao W, Chen X, Wang X, Wang H, Chen X, Huang Y, et al\. Machine learning model/);
		expect(content).toContain('Chinese Journal of Radiology. 2025;59(5):549');
	});

	it('writes GB/T 7714 with capitalised family names, [J], et al. for English and 等 for Chinese records', async () => {
		const { content } = await formatCitations(hidden, hiddenEntries, 'gbt7714');
		const lines = content.trimEnd().split('\n');
		expect(lines[0]).toBe('[1] 刁文军, 陈晓波, 王锡明, 等. 基于CT影像组学的机器学习模型预测胃肠道间质瘤核分裂象指数：一项双中心研究[J]. 中华放射学杂志, 2025, 59(5): 549-557.');
		expect(lines[1]).toMatch(/^\[2\] GARCÍA-LÓPEZ M J, MÜLLER J, O’BRIEN F\. Quality control/);
		const english = await formatCitations(sample, sampleEntries.slice(0, 1), 'gbt7714');
		expect(english.content).toMatch(/^\[1\] DIAO W, CHEN X, WANG X, et al\. Machine learning .*\[J\]\. Chinese Journal of Radiology, 2025, 59\(5\): 549-557\.\n$/);
	});

	it('numbers across batches without restarting and reports progress after every batch', async () => {
		const progress: Array<[number, number]> = [];
		const { content, count } = await formatCitations(sample, sampleEntries, 'vancouver', { batchSize: 3, onProgress: (done, total) => progress.push([done, total]) });
		expect(count).toBe(10);
		expect(content.trimEnd().split('\n').map((line) => line.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
		expect(progress).toEqual([[3, 10], [6, 10], [9, 10], [10, 10]]);
	});

	it('leaves the number off when asked (copying one reference)', async () => {
		const { content } = await formatCitations(sample, sampleEntries.slice(0, 1), 'gbt7714', { numbered: false });
		expect(content.startsWith('DIAO W')).toBe(true);
	});

	it('sorts an APA list by author', async () => {
		const { content } = await formatCitations(sample, sampleEntries, 'apa');
		const authors = content.trimEnd().split('\n').map((line) => line.split(',')[0]);
		expect(authors).toEqual(['Diao', 'Diao', 'Huang', 'Huang', 'Liu', 'Liu', 'Tan', 'Tan', 'Wang', 'Yang']);
	});
});

describe('initials and MEDLINE-style journals in every format', () => {
	const dump = '1.Eculizumab therapy for atypical hemolytic uremic syndrome\nSimonetti GD ; Vivarelli M ; Smith J.W.\nPediatr Nephrol. 2011;26(9):1663-1670\n';
	const entries = parseDocument(dump).entries;
	it.each([
		['vancouver', ['Simonetti GD, Vivarelli M, Smith JW.', 'Pediatr Nephrol. 2011;26(9):1663–70.']],
		['apa', ['Simonetti, G. D., Vivarelli, M., & Smith, J. W.', 'Pediatr Nephrol, 26(9)']],
		['gbt7714', ['SIMONETTI G D, VIVARELLI M, SMITH J W.', 'Pediatr Nephrol, 2011, 26(9)']],
		['bibtex', ['author = {Simonetti, G D and Vivarelli, M and Smith, J. W.}', 'journal = {Pediatr Nephrol}']],
		['ris', ['AU  - Simonetti, G D', 'AU  - Smith, J. W.', 'JO  - Pediatr Nephrol\n']],
	] as const)('%s keeps every initial and drops the dot before the year', async (format, expected) => {
		const { content } = await formatCitations(dump, entries, format);
		for (const text of expected) {
			expect(content).toContain(text);
		}
	});
});

describe('journal abbreviations dotted without spaces', () => {
	const dump = '1.Inflammation in sepsis\nMarshall J. C.\nAnn.New York Acad.Sci. 2010;1205:57-68\n';
	const entries = parseDocument(dump).entries;

	it('keeps the words apart in Vancouver, which drops the periods, and the journal as printed elsewhere', async () => {
		const vancouver = await formatCitations(dump, entries, 'vancouver');
		expect(vancouver.content).toContain('Ann New York Acad Sci. 2010;1205:57–68.');
		const bibtex = await formatCitations(dump, entries, 'bibtex');
		expect(bibtex.content).toContain('journal = {Ann.New York Acad.Sci.}');
	});
});

describe('formatCitations', () => {
	it('stops with ExportCancelledError when the caller cancels between batches', async () => {
		let batches = 0;
		const run = formatCitations(sample, sampleEntries, 'bibtex', { batchSize: 2, onProgress: () => batches++, isCancelled: () => batches >= 2 });
		await expect(run).rejects.toBeInstanceOf(ExportCancelledError);
		expect(batches).toBe(2);
	});

	it('gives a selected entry the key it has in the whole file when told the file\'s entries', async () => {
		const alone = await formatCitations(sample, sampleEntries.slice(6, 7), 'bibtex');
		const inFile = await formatCitations(sample, sampleEntries.slice(6, 7), 'bibtex', { keyContext: sampleEntries });
		expect(alone.content.startsWith('@article{diao2025machine,')).toBe(true);
		expect(inFile.content.startsWith('@article{diao2025machinea,')).toBe(true);
	});

	it('refuses an unknown format instead of writing something else', async () => {
		await expect(formatCitations(sample, sampleEntries, 'word' as never)).rejects.toThrow(/Unknown export format "word"/);
	});

	it('exports an entry with missing parts and says which parts were missing', async () => {
		const result = await formatCitations(hidden, hiddenEntries, 'ris');
		expect(result.count).toBe(hiddenEntries.length);
		expect(result.skipped).toEqual([]);
		expect(result.warnings).toEqual(['1 entry has no authors (5); exported with the parts it has.']);
		expect(result.content).toContain('TI  - An entry without any authors listed on the record\n');
	});

	it('warns about unknown tokens in the citation-key pattern', async () => {
		const result = await formatCitations(sample, sampleEntries.slice(0, 1), 'bibtex', { citationKeyPattern: '[auth][yr]' });
		expect(result.warnings[0]).toContain('[yr]');
		expect(result.content.startsWith('@article{diao,')).toBe(true);
	});

	it('keeps keys unique across several files exported together', async () => {
		const result = await formatCitationsFromSources([{ text: sample, entries: sampleEntries }, { text: sample, entries: sampleEntries.slice(0, 1) }], 'bibtex');
		const keys = [...result.content.matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1]);
		expect(keys).toHaveLength(11);
		expect(new Set(keys).size).toBe(11);
		expect(keys[10]).toBe('diao2025machineb');
	});

	it('takes a PMID or DOI from an identifier line but not one quoted inside the abstract', async () => {
		const { content } = await formatCitations(hidden, hiddenEntries, 'csl-json');
		const items = JSON.parse(content) as Array<Record<string, unknown>>;
		expect(items[5].DOI).toBe('10.3760/cma.j.cn112149-20240101-00001');
		expect(items[5].PMID).toBeUndefined();
		expect(items[7]).toMatchObject({ DOI: '10.1148/radiol.2021210001', PMID: '34609201' });
		expect(items[7].abstract).toBeUndefined();
	});
});

describe('start-up cost', () => {
	it('loads citation-js and pinyin-pro only through dynamic import()', () => {
		for (const file of readdirSync('core/src/export', { recursive: true }) as string[]) {
			if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
				const source = readFileSync(`core/src/export/${file}`, 'utf8');
				expect(source, file).not.toMatch(/^import[^;]*from '(?:@citation-js|pinyin-pro)/m);
			}
		}
	});
});

describe('pages with notes after their range', () => {
	const text = ['1.A title', 'Ann LEE ; Bo CHEN', 'The Journal of trauma 2004;57:742-8; discussion 748-9', '2.Another title', 'Bo WU', 'Journal 2006;2:549-557'].join('\n');
	const entries = parseDocument(text).entries;

	it('keep the notes in every format, with the range split only where the pages are just a range', async () => {
		const [bibtex, ris, csl, enw] = await Promise.all((['bibtex', 'ris', 'csl-json', 'enw'] as const).map(async (format) => (await formatCitations(text, entries, format)).content));
		expect(bibtex).toContain('pages = {742--8; discussion 748--9}');
		expect(bibtex).toContain('pages = {549--557}');
		expect(ris).toContain('SP  - 742-8; discussion 748-9\n');
		expect(ris).toContain('SP  - 549\nEP  - 557\n');
		expect(ris).not.toContain('EP  - 8');
		const items = JSON.parse(csl) as Array<{ page: string; 'page-first': string }>;
		expect(items.map((item) => [item.page, item['page-first']])).toEqual([['742-8; discussion 748-9', '742'], ['549-557', '549']]);
		expect(enw).toContain('%P 742-8; discussion 748-9\n');
	});
});
