/**
 * Names in formatted lists: Vancouver `Diao W`, GB/T 7714 `DIAO W`. Plain names, and plain Vancouver references,
 * are written by litdump (a speed-up); citeproc itself is the referee that both ways give the same text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDump } from '../../bench/generate';
import { loadCitationJs } from '../../core/src/export/citation-js';
import { spellInitialsApart, toCslItem, type CslItem, type CslName } from '../../core/src/export/csl';
import { formatBatch } from '../../core/src/export/formatted';
import { writePlainVancouver } from '../../core/src/export/vancouver-plain';
import { parseDocument } from '../../core/src/parse';

function itemsOf(text: string): CslItem[] {
	return parseDocument(text).entries.map((entry, index) => toCslItem(text, entry, `k${index}`));
}

const NAMES: CslName[] = [
	{ family: 'Diao', given: 'Wenjun' }, { family: 'García-López', given: 'María José' }, { family: 'Park', given: 'Jin-Ho' },
	{ family: 'Smith', given: 'W' }, { family: 'Martin', given: 'J P' }, { family: 'Dupont', given: 'Anne-Marie' }, { family: 'Huang' },
	{ family: '欧阳娜娜' }, { family: 'Østergaard', given: 'Øyvind' }, { family: 'Łęski', given: 'Łukasz' }, { family: "O'Brien", given: 'François' },
	{ family: 'van der Berg', given: 'Jan' }, { family: 'Kaplan', given: 'BS' }, { family: 'McDonald', given: 'Ian' }, { family: 'Müller', given: 'Jürgen' },
];

const HAND: CslItem[] = Array.from({ length: 6 }, (_, k) => ({
	id: `h${k}`, type: 'article-journal', 'citation-key': `h${k}`, title: `Names ${k}`, author: NAMES.slice(k * 2, k * 2 + 8),
	'container-title': 'Journal', issued: { 'date-parts': [[2020]] }, volume: '1', issue: '2', page: '3-4', 'page-first': '3',
}));

const BASE: CslItem = {
	id: 'p', type: 'article-journal', 'citation-key': 'p', title: 'Radiomics of gastrointestinal stromal tumors (GIST): a study',
	author: [{ family: 'Diao', given: 'Wenjun' }], 'container-title': 'Chinese Journal of Radiology', issued: { 'date-parts': [[2025]] },
};
const PLAIN: CslItem[] = [
	{ ...BASE, volume: '59', issue: '5', page: '549-557', 'page-first': '549', DOI: '10.3760/cma.j.cn112149-20240101-00001', PMID: '31234567' },
	{ ...BASE, volume: '59', issue: '5', page: '1000-1001', 'page-first': '1000', DOI: '10.1148/radiol.2021210001' },
	{ ...BASE, volume: '0', issue: '17', PMID: '12' },
	{ ...BASE, volume: '36', page: '12' },
	{ ...BASE, volume: '36', page: '99-101', 'page-first': '99' },
	{ ...BASE },
	{ ...BASE, author: undefined, volume: '1', issue: '2', page: '3-9', 'page-first': '3' },
	{ ...BASE, title: 'Is it plain?', volume: '1' },
	{ ...BASE, author: NAMES.slice(0, 7), volume: '1' },
].map((item, index) => ({ ...item, id: `p${index}`, 'citation-key': `p${index}` }));

const SETS: Array<[string, CslItem[]]> = [
	['the sample', itemsOf(readFileSync('test/fixtures/sample.txt', 'utf8'))],
	['the hidden-style fixture', itemsOf(readFileSync('test/fixtures/export/hidden-styles.txt', 'utf8'))],
	['1,000 generated entries', itemsOf(generateDump(1000, 7))],
	['plain articles with and without DOI, PMID, issue, pages', PLAIN],
	['hand-picked names', HAND],
];

describe.each(['vancouver', 'gbt7714'] as const)('%s names', (style) => {
	it.each(SETS)('give the same references written by litdump or by citeproc for %s', async (_name, items) => {
		const library = await loadCitationJs();
		expect(formatBatch(library, items, style, true)).toEqual(formatBatch(library, items, style, false));
	}, 60000);
});

describe('plain Vancouver references', () => {
	it('cover the usual journal article, so the comparison above tests the shortcut', () => {
		const generated = itemsOf(generateDump(1000, 7));
		expect(generated.filter((item) => writePlainVancouver(item) !== undefined).length).toBeGreaterThan(700);
		expect(writePlainVancouver(PLAIN[0])).toBe('Diao W. Radiomics of gastrointestinal stromal tumors (GIST): a study. Chinese Journal of Radiology. 2025;59(5):549–57. doi:10.3760/cma.j.cn112149-20240101-00001 PubMed PMID: 31234567.');
		expect(writePlainVancouver(PLAIN[7])).toBeUndefined();
	});
});

describe('given names in CSL items', () => {
	it.each([
		['GD', 'G D'], ['BS', 'B S'], ['W', 'W'], ['J.W.', 'J. W.'], ['J. W.', 'J. W.'], ['K.-L.', 'K.-L.'], ['Wenjun', 'Wenjun'],
		['María José', 'María José'], ['Jin-Ho', 'Jin-Ho'], ['ÉL', 'É L'], ['Anne M', 'Anne M'],
	])('%j → %j', (given, expected) => {
		expect(spellInitialsApart(given)).toBe(expected);
	});
});

describe('name forms', () => {
	it('writes Vancouver and GB/T 7714 initials without spaces or with them', async () => {
		const library = await loadCitationJs();
		const [vancouver] = formatBatch(library, HAND.slice(0, 1), 'vancouver');
		const [gbt] = formatBatch(library, HAND.slice(0, 1), 'gbt7714');
		expect(vancouver).toEqual({ text: expect.stringMatching(/^Diao W, García-López MJ, Park JH, Smith W, Martin JP, Dupont AM, et al\. Names 0\./) });
		expect(gbt).toEqual({ text: expect.stringMatching(/^DIAO W, GARCÍA-LÓPEZ M J, PARK J H, et al\./) });
	});
});
