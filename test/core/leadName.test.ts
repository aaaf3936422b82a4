import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatShortName, readLeadAuthor, type NameOrder } from '../../core/src/authors';
import { readLeadShortName } from '../../core/src/leadName';
import { parseDocument } from '../../core/src/parse';

/** What the outline showed before the quick reading existed: the full reading of the first author, shortened. */
function fullReading(line: string, order: NameOrder = 'given-first'): string {
	const lead = readLeadAuthor(line, 0, order);
	return lead ? formatShortName(lead) : '';
}

describe('lead author short name', () => {
	it.each([
		['Wenjun DIAO ; Xiaobo CHEN ; Ximing WANG', 'Diao W'],
		['Wei LI ; Yun OU', 'Li W'],
		['Yun OU', 'Ou Y'],
		['Wei NG ; Yun OU', 'Wei NG'],
		['Diao W ; Chen X', 'Diao W'],
		['Kaplan BS, Meyers KE', 'Kaplan BS'],
		['Diao, Wenjun', 'Diao W'],
		['  Zaiyi LIU ; Zhihe ZHAO', 'Liu Z'],
		['Advisory Group for National Specialised Services', 'Advisory Group for National Specialised Services'],
		['Smith J. W. 2nd', 'Smith JW'],
		['Anonymous', ''],
		['', ''],
		['张三 ; 李四', '张三'],
		['Ayşe ÖZTÜRK ; Wei LI', 'Öztürk A'],
	])('%j → %j', (line, expected) => {
		expect(readLeadShortName(line)).toBe(expected);
		expect(fullReading(line)).toBe(expected);
	});

	it('reads every line exactly as the full reading does, in a dump of any name order', () => {
		const word = fc.constantFrom('Wenjun', 'DIAO', 'Li', 'LI', 'OU', 'NG', 'W', 'BS', 'XYZ', 'Jr', 'II', 'Group', 'Panel', 'Task', 'Force', 'Study', 'team', 'TRIAL', 'Ab', 'A', 'Van', 'de', "O'BRIEN", 'Jin-Ho', 'J.', 'Anonymous', 'Ö', '张三', 'NGUYEN', 'Y', 'AEI', 'Melville', 'Nigel', 'OUYANG', 'ZHANGSUN', 'BOUCHARDX');
		const separator = fc.constantFrom(' ', ' ', '  ', '\t', ' ; ', ';', '；', ', ', ',', '.', '-', '\u00a0');
		const line = fc.tuple(fc.constantFrom('', ' ', '\t'), word, fc.array(fc.tuple(separator, word), { maxLength: 4 }), fc.constantFrom('', ' ', ' ;'))
			.map(([lead, first, rest, end]) => lead + first + rest.map(([sep, w]) => sep + w).join('') + end);
		const order = fc.constantFrom<NameOrder>('given-first', 'family-first', 'family-initials');
		fc.assert(fc.property(line, order, (text, dumpOrder) => readLeadShortName(text, 0, text.length, { nameOrder: dumpOrder }) === fullReading(text, dumpOrder)), { numRuns: 20000 });
	});

	it('reads a line in place within a longer text (one-byte or two-byte), never past its bounds', () => {
		const word = fc.constantFrom('Wenjun', 'DIAO', 'Li', 'LI', 'W', 'BS', 'Jr', 'Group', 'Ab', 'Ö', 'de');
		const separator = fc.constantFrom(' ', ' ; ', ';', ', ', '.');
		const line = fc.tuple(word, fc.array(fc.tuple(separator, word), { maxLength: 3 })).map(([first, rest]) => first + rest.map(([sep, w]) => sep + w).join(''));
		// Text around the line with characters beyond Latin-1 makes the whole text two-byte, as real dumps often are.
		const around = fc.constantFrom('', ' ', 'X', 'Xyz ; ', '\n', ' ; Chen X', 'ABC', 'χ² ', ' ; 刁文军');
		fc.assert(fc.property(around, line, around, (before, text, after) =>
			readLeadShortName(before + text + after, before.length, before.length + text.length) === readLeadShortName(text)), { numRuns: 5000 });
	});

	it('is what a paper shows in the outline and what it shows after all its authors were read', () => {
		const entry = parseDocument('1.A title\nWei LI ; Yun OU\nJournal 2020;1(2):3-4\n').entries[0];
		expect(entry.leadAuthorName).toBe('Li W');
		expect(entry.authors).toHaveLength(2);
		expect(entry.leadAuthorName).toBe('Li W');
	});
});
