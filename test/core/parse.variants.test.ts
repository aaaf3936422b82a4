import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/src/parse';
import { checkParseCoverage } from '../fuzz/properties';

const ENTRY_1 = ['1.First paper title ', 'Wenjun DIAO ; Xiaobo CHEN ', 'Chinese Journal of Radiology 2025;59(5):549-557', 'Objective:To test.Methods:We did.Results:It worked.Conclusions:Good.'];
const ENTRY_2 = ['2.Second paper title', 'Yun TAN ; Wei LUO', 'The Journal of Practical Medicine 2024;41(21):3449-3454', 'An unstructured abstract.'];

describe('line ends, BOM and spacing', () => {
	const expected = ['First paper title', 'Second paper title'];
	it.each([
		['LF', '\n'],
		['CRLF', '\r\n'],
		['CR', '\r'],
	])('reads %s line ends', (_name, eol) => {
		const text = [...ENTRY_1, ...ENTRY_2].join(eol) + eol;
		const parsed = parseDocument(text);
		expect(parsed.entries.map((entry) => entry.title)).toEqual(expected);
		expect(parsed.problems).toEqual([]);
		const second = parsed.entries[1];
		expect(text.slice(second.span.start, second.span.end)).toBe([...ENTRY_2].join(eol));
	});

	it('skips a BOM: the first number starts after it', () => {
		const text = `\uFEFF${[...ENTRY_1, ...ENTRY_2].join('\n')}`;
		const first = parseDocument(text).entries[0];
		expect(first.number).toBe(1);
		expect(first.numberSpan.start).toBe(1);
	});

	it('accepts blank lines between entries and trailing spaces on every line', () => {
		const text = [...ENTRY_1, '', '', ...ENTRY_2.map((line) => `${line}   `), ''].join('\n');
		const parsed = parseDocument(text);
		expect(parsed.entries.map((entry) => entry.title)).toEqual(expected);
		expect(parsed.entries[1].source?.pages).toBe('3449-3454');
		expect(parsed.problems).toEqual([]);
	});
});

