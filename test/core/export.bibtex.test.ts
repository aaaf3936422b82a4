/** BibTeX/BibLaTeX details: escaping, protected capitals, names, pages, which fields each dialect carries. */
import { describe, expect, it } from 'vitest';
import { escapeLatex, formatBibtexName, protectTitle, writeBibtexRecord } from '../../core/src/export/bibtex';
import type { CslItem } from '../../core/src/export/csl';

const ITEM: CslItem = {
	id: 'diao2025machine', type: 'article-journal', 'citation-key': 'diao2025machine',
	title: 'Machine learning model based on CT images: a dual-center study',
	author: [{ family: 'Diao', given: 'Wenjun' }, { family: '刁文军' }],
	'container-title': 'Chinese Journal of Radiology', issued: { 'date-parts': [[2025]] }, volume: '59', issue: '5',
	page: '549-557', 'page-first': '549', DOI: '10.1234/ab_c', PMID: '31234567', abstract: 'Objective:To test 50% & more.',
};

describe('escapeLatex', () => {
	it('escapes every LaTeX special character and leaves UTF-8 text alone', () => {
		expect(escapeLatex('{a} 50% & $5 #1 a_b ~x ^y \\z')).toBe('\\{a\\} 50\\% \\& \\$5 \\#1 a\\_b \\textasciitilde{}x \\textasciicircum{}y \\textbackslash{}z');
		expect(escapeLatex('Müller 刁文军 “quoted” 7∶3')).toBe('Müller 刁文军 “quoted” 7∶3');
	});
});

describe('protectTitle', () => {
	it('braces words holding capitals, not a capital that only opens the title or the part after a colon', () => {
		expect(protectTitle('Machine learning on CT images: a dual-center study of mrEMVI in Kaplan-Meier curves')).toBe(
			'Machine learning on {CT} images: a dual-center study of {mrEMVI} in {Kaplan}-{Meier} curves');
		expect(protectTitle('Deep learning: Deep results')).toBe('Deep learning: Deep results');
		expect(protectTitle('A study')).toBe('A study');
		expect(protectTitle('XGBoost wins')).toBe('{XGBoost} wins');
	});

	it('braces Latin capitals inside Chinese titles and escapes specials between words', () => {
		expect(protectTitle('基于CT影像组学的模型')).toBe('基于{CT}影像组学的模型');
		expect(protectTitle('Effect of 50% & {more} A_b')).toBe('Effect of 50\\% \\& \\{more\\} {A}\\_b');
	});
});

describe('formatBibtexName', () => {
	it('writes "Family, Given" and braces a name that has no given part', () => {
		expect(formatBibtexName({ family: 'Diao', given: 'Wenjun' })).toBe('Diao, Wenjun');
		expect(formatBibtexName({ family: '欧阳娜娜' })).toBe('{欧阳娜娜}');
		expect(formatBibtexName({ family: 'Jones and Sons', given: 'A' })).toBe('{Jones and Sons}, A');
	});
});

describe('writeBibtexRecord', () => {
	it('writes a BibTeX @article with pages as a -- range, DOI and PMID, without the abstract', () => {
		expect(writeBibtexRecord(ITEM, 'bibtex', '557')).toBe([
			'@article{diao2025machine,',
			'\tauthor = {Diao, Wenjun and {刁文军}},',
			'\ttitle = {Machine learning model based on {CT} images: a dual-center study},',
			'\tjournal = {Chinese Journal of Radiology},',
			'\tyear = {2025},',
			'\tvolume = {59},',
			'\tnumber = {5},',
			'\tpages = {549--557},',
			'\tdoi = {10.1234/ab_c},',
			'\tpmid = {31234567},',
			'}',
			'',
		].join('\n'));
	});

	it('writes BibLaTeX fields: journaltitle, date, PubMed eprint and the escaped abstract', () => {
		const record = writeBibtexRecord(ITEM, 'biblatex', '557');
		expect(record).toContain('\tjournaltitle = {Chinese Journal of Radiology},\n');
		expect(record).toContain('\tdate = {2025},\n');
		expect(record).toContain('\teprint = {31234567},\n\teprinttype = {pubmed},\n');
		expect(record).toContain('\tabstract = {Objective:To test 50\\% \\& more.},\n');
	});

	it('writes an entry without a source as @misc with the parts it has', () => {
		const bare: CslItem = { id: 'anon', type: 'document', 'citation-key': 'anon', title: 'Only a title' };
		expect(writeBibtexRecord(bare, 'bibtex')).toBe('@misc{anon,\n\ttitle = {Only a title},\n}\n');
	});

	it('keeps a page list that is not a plain range as printed', () => {
		const item: CslItem = { ...ITEM, page: 'e1234', 'page-first': 'e1234' };
		expect(writeBibtexRecord(item, 'bibtex')).toContain('\tpages = {e1234},\n');
	});
});
