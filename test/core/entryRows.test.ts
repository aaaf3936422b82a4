import { describe, expect, it } from 'vitest';
import { EntryRows, WprimEntry } from '../../core/src/dialects/wprimEntry';
import { parseDocument } from '../../core/src/parse';
import { scanSource, SOURCE_FIELDS } from '../../core/src/source';

describe('entry table', () => {
	it('keeps every row readable when more entries come than it was sized for', () => {
		const lines = Array.from({ length: 40 }, (_, k) => `${k + 1}.Title ${k + 1}\nAuthor A\nJournal ${2000 + k};${k}(1):1-2`);
		const text = lines.join('\n');
		const rows = new EntryRows(text, 1);
		const entries: WprimEntry[] = [];
		const parts = new Int32Array(SOURCE_FIELDS);
		let offset = 0;
		for (const [k, entryText] of lines.entries()) {
			const [title, author, source] = entryText.split('\n');
			const numberEnd = offset + String(k + 1).length;
			const row = rows.add(offset, k + 1);
			rows.setTitle(row, numberEnd + 1, offset + title.length, -1);
			const authorStart = offset + title.length + 1;
			rows.setAuthors(row, authorStart, authorStart + author.length);
			const sourceStart = authorStart + author.length + 1;
			expect(scanSource(text, sourceStart, sourceStart + source.length, parts, 0)).toBe(true);
			rows.setSource(row, sourceStart, sourceStart + source.length, parts);
			rows.setEnd(row, sourceStart + source.length, 3 * k + 2);
			rows.setStartLine(row, 3 * k);
			entries.push(new WprimEntry(rows, row));
			offset += entryText.length + 1;
		}
		expect(entries.map((entry) => entry.title)).toEqual(lines.map((_, k) => `Title ${k + 1}`));
		expect(entries.map((entry) => entry.source?.year)).toEqual(lines.map((_, k) => 2000 + k));
		expect(entries.map((entry) => entry.source?.volume)).toEqual(lines.map((_, k) => String(k)));
		expect(entries[39].leadAuthor?.family).toBe('Author');
		expect(JSON.parse(JSON.stringify(entries))).toEqual(JSON.parse(JSON.stringify(parseDocument(text).entries)));
	});

	it('keeps authors and identifiers parsed or set for one entry to that entry', () => {
		const text = ['1.First\nAnn Lee ; Bo Chen\nJournal 2020;1(1):1-2\ndoi:10.1000/first', '2.Second\nCai Wu\nJournal 2021;2(1):3-4', '3.Third\nDu Ma ; Ed Yu ; Fa Li\nJournal 2022;3(1):5-6'].join('\n');
		const entries = parseDocument(text).entries;
		expect(entries[2].authors.map((author) => author.family)).toEqual(['Ma', 'Yu', 'Li']);
		const set = [{ raw: 'Set One', family: 'One', given: 'Set', span: { start: 0, end: 7 } }];
		entries[1].authors = set;
		entries[1].identifiers = [];
		expect(entries[1].authors).toBe(set);
		expect([entries[1].leadAuthor, entries[1].authorCount, entries[1].leadAuthorName]).toEqual([set[0], 1, 'One S']);
		expect(entries.map((entry) => entry.authorCount)).toEqual([2, 1, 3]);
		expect(entries[0].leadAuthor?.family).toBe('Lee');
		expect(entries.map((entry) => entry.identifiers.map((id) => id.value))).toEqual([['10.1000/first'], [], []]);
		expect(entries[0].identifiers).toBe(entries[0].identifiers);
	});
});