describe('entry shapes', () => {
	it('joins a title wrapped onto a second line', () => {
		const text = ['1.A long title that the database wrapped', 'onto a second line', 'Wenjun DIAO ; Xiaobo CHEN', 'Chinese Journal of Radiology 2025;59(5):549-557', ...ENTRY_2].join('\n');
		const parsed = parseDocument(text);
		expect(parsed.entries[0].title).toBe('A long title that the database wrapped onto a second line');
		expect(parsed.entries[0].authors.map((author) => author.family)).toEqual(['Diao', 'Chen']);
		expect(parsed.entries).toHaveLength(2);
	});

	it('reads entries without abstract and without authors', () => {
		const text = ['1.No abstract here', 'Wenjun DIAO', 'Chinese Journal of Radiology 2025;59(5):549-557', '2.No authors here', 'Journal of Chinese Physician 2024;26(1):1-5', 'Its abstract.'].join('\n');
		const [first, second] = parseDocument(text).entries;
		expect(first.abstract).toBeUndefined();
		expect(first.authors.map((author) => author.family)).toEqual(['Diao']);
		expect(second.authors).toEqual([]);
		expect(second.authorsSpan).toBeUndefined();
		expect(second.source?.journal).toBe('Journal of Chinese Physician');
		expect(second.abstract).toBeDefined();
	});

	it('keeps numbering gaps and restarts as printed', () => {
		const text = [...ENTRY_1.map((line, i) => i === 0 ? line.replace('1.', '7.') : line), ...ENTRY_2.map((line, i) => i === 0 ? line.replace('2.', '1.') : line)].join('\n');
		expect(parseDocument(text).entries.map((entry) => entry.number)).toEqual([7, 1]);
	});

	it('does not start an entry at "2." inside an abstract', () => {
		const text = [...ENTRY_1.slice(0, 3), 'Results were as follows:', '1.The first finding was clear.', '2.The second finding was weaker.', ...ENTRY_2].join('\n');
		const parsed = parseDocument(text);
		expect(parsed.entries.map((entry) => entry.number)).toEqual([1, 2]);
		const abstract = parsed.entries[0].abstract;
		expect(abstract && text.slice(abstract.span.start, abstract.span.end)).toBe('Results were as follows:\n1.The first finding was clear.\n2.The second finding was weaker.');
	});

	it('keeps the page footer out of the last abstract', () => {
		const text = [...ENTRY_1, '', 'Result Analysis', 'Print', 'Save', 'E-mail', ''].join('\n');
		const parsed = parseDocument(text);
		const abstract = parsed.entries[0].abstract;
		expect(abstract && text.slice(abstract.span.start, abstract.span.end)).toBe(ENTRY_1[3]);
		expect(parsed.footer).toHaveLength(4);
		expect(parsed.problems).toEqual([]);
	});

	it('lists the first 10,000 unrecognised lines and counts the rest, still reading the entry after them', () => {
		const text = `${'stray note\n'.repeat(10_003)}1.A title\nWenjun DIAO\nJournal 2018;5(2):1-2\n`;
		const parsed = parseDocument(text);
		expect(parsed.problems).toHaveLength(10_000);
		expect(parsed.problemsLeftOut).toBe(3);
		expect(parsed.entries.map((entry) => entry.title)).toEqual(['A title']);
		expect(() => checkParseCoverage(text, parsed)).not.toThrow();
	});

	it('reports an unrecognised line where it is and still parses everything around it', () => {
		const text = ['Search results for "radiomics"', ...ENTRY_1, '', 'Page 2 of 7', ...ENTRY_2].join('\n');
		const parsed = parseDocument(text);
		expect(parsed.entries.map((entry) => entry.title)).toEqual(['First paper title', 'Second paper title']);
		expect(parsed.problems.map((problem) => text.slice(problem.span.start, problem.span.end))).toEqual(['Search results for "radiomics"', 'Page 2 of 7']);
		expect(parsed.problems.every((problem) => problem.severity === 'information' && problem.code === 'unrecognised-line')).toBe(true);
	});

	it('reads full-width punctuation in numbers, sources, authors and section labels', () => {
		const text = ['1．全宽标点的题目', '张三 ； 李四', '中华放射学杂志 2025；59（5）：549-557', '目的：测试。Objective∶To test.Methods：We did.', ...ENTRY_2].join('\n');
		const [first] = parseDocument(text).entries;
		expect(first.title).toBe('全宽标点的题目');
		expect(first.authors.map((author) => [author.family, author.given])).toEqual([['张三', ''], ['李四', '']]);
		expect([first.source?.journal, first.source?.year, first.source?.volume, first.source?.issue, first.source?.pages]).toEqual(['中华放射学杂志', 2025, '59', '5', '549-557']);
		expect(first.abstract?.sections.map((section) => section.label)).toEqual(['Objective', 'Methods']);
	});

	it('reads section labels written with the ratio sign ∶, in text order, beside other colon kinds', () => {
		const abstract = 'Objective∶To test 7∶3 (χ2=6.18).Methods ∶We did.Results：It worked at 6∶1.Conclusions∶Good.Discussion: none.';
		const text = ['1.Ratio colons', 'Wenjun DIAO ; Xiaobo CHEN', 'Chinese Journal of Radiology 2025;59(5):549-557', abstract, ...ENTRY_2].join('\n');
		const sections = parseDocument(text).entries[0].abstract?.sections ?? [];
		expect(sections.map((section) => [section.label, text.slice(section.labelSpan.start, section.labelSpan.end), text.slice(section.bodySpan.start, section.bodySpan.end)])).toEqual([
			['Objective', 'Objective∶', 'To test 7∶3 (χ2=6.18).'],
			['Methods', 'Methods ∶', 'We did.'],
			['Results', 'Results：', 'It worked at 6∶1.'],
			['Conclusions', 'Conclusions∶', 'Good.'],
			['Discussion', 'Discussion:', 'none.'],
		]);
	});
});

