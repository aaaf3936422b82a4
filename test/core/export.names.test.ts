/**
 * Names in formatted lists: Vancouver `Diao W`, GB/T 7714 `DIAO W`. Plain names are written by litdump before
 * citeproc sees them (a speed-up); citeproc itself is the referee that both ways give the same text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDump } from '../../bench/generate';
import { loadCitationJs } from '../../core/src/export/citation-js';
import { toCslItem, type CslItem, type CslName } from '../../core/src/export/csl';
import { formatBatch } from '../../core/src/export/formatted';
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

const SETS: Array<[string, CslItem[]]> = [
	['the sample', itemsOf(readFileSync('test/fixtures/sample.txt', 'utf8'))],
	['the hidden-style fixture', itemsOf(readFileSync('test/fixtures/export/hidden-styles.txt', 'utf8'))],
	['300 generated entries', itemsOf(generateDump(300))],
	['hand-picked names', HAND],
];

describe.each(['vancouver', 'gbt7714'] as const)('%s names', (style) => {
	it.each(SETS)('are the same written by litdump or by citeproc for %s', async (_name, items) => {
		const library = await loadCitationJs();
		expect(formatBatch(library, items, style, true)).toEqual(formatBatch(library, items, style, false));
	}, 60000);
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
