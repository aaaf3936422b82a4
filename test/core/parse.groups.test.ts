// Papers by a group author or with names in dotted initials and no separators: the line under the title is their
// author line, not the second line of a wrapped title. Titles, authors, outline details and exports as a user sees them.
import { describe, expect, it } from 'vitest';
import { formatCitations } from '../../core/src/export/index';
import { toCslItem } from '../../core/src/export/csl';
import { buildOutline } from '../../core/src/outline';
import { parseDocument } from '../../core/src/parse';

const DUMP = [
	'233.Results of a randomized trial on the management of cytology interpretations of atypical squamous cells of undetermined significance',
	'Group ASCUS-LSIL Traige Study (ALTS)',
	'American Journal of Obstetrics & Gynecology 2003;188:1383-1392',
	'1006.Quadrivalent vaccine against human papillomavirus to prevent high-grade cervical lesions',
	'-FUTURE-II-Study-Group',
	'The New England journal of medicine 2007;356:1915-1927',
	'798.Statement from AGNSS regarding Eculizumab and Tafamidis',
	'Advisory Group for National Specialised Services',
	'Health Policy 2013;12(4):1-2',
	'1391.Tolerability and side-effect profile of rhIL-11',
	'Smith J. W. 2nd',
	'Oncology (Williston Park) 2000;14:41-47',
	'547.Evidence for alterations in central noradrenergic signaling in irritable bowel syndrome',
	'Berman S. Suyenobu B. Naliboff B. D.',
	'NeuroImage 2012;63(4):1854-1863',
	'',
].join('\n');

describe('group and dotted-initial authors in a dump', () => {
	const parsed = parseDocument(DUMP);
	const outline = buildOutline(parsed);

	it('keeps the titles to the title line', () => {
		expect(parsed.entries.map((entry) => entry.title)).toEqual([
			'Results of a randomized trial on the management of cytology interpretations of atypical squamous cells of undetermined significance',
			'Quadrivalent vaccine against human papillomavirus to prevent high-grade cervical lesions',
			'Statement from AGNSS regarding Eculizumab and Tafamidis',
			'Tolerability and side-effect profile of rhIL-11',
			'Evidence for alterations in central noradrenergic signaling in irritable bowel syndrome',
		]);
		expect(parsed.problems).toEqual([]);
	});

	it('reads the authors: a group whole, each dotted-initial name apart', () => {
		expect(parsed.entries.map((entry) => entry.authors.map((author) => [author.family, author.given]))).toEqual([
			[['Group ASCUS-LSIL Traige Study (ALTS)', '']],
			[['-FUTURE-II-Study-Group', '']],
			[['Advisory Group for National Specialised Services', '']],
			[['Smith', 'J. W.']],
			[['Berman', 'S.'], ['Suyenobu', 'B.'], ['Naliboff', 'B. D.']],
		]);
		const berman = parsed.entries[4];
		expect(berman.authors.map((author) => DUMP.slice(author.span.start, author.span.end))).toEqual(['Berman S.', 'Suyenobu B.', 'Naliboff B. D.']);
		expect([berman.authorCount, berman.leadAuthor]).toEqual([3, berman.authors[0]]);
	});

	it('shows the authors in the outline detail and the authors child', () => {
		expect(outline.map((item) => item.detail)).toEqual([
			'Group ASCUS-LSIL Traige Study (ALTS) · American Journal of Obstetrics & Gynecology 2003',
			'-FUTURE-II-Study-Group · The New England journal of medicine 2007',
			'Advisory Group for National Specialised Services · Health Policy 2013',
			'Smith JW · Oncology (Williston Park) 2000',
			'Berman S et al. · NeuroImage 2012',
		]);
		expect(outline.map((item) => item.children[0].detail)).toEqual([
			'1 author: Group ASCUS-LSIL Traige Study (ALTS)',
			'1 author: -FUTURE-II-Study-Group',
			'1 author: Advisory Group for National Specialised Services',
			'1 author: Smith JW',
			'3 authors: Berman S et al.',
		]);
	});

	it('exports a group whole: braced in BibTeX, a family alone in CSL-JSON', async () => {
		const group = parsed.entries.slice(2, 3);
		expect(toCslItem(DUMP, group[0], 'k').author).toEqual([{ family: 'Advisory Group for National Specialised Services' }]);
		const { content } = await formatCitations(DUMP, group, 'bibtex');
		expect(content).toContain('author = {{Advisory Group for National Specialised Services}}');
		const csl = await formatCitations(DUMP, group, 'csl-json');
		expect(JSON.parse(csl.content)[0].author).toEqual([{ family: 'Advisory Group for National Specialised Services' }]);
	});
});

