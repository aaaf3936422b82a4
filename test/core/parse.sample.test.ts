import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/src/parse';

const text = readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8');
const parsed = parseDocument(text);

describe('the WPRIM sample (10 entries)', () => {
	it('finds every entry, in order, and the footer, with nothing unrecognised', () => {
		expect(parsed.dialect).toBe('wprim');
		expect(parsed.entries.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(parsed.problems).toEqual([]);
		expect(parsed.footer.map((span) => text.slice(span.start, span.end))).toEqual(['Result Analysis', 'Print', 'Save', 'E-mail']);
	});

	it('reads titles exactly, without the trailing spaces of the line', () => {
		expect(parsed.entries.map((entry) => entry.title)).toEqual([
			'Machine learning model based on contrast enhanced CT images for predicting mitotic index in gastrointestinal stromal tumors: a dual-center study',
			'Development of an artificial intelligence-based automatic MRI scoring model for extramural vascular invasion in rectal cancer and its prognostic value',
			'Medical Imaging Foundation Models:Paradigm Innovation in Precision Oncology',
			'Diagnostic efficacy of spectral CT virtual non-contrast imaging combined with iodine mapping for differenti-ating early postoperative intracerebral hemorrhage from contrast extravasation after endovascular therapy',
			'Medical Imaging Foundation Models:Paradigm Innovation in Precision Oncology',
			'Diagnostic efficacy of spectral CT virtual non-contrast imaging combined with iodine mapping for differenti-ating early postoperative intracerebral hemorrhage from contrast extravasation after endovascular therapy',
			'Machine learning model based on contrast enhanced CT images for predicting mitotic index in gastrointestinal stromal tumors: a dual-center study',
			'Development of an artificial intelligence-based automatic MRI scoring model for extramural vascular invasion in rectal cancer and its prognostic value',
			'Application and progress of cardiac magnetic resonance quantitative technology in the evaluation of myocardial lesions',
			'Expert consensus on digital X-ray osteoarthrographic technique and protection specifications in Guangdong-Hong Kong-Macao Greater Bay Area',
		]);
		for (const entry of parsed.entries) {
			expect(text.slice(entry.titleSpan.start, entry.titleSpan.end)).toBe(entry.title);
			expect(text.slice(entry.numberSpan.start, entry.numberSpan.end)).toBe(String(entry.number));
		}
	});

	it('reads the source of every entry: journal, year, volume, issue, pages', () => {
		const sources = parsed.entries.map((entry) => {
			const source = entry.source;
			return [source?.journal, source?.year, source?.volume, source?.issue, source?.firstPage, source?.lastPage];
		});
		expect(sources).toEqual([
			['Chinese Journal of Radiology', 2025, '59', '5', '549', '557'],
			['Chinese Journal of Radiology', 2025, '59', '11', '1267', '1274'],
			['Medical Journal of Peking Union Medical College Hospital', 2025, '16', '4', '805', '811'],
			['The Journal of Practical Medicine', 2025, '41', '21', '3449', '3454'],
			['Medical Journal of Peking Union Medical College Hospital', 2025, '16', '4', '805', '811'],
			['The Journal of Practical Medicine', 2025, '41', '21', '3449', '3454'],
			['Chinese Journal of Radiology', 2025, '59', '5', '549', '557'],
			['Chinese Journal of Radiology', 2025, '59', '11', '1267', '1274'],
			['Journal of Chinese Physician', 2024, '26', '1', '1', '5'],
			['Chinese Journal of Radiological Medicine and Protection', 2024, '44', '2', '81', '87'],
		]);
	});

	it('splits authors into family and given names, title-casing capital family names', () => {
		const first = parsed.entries[0].authors;
		expect(first.map((author) => [author.family, author.given])).toEqual([
			['Diao', 'Wenjun'], ['Chen', 'Xiaobo'], ['Wang', 'Ximing'], ['Wang', 'Hexiang'], ['Chen', 'Xingyu'], ['Huang', 'Yanqi'], ['Liu', 'Zaiyi'],
		]);
		expect(first.map((author) => text.slice(author.span.start, author.span.end))).toEqual(first.map((author) => author.raw));
		expect(parsed.entries[3].authors.map((author) => author.family)).toEqual(['Tan', 'Kong', 'Cao', 'Wang', 'Zheng', 'Luo']);
		expect(parsed.entries[1].authors).toHaveLength(13);
		expect(parsed.entries[1].authorCount).toBe(13);
		expect(parsed.entries[1].leadAuthor?.family).toBe('Huang');
	});

	it('finds the labelled sections of structured abstracts, with and without a colon', () => {
		const labels = (index: number) => parsed.entries[index].abstract?.sections.map((section) => section.label);
		expect(labels(0)).toEqual(['Objective', 'Methods', 'Results', 'Conclusions']);
		expect(labels(3)).toEqual(['Objective', 'Methods', 'Results', 'Conclusions']);
		expect(labels(2)).toEqual([]);
		const methods = parsed.entries[0].abstract?.sections[1];
		expect(methods && text.slice(methods.labelSpan.start, methods.labelSpan.end)).toBe('Methods:');
		expect(methods && text.slice(methods.bodySpan.start, methods.bodySpan.start + 24)).toBe('The study was a case-con');
		const colonless = parsed.entries[3].abstract?.sections[1];
		expect(colonless && text.slice(colonless.labelSpan.start, colonless.labelSpan.end)).toBe('Methods');
	});

	it('gives each entry the whole range from its number to the end of its abstract', () => {
		for (const entry of parsed.entries) {
			const body = text.slice(entry.span.start, entry.span.end);
			expect(body.startsWith(`${entry.number}.`)).toBe(true);
			expect(body.endsWith(text.slice(entry.abstract?.span.start, entry.abstract?.span.end))).toBe(true);
			expect(entry.endLine - entry.startLine).toBe(3);
		}
	});
});
