import { describe, expect, it } from 'vitest';
import { formatShortName, looksLikeAuthorLine, parseAuthors, splitName, type NameStyle } from '../../core/src/authors';

describe('splitName', () => {
	it.each([
		['Wenjun DIAO', 'capital-families', 'Diao', 'Wenjun'],
		['Yun TAN', 'capital-families', 'Tan', 'Yun'],
		['Yun TAN', 'auto', 'Tan', 'Yun'],
		['Jin-Ho PARK-LEE', 'capital-families', 'Park-Lee', 'Jin-Ho'],
		['Maria DE LA CRUZ', 'capital-families', 'De La Cruz', 'Maria'],
		["Sean O'BRIEN", 'capital-families', "O'Brien", 'Sean'],
		['Diao W', 'auto', 'Diao', 'W'],
		['Kaplan BS', 'auto', 'Kaplan', 'BS'],
		['Ziegler T. R.', 'auto', 'Ziegler', 'T. R.'],
		['Diao, Wenjun', 'auto', 'Diao', 'Wenjun'],
		['DIAO, Wenjun', 'auto', 'Diao', 'Wenjun'],
		['van der Berg JH', 'auto', 'van der Berg', 'JH'],
		['Ludwig van Beethoven', 'auto', 'van Beethoven', 'Ludwig'],
		['张三', 'auto', '张三', ''],
		['欧阳 娜娜', 'auto', '欧阳 娜娜', ''],
		['Smith J Jr.', 'auto', 'Smith', 'J'],
	])('%s (%s) → family %s', (raw, capitals, family, given) => {
		const split = splitName(raw, capitals as NameStyle);
		expect([split.family, split.given]).toEqual([family, given]);
	});
});

describe('parseAuthors', () => {
	it('splits on " ; " and keeps exact spans', () => {
		const line = 'Wenjun DIAO ; Xiaobo CHEN ; Zaiyi LIU';
		const authors = parseAuthors(line, 100);
		expect(authors.map((author) => author.family)).toEqual(['Diao', 'Chen', 'Liu']);
		expect(authors.map((author) => line.slice(author.span.start - 100, author.span.end - 100))).toEqual(['Wenjun DIAO', 'Xiaobo CHEN', 'Zaiyi LIU']);
	});

	it('reads names with initials as "Family Initials" when the line shows it', () => {
		expect(parseAuthors('Meyers KE ; Diao W', 0).map((author) => `${author.family}|${author.given}`)).toEqual(['Meyers|KE', 'Diao|W']);
		expect(parseAuthors('Yun TAN ; Zhongyi KONG ; Zhenbang WANG', 0).map((author) => `${author.family}|${author.given}`)).toEqual(['Tan|Yun', 'Kong|Zhongyi', 'Wang|Zhenbang']);
	});

	it('reads a Vancouver list separated by commas', () => {
		expect(parseAuthors('Kaplan BS, Meyers KE, Schulman SL', 0).map((author) => `${author.family}|${author.given}`)).toEqual(['Kaplan|BS', 'Meyers|KE', 'Schulman|SL']);
	});

	it('keeps a single "Family, Given" author whole', () => {
		expect(parseAuthors('Diao, Wenjun', 0).map((author) => [author.family, author.given])).toEqual([['Diao', 'Wenjun']]);
	});

	it('reads "Anonymous" and "No authorship indicated" as no authors', () => {
		expect(parseAuthors('Anonymous', 0)).toEqual([]);
		expect(parseAuthors('No authorship indicated', 0)).toEqual([]);
	});
});

describe('looksLikeAuthorLine', () => {
	it.each([
		['Wenjun DIAO ; Xiaobo CHEN', true],
		['Zaiyi LIU', true],
		['Tkachenko A.', true],
		['Anonymous', true],
		['张三 ； 李四', true],
		['Pet?j? T ; Ker?nen H', true],
		['vom Brocke Jan ; Maedche Alexander', true],
		['Zahedi Fatemeh "Mariam" ; Bansal Gaurav', true],
		['onto a second line of the title', false],
		['Results were as follows: the model worked.', false],
	])('%s → %s', (line, expected) => {
		expect(looksLikeAuthorLine(line)).toBe(expected);
	});
});

describe('formatShortName', () => {
	it.each([
		[{ family: 'Diao', given: 'Wenjun' }, 'Diao W'],
		[{ family: 'Park', given: 'Jin-Ho' }, 'Park JH'],
		[{ family: 'Ziegler', given: 'T. R.' }, 'Ziegler TR'],
		[{ family: '张三', given: '' }, '张三'],
	])('%o → %s', (author, expected) => {
		expect(formatShortName(author)).toBe(expected);
	});
});