describe('source lines', () => {
	it.each([
		['Chinese Journal of Radiology 2025;59(5):549-557', { journal: 'Chinese Journal of Radiology', year: 2025, volume: '59', issue: '5', pages: '549-557', firstPage: '549', lastPage: '557' }],
		['Some Journal 2005;0(17):-', { journal: 'Some Journal', year: 2005, volume: '0', issue: '17', pages: undefined }],
		['Supplement Journal 2021;36:S12-S15', { year: 2021, volume: '36', issue: undefined, firstPage: 'S12', lastPage: 'S15' }],
		['Journal 2019;12:100-110', { year: 2019, volume: '12', firstPage: '100', lastPage: '110' }],
		['Journal 2019', { journal: 'Journal', year: 2019, volume: undefined, pages: undefined }],
		['Journal 2019:100-110', { year: 2019, volume: undefined, firstPage: '100', lastPage: '110' }],
		['Journal 2019;(3):100-110', { volume: undefined, issue: '3', firstPage: '100' }],
		['BibTeX Journal 2010;12(3):283--322', { firstPage: '283', lastPage: '322' }],
		['International Trends 2020;17(3(58)):36--50', { volume: '17', issue: '3(58)', firstPage: '36', lastPage: '50' }],
		['Br J Haematol. 2013;Apr 25 [Epub ahead of print]', { journal: 'Br J Haematol', volume: 'Apr 25 [Epub ahead of print]' }],
		['Pediatr Nephrol. 2011;26(9):1663-1670', { journal: 'Pediatr Nephrol', year: 2011, volume: '26', issue: '9', firstPage: '1663' }],
		['Pediatric Nephrology . 2010;25(1):97-104', { journal: 'Pediatric Nephrology', year: 2010 }],
		['J. Am. Coll. Cardiol. 2010;55(1):1-10', { journal: 'J. Am. Coll. Cardiol.', year: 2010 }],
		['Ann.New York Acad.Sci. 2010;1205:57-68', { journal: 'Ann.New York Acad.Sci.', year: 2010, volume: '1205' }],
		['Radiology. 2019', { journal: 'Radiology', year: 2019 }],
		['Journal 2018;5(2):e1234 doi:10.1000/xyz.123', { firstPage: 'e1234', lastPage: undefined }],
		['Journal of Practical Radiology 2016;12(8):1827-1832', { journal: 'Journal of Practical Radiology', year: 2016, volume: '12', issue: '8', firstPage: '1827', lastPage: '1832' }],
		['Proceedings of ICIS 2019: Munich 2019;12:100-110', { journal: 'Proceedings of ICIS 2019: Munich', year: 2019, volume: '12', firstPage: '100' }],
		['Journal 2020:1999-2001', { journal: 'Journal', year: 2020, firstPage: '1999', lastPage: '2001' }],
		// Notes and more ranges after the first range stay in the pages, out of its first and last page.
		['The Journal of trauma 2004;57:742-8; discussion 748-9', { volume: '57', pages: '742-8; discussion 748-9', firstPage: '742', lastPage: '8' }],
		['N Engl J Med 2005;352:2243-5 ; author reply 2243-5', { firstPage: '2243', lastPage: '5' }],
		['Lancet 1990;1:230-5, 246-51, 233-8', { pages: '230-5, 246-51, 233-8', firstPage: '230', lastPage: '5' }],
		['Book 2001;1:xv, 1055', { firstPage: 'xv', lastPage: undefined }],
	])('%s', (line, expected) => {
		const text = ['1.A title', 'Wenjun DIAO', line, '2.Another title', 'Yun TAN', 'Journal 2020;1(1):1-2'].join('\n');
		const [entry] = parseDocument(text).entries;
		expect(entry.source).toMatchObject(expected);
	});

	it('finds a DOI appended to the source and links it to the entry', () => {
		const text = ['1.A title', 'Wenjun DIAO', 'Journal 2018;5(2):e1234 doi:10.1000/xyz.123.', 'PMID: 31415926', '2.Another title', 'Yun TAN', 'Journal 2020;1(1):1-2'].join('\n');
		const [entry] = parseDocument(text).entries;
		expect(entry.identifiers.map((id) => [id.kind, id.value])).toEqual([['doi', '10.1000/xyz.123'], ['pmid', '31415926']]);
		expect(text.slice(entry.identifiers[0].span.start, entry.identifiers[0].span.end)).toBe('10.1000/xyz.123');
	});

	it.each([
		['doi:10.1000/xyz.123@article{', '10.1000/xyz.123@article'],
		['see {10.1000/abc} here', '10.1000/abc'],
		['10.1000/abc\\textbf', '10.1000/abc'],
		['10.1002/(SICI)1097-4636(199706)35:4<505::AID-JBM11>3.0.CO;2-F', '10.1002/(SICI)1097-4636(199706)35:4'],
	])('ends a DOI at a brace, backslash or angle bracket: %s', (line, doi) => {
		const text = ['1.A title', 'Wenjun DIAO', 'Journal 2018;5(2):1-2', `Objective:${line}`].join('\n');
		expect(parseDocument(text).entries[0].identifiers.map((id) => id.value)).toEqual([doi]);
	});
});