describe('organisations as authors', () => {
	const dump = [
		'1.Guidelines on clinical trials in small populations',
		'European Medicines Agency',
		'Journal 2006;1(1):1-2',
		'2.Vinorelbine plus gemcitabine in advanced lung cancer',
		'Kiyoyuki FURUSE ; Japan Multi-National Trial Organisation',
		'Lancet Oncology 2008;9(12):1135-1142',
		'3.Thyroid nodule reporting and data system',
		'American College of Radiology ; Franklin N TESSLER',
		'Journal of the American College of Radiology 2017;14(5):587-595',
		'',
	].join('\n');
	const parsed = parseDocument(dump);

	it('keeps an agency, organisation or college whole, as one author with no given name', () => {
		expect(parsed.entries.map((entry) => entry.authors.map((author) => [author.family, author.given]))).toEqual([
			[['European Medicines Agency', '']],
			[['Furuse', 'Kiyoyuki'], ['Japan Multi-National Trial Organisation', '']],
			[['American College of Radiology', ''], ['Tessler', 'Franklin N']],
		]);
		expect(buildOutline(parsed)[0].detail).toBe('European Medicines Agency · Journal 2006');
	});

	it('exports it whole and keys it by its initials', async () => {
		const { content } = await formatCitations(dump, parsed.entries, 'bibtex');
		expect(content).toContain('@article{ema2006guidelines,');
		expect(content).toContain('author = {Furuse, Kiyoyuki and {Japan Multi-National Trial Organisation}}');
		expect(content).toContain('@article{acr2017thyroid,');
		const apa = await formatCitations(dump, parsed.entries.slice(0, 1), 'apa');
		expect(apa.content).toContain('European Medicines Agency. (2006).');
	});

	it('still reads a title line that ends in such a word as the end of a wrapped title', () => {
		const text = ['1.Guidelines on the management of thyroid nodules by the', 'American College of Radiology', 'Journal 2017;14(5):587-595', ''].join('\n');
		const [entry] = parseDocument(text).entries;
		expect(entry.title).toBe('Guidelines on the management of thyroid nodules by the American College of Radiology');
		expect(entry.authors).toEqual([]);
	});
});

describe('wrapped titles stay wrapped', () => {
	it.each([
		['in women with equivocal smears', 'A comparison of two assays for carcinogenic human papillomavirus DNA in women with equivocal smears'],
		['a dual-center study', 'Machine learning model based on CT images: a dual-center study'],
		['Southwest Oncology Group (S0027)', 'Gemcitabine in advanced lung cancer: a randomised trial of the Southwest Oncology Group (S0027)'],
	])('reads "%s" as the end of the title when an author line follows', (continuation, title) => {
		const first = title.slice(0, title.length - continuation.length - 1);
		const text = [`1.${first}`, continuation, 'Wenjun DIAO ; Xiaobo CHEN', 'Chinese Journal of Radiology 2025;59(5):549-557', '2.Second paper', 'Yun TAN', 'Journal 2020;1(1):1-2'].join('\n');
		const [entry] = parseDocument(text).entries;
		expect(entry.title).toBe(title);
		expect(entry.authors.map((author) => author.family)).toEqual(['Diao', 'Chen']);
	});

	it.each([
		['in women with equivocal smears', 'A comparison of two assays for carcinogenic human papillomavirus DNA in women with equivocal smears'],
		['a dual-center study', 'Machine learning model based on CT images: a dual-center study'],
		['Southwest Oncology Group (S0027)', 'Gemcitabine in advanced lung cancer: a randomised trial of the Southwest Oncology Group (S0027)'],
		['Network Structures on Prediction Market Accuracy', 'The Impact of Social Network Structures on Prediction Market Accuracy'],
		['Collaboration Technology in Team Contexts', 'Motivating Employees to Explore Collaboration Technology in Team Contexts'],
	])('reads "%s" as the end of the title when no author line follows', (continuation, title) => {
		const first = title.slice(0, title.length - continuation.length - 1);
		const text = [`1.${first}`, continuation, 'Chinese Journal of Radiology 2025;59(5):549-557', '2.Second paper', 'Yun TAN', 'Journal 2020;1(1):1-2'].join('\n');
		const [entry] = parseDocument(text).entries;
		expect(entry.title).toBe(title);
		expect(entry.authors).toEqual([]);
	});
});
