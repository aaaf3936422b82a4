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
			const row = rows.add(offset, numberEnd, k + 1);
			rows.setTitle(row, numberEnd + 1, offset + title.length, -1, -1);
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
});
