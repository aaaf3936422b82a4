/** RIS and EndNote records, and the strict RIS reader used to check them. */
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../core/src/export/csl';
import { writeEndnoteRecord } from '../../core/src/export/endnote';
import { writeRisRecord } from '../../core/src/export/ris';
import { readRis } from '../../core/src/export/ris-reader';

const ITEM: CslItem = {
	id: 'diao2025machine', type: 'article-journal', 'citation-key': 'diao2025machine',
	title: 'Machine learning model based on CT images', author: [{ family: 'Diao', given: 'Wenjun' }, { family: '刁文军' }],
	'container-title': 'Chinese Journal of Radiology', issued: { 'date-parts': [[2025]] }, volume: '59', issue: '5',
	page: '549-557', 'page-first': '549', DOI: '10.1234/abc', PMID: '31234567', abstract: 'A '.repeat(100).trim(),
};

describe('writeRisRecord', () => {
	it('splits pages into SP and EP, inverts names, and never wraps a long value', () => {
		const record = writeRisRecord(ITEM, '557');
		expect(record.split('\n')).toEqual([
			'TY  - JOUR', 'ID  - diao2025machine', 'TI  - Machine learning model based on CT images', 'AU  - Diao, Wenjun', 'AU  - 刁文军',
			'T2  - Chinese Journal of Radiology', 'JO  - Chinese Journal of Radiology', 'PY  - 2025', 'VL  - 59', 'IS  - 5', 'SP  - 549', 'EP  - 557',
			'DO  - 10.1234/abc', 'AN  - 31234567', 'DB  - PubMed', `AB  - ${ITEM.abstract}`, 'ER  - ', '',
		]);
	});

	it('puts a single page in SP alone and a value with line breaks on one line', () => {
		const record = writeRisRecord({ ...ITEM, page: 'e12', 'page-first': undefined, title: 'Two\nlines' });
		expect(record).toContain('SP  - e12\n');
		expect(record).not.toContain('EP  -');
		expect(record).toContain('TI  - Two lines\n');
	});
});

describe('writeEndnoteRecord', () => {
	it('writes the tagged fields EndNote imports', () => {
		expect(writeEndnoteRecord(ITEM).split('\n')).toEqual([
			'%0 Journal Article', '%T Machine learning model based on CT images', '%A Diao, Wenjun', '%A 刁文军', '%J Chinese Journal of Radiology',
			'%D 2025', '%V 59', '%N 5', '%P 549-557', '%R 10.1234/abc', '%M 31234567', '%F diao2025machine', `%X ${ITEM.abstract}`, '',
		]);
	});
});

describe('readRis', () => {
	it('reads records with repeated tags in order', () => {
		const records = readRis('TY  - JOUR\nAU  - A, B\nAU  - C, D\nER  - \n\nTY  - GEN\nER  -\n');
		expect(records).toHaveLength(2);
		expect(records[0].get('AU')).toEqual(['A, B', 'C, D']);
	});

	it.each([
		['a line that is not a tag', 'TY  - JOUR\nwrapped text\nER  - \n', /not a "XX {2}- value" line/],
		['a tag with one space', 'TY  - JOUR\nTI - x\nER  - \n', /not a "XX {2}- value" line/],
		['a record not opened by TY', 'TI  - x\nER  - \n', /must start with TY/],
		['a record never closed', 'TY  - JOUR\nTI  - x\n', /no ER line/],
		['a blank line inside a record', 'TY  - JOUR\n\nER  - \n', /blank line inside/],
	])('rejects %s', (_name, text, message) => {
		expect(() => readRis(text)).toThrow(message);
	});
});
