/** Every exported BibTeX, BibLaTeX, RIS and CSL-JSON file reads back to the same bibliographic data for every entry. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWithCitationJs } from '../../core/src/export/citation-js-reader';
import { formatCitations, readRis } from '../../core/src/export/index';
import type { Entry } from '../../core/src/model';
import { parseDocument } from '../../core/src/parse';

interface Expected {
	title: string;
	authors: string[];
	journal?: string;
	year?: number;
	volume?: string;
	issue?: string;
	pages?: string;
	doi?: string;
}

const FIXTURES: Array<{ name: string; path: string; dois: Record<number, string> }> = [
	{ name: 'sample', path: 'test/fixtures/sample.txt', dois: {} },
	{ name: 'hidden styles', path: 'test/fixtures/export/hidden-styles.txt', dois: { 6: '10.3760/cma.j.cn112149-20240101-00001', 8: '10.1148/radiol.2021210001' } },
];

/** What the dump says about an entry, read from the parsed entry (not from the exporter's CSL item). */
function expectedOf(entry: Entry, dois: Record<number, string>): Expected {
	const source = entry.source;
	return {
		title: entry.title,
		authors: entry.authors.map((author) => author.given ? `${author.family}|${author.given}` : author.family),
		journal: source?.journal,
		year: source?.year,
		volume: source?.volume,
		issue: source?.issue,
		pages: source?.firstPage && source.lastPage ? `${source.firstPage}-${source.lastPage}` : source?.pages,
		doi: dois[entry.number],
	};
}

function fromCsl(item: Record<string, unknown>): Expected {
	const names = (item.author as Array<Record<string, string>> | undefined) ?? [];
	const issued = item.issued as { 'date-parts': number[][] } | undefined;
	return {
		title: item.title as string,
		authors: names.map((name) => {
			const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
			return name.given ? `${family}|${name.given}` : family;
		}),
		journal: item['container-title'] as string | undefined,
		year: issued ? Number(issued['date-parts'][0][0]) : undefined,
		volume: item.volume as string | undefined,
		issue: item.issue as string | undefined,
		pages: item.page as string | undefined,
		doi: item.DOI as string | undefined,
	};
}

function fromRis(record: Map<string, string[]>): Expected {
	const one = (tag: string) => record.get(tag)?.[0];
	const first = one('SP');
	const last = one('EP');
	const year = one('PY');
	return {
		title: one('TI') ?? '',
		authors: (record.get('AU') ?? []).map((name) => name.includes(', ') ? name.replace(', ', '|') : name),
		journal: one('T2'),
		year: year === undefined ? undefined : Number(year),
		volume: one('VL'),
		issue: one('IS'),
		pages: first && last ? `${first}-${last}` : first,
		doi: one('DO'),
	};
}

describe.each(FIXTURES)('round trip of $name', ({ path, dois }) => {
	const text = readFileSync(path, 'utf8');
	const entries = parseDocument(text).entries;
	const expected = entries.map((entry) => expectedOf(entry, dois));

	it('has the entries the test expects', () => {
		expect(entries.length).toBeGreaterThanOrEqual(8);
	});

	it.each(['bibtex', 'biblatex', 'csl-json'] as const)('%s reads back through citation-js unchanged', async (format) => {
		const result = await formatCitations(text, entries, format);
		const back = await parseWithCitationJs(result.content);
		expect(result.count).toBe(entries.length);
		expect(back.map(fromCsl)).toEqual(expected);
	});

	it('RIS reads back through a strict reader unchanged', async () => {
		const result = await formatCitations(text, entries, 'ris');
		expect(readRis(result.content).map(fromRis)).toEqual(expected);
	});
});
