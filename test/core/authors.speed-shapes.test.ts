// Name shapes read by the in-place (offset-based) author reader: short capital families, dotted initials, suffixes,
// particles, CJK and accented names, mixed-case families. The expected values are what the outline and hover show.
import { describe, expect, it } from 'vitest';
import { countAuthors, formatShortName, looksLikeAuthorLine, parseAuthors, readLeadAuthor, splitName, titleCaseIfCapitals, type NameStyle } from '../../core/src/authors';

describe('splitName shapes', () => {
	it.each([
		['Yun OU', 'auto', 'Ou', 'Yun'],
		['Yun OU', 'capital-families', 'Ou', 'Yun'],
		['Wenjun  DIAO', 'auto', 'Diao', 'Wenjun'],
		['Wallin K.-L.', 'auto', 'Wallin', 'K.-L.'],
		['Lonze B. E.', 'auto', 'Lonze', 'B. E.'],
		['Martin Luther King Jr', 'auto', 'King', 'Martin Luther'],
		['King ML III', 'auto', 'King', 'ML'],
		['Anna DE LA CRUZ Jr.', 'capital-families', 'De La Cruz', 'Anna'],
		['Jean de la Fontaine', 'auto', 'de la Fontaine', 'Jean'],
		['Ayşe ÖZTÜRK', 'auto', 'Öztürk', 'Ayşe'],
		["Mary D'ARCY-SMITH", 'capital-families', "D'Arcy-Smith", 'Mary'],
		['Pet?j? T', 'auto', 'Pet?j?', 'T'],
		['McGoogan E', 'auto', 'McGoogan', 'E'],
		['王五', 'auto', '王五', ''],
	])('%s (%s) → family %s, given %s', (raw, style, family, given) => {
		expect(splitName(raw, style as NameStyle)).toEqual({ family, given });
	});
});

describe('titleCaseIfCapitals shapes', () => {
	it.each([
		['OU', 'Ou'],
		["D'ARCY-SMITH", "D'Arcy-Smith"],
		['O’BRIEN', 'O’Brien'],
		['ÖZTÜRK', 'Öztürk'],
		['McGoogan', 'McGoogan'],
		['A', 'A'],
	])('%s → %s', (word, expected) => {
		expect(titleCaseIfCapitals(word)).toBe(expected);
	});
});

describe('formatShortName shapes', () => {
	it.each([
		[{ family: 'Wallin', given: 'K.-L.' }, 'Wallin KL'],
		[{ family: 'Lonze', given: 'B. E.' }, 'Lonze BE'],
		[{ family: 'Dupont', given: 'étienne' }, 'Dupont É'],
		[{ family: 'Anonymous', given: '' }, 'Anonymous'],
	])('%o → %s', (author, expected) => {
		expect(formatShortName(author)).toBe(expected);
	});
});

describe('author lines of every shape', () => {
	it.each([
		['Wei LI ; Xiaobo CHEN', ['Li W', 'Chen X']],
		['Yun OU ; Wenjun DIAO', ['Ou Y', 'Diao W']],
		['Andersson S ; Wallin K.-L. ; Heselmeyer-Haddad K', ['Andersson S', 'Wallin KL', 'Heselmeyer-Haddad K']],
		['Gravitt P E ; McGoogan E', ['Gravitt PE', 'McGoogan E']],
		['Smith J Jr. ; King ML III', ['Smith J', 'King ML']],
		['van der Berg JH ; de Vries A', ['van der Berg JH', 'de Vries A']],
		['Ayşe ÖZTÜRK ; José GARCÍA', ['Öztürk A', 'García J']],
		["Sean O'BRIEN ; Mary D'ARCY-SMITH", ["O'Brien S", "D'Arcy-Smith M"]],
		['张三 ； 李四 ； 王五', ['张三', '李四', '王五']],
		['Kaplan BS, Meyers KE, Schulman SL', ['Kaplan BS', 'Meyers KE', 'Schulman SL']],
		['  Wenjun DIAO \t', ['Diao W']],
		['Advisory Group for National Specialised Services', ['Advisory Group for National Specialised Services']],
		['Walker J L ; Wang S S ; Group ASCUS LSIL Triage Study', ['Walker JL', 'Wang SS', 'Group ASCUS LSIL Triage Study']],
		['Smith J. W. 2nd', ['Smith JW']],
		['Burgess D. S. ; Lewis J. S. 2nd', ['Burgess DS', 'Lewis JS']],
		['Berman S. Suyenobu B. Naliboff B. D.', ['Berman S', 'Suyenobu B', 'Naliboff BD']],
		['Wong H. Mandelkern M. ; Mayer E. A.', ['Wong H', 'Mandelkern M', 'Mayer EA']],
		['Berman S. Suyenobu B., Mayer E. A.', ['Berman S', 'Suyenobu B', 'Mayer EA']],
		['Mohammad Hasan A. Qurban H.', ['Mohammad Hasan A. Qurban H']],
	])('%s → %o, and the lead author and count agree', (line, shortNames) => {
		const authors = parseAuthors(line, 10);
		expect(authors.map(formatShortName)).toEqual(shortNames);
		expect(readLeadAuthor(line, 10)).toEqual(authors[0]);
		expect(countAuthors(line)).toBe(shortNames.length);
		expect(looksLikeAuthorLine(line)).toBe(true);
	});

	it('keeps the exact span of a lead author with white space around it', () => {
		const line = '  Wenjun DIAO ;  Xiaobo CHEN';
		expect(readLeadAuthor(line, 100)).toEqual({ raw: 'Wenjun DIAO', family: 'Diao', given: 'Wenjun', span: { start: 102, end: 113 } });
	});

	it('reads no lead author from "[No authorship indicated]" and a blank part as no author line', () => {
		expect(readLeadAuthor('[No authorship indicated]', 0)).toBeUndefined();
		expect(countAuthors('[No authorship indicated]')).toBe(0);
		expect(looksLikeAuthorLine('Wenjun DIAO ;  ; Xiaobo CHEN')).toBe(false);
	});
});
