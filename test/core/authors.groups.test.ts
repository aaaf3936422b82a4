// Group authors (`Advisory Group for National Specialised Services`) and runs of names with dotted initials and no
// separators (`Berman S. Suyenobu B. Naliboff B. D.`): told from wrapped titles, and split without mangling names.
import { describe, expect, it } from 'vitest';
import { countAuthors, formatShortName, looksLikeAuthorLine, parseAuthors, readLeadAuthor, splitName } from '../../core/src/authors';
import { isDottedRun } from '../../core/src/dottedRuns';
import { readLeadShortName } from '../../core/src/leadName';
import { breaksOffMidPhrase, hasGroupWord, isGroupAuthorLine } from '../../core/src/groupNames';

const BERMAN = 'Berman S. Suyenobu B. Naliboff B. D. Bueller J. Stains J. Wong H. Mandelkern M. Fitzgerald L. Ohning G. Gupta A. Labus J. S. Tillisch K. ; Mayer E. A.';

describe('looksLikeAuthorLine: group authors and dotted runs', () => {
	it.each([
		'Group ASCUS-LSIL Traige Study (ALTS)',
		'-FUTURE-II-Study-Group',
		'Ebpg Expert Group on Renal Transplantation',
		'Advisory Group for National Specialised Services',
		'Collaborative Group on Hormonal Factors in Breast Cancer',
		'Writing Committee for the Women’s Health Initiative Investigators',
		'US Preventive Services Task Force',
		'European Lung Cancer Working Party',
		'Smith J. W. 2nd',
		'Berman S. Suyenobu B. Naliboff B. D.',
		BERMAN,
	])('reads %s as an author line', (line) => {
		expect(looksLikeAuthorLine(line)).toBe(true);
	});

	it.each([
		// Continuations of wrapped titles, including ones that hold a group word or initials.
		'in women with equivocal smears',
		'a dual-center study',
		'by the Gynecologic Oncology Group',
		'a report from the Children’s Oncology Group',
		'results of the ASCUS-LSIL Triage Study Group.',
		'Social Network Structures on Prediction Market Accuracy',
		'Network Effects - A Study of Open Source Communities',
		'Collaboration Technology in Team Contexts',
		'Oncology Group: a phase II trial',
		'Group Decision Making: consensus and trust',
		'Study Group]',
		'Tribute to John A. B. Smith',
		'J. A. Smith and the origins of cytology',
		'Analysis of A. B. testing',
		// The two typos stay unread: no rule safe for real titles catches them.
		'indicated No authorship',
		'lannacci Federico',
	])('reads %s as the rest of a title', (line) => {
		expect(looksLikeAuthorLine(line)).toBe(false);
	});

	it('does not take a group or dotted run for authors after a title line that breaks off mid-phrase', () => {
		const title = '12.Gemcitabine in advanced lung cancer: a randomised trial of the';
		expect(looksLikeAuthorLine('Southwest Oncology Group (S0027)', title, 0, title.length)).toBe(false);
		expect(looksLikeAuthorLine('Southwest Oncology Group (S0027)', title, 0, title.length - ' of the'.length)).toBe(true);
		expect(looksLikeAuthorLine('Smith J. W. 2nd', title, 0, title.length)).toBe(false);
		// The usual author lines are not affected by the line above.
		expect(looksLikeAuthorLine('Wenjun DIAO ; Xiaobo CHEN', title, 0, title.length)).toBe(true);
		expect(breaksOffMidPhrase('a study of', 0, 10)).toBe(true);
		expect(breaksOffMidPhrase('Lung cancer -', 0, 13)).toBe(true);
		expect(breaksOffMidPhrase('in irritable bowel syndrome', 0, 27)).toBe(false);
	});
});

describe('group words', () => {
	it.each([
		['Advisory Group for National Specialised Services', true],
		['-FUTURE-II-Study-Group', true],
		['The EuroQol Group', true],
		['Perform Study Investigators', true],
		['US Preventive Services Task Force', true],
		['Groupe Francophone', false],
		['Forcefield Party Ltd', false],
		['Force Majeure', false],
		['Grouping J', false],
		['Wenjun DIAO', false],
		['GROUP ALTS', false],
	])('%s → %s', (name, expected) => {
		expect(hasGroupWord(name, 0, name.length)).toBe(expected);
	});

	it('needs a group word at the start, at the end or before "of", "for" or "on" of a group line', () => {
		for (const [line, expected] of [
			['Group CBCSP-HPV Study', true], ['Network CBCSP-HPV Study', false], ['CBCSP-HPV Study Network', true],
			['Swiss Group for Clinical Cancer Research', true], ['Swiss Group Clinical Cancer Research', false],
		] as const) {
			expect([line, isGroupAuthorLine(line, 0, line.length)]).toEqual([line, expected]);
		}
	});
});

describe('names of groups and dotted runs', () => {
	it.each([
		['Advisory Group for National Specialised Services', 'Advisory Group for National Specialised Services', ''],
		['Group ASCUS-LSIL Traige Study (ALTS)', 'Group ASCUS-LSIL Traige Study (ALTS)', ''],
		['Ebpg Expert Group on Renal Transplantation', 'Ebpg Expert Group on Renal Transplantation', ''],
		['Group ALTS', 'Group ALTS', ''],
		['  Perform Study Investigators ', 'Perform Study Investigators', ''],
		['Smith J. W. 2nd', 'Smith', 'J. W.'],
		['Lewis J. S. 3rd', 'Lewis', 'J. S.'],
		['Naliboff B. D.', 'Naliboff', 'B. D.'],
	])('splitName(%s) → family %s, given %s', (raw, family, given) => {
		expect(splitName(raw)).toEqual({ family, given });
	});

	it('splits a dotted run into one author per name, with exact spans', () => {
		const line = 'Berman S. Suyenobu B. Naliboff B. D.';
		const authors = parseAuthors(line, 50);
		expect(authors.map((author) => [author.raw, author.family, author.given])).toEqual([['Berman S.', 'Berman', 'S.'], ['Suyenobu B.', 'Suyenobu', 'B.'], ['Naliboff B. D.', 'Naliboff', 'B. D.']]);
		expect(authors.map((author) => line.slice(author.span.start - 50, author.span.end - 50))).toEqual(['Berman S.', 'Suyenobu B.', 'Naliboff B. D.']);
		expect(authors.map((author) => author.span)).toEqual([{ start: 50, end: 59 }, { start: 60, end: 71 }, { start: 72, end: 86 }]);
	});

	it('splits the run before a " ; " and keeps the names after it', () => {
		const authors = parseAuthors(BERMAN, 0);
		expect(authors.map(formatShortName)).toEqual(['Berman S', 'Suyenobu B', 'Naliboff BD', 'Bueller J', 'Stains J', 'Wong H', 'Mandelkern M', 'Fitzgerald L', 'Ohning G', 'Gupta A', 'Labus JS', 'Tillisch K', 'Mayer EA']);
		expect(authors.every((author) => BERMAN.slice(author.span.start, author.span.end) === author.raw)).toBe(true);
		expect(countAuthors(BERMAN)).toBe(13);
		expect(readLeadAuthor(BERMAN, 0)).toEqual(authors[0]);
	});

	it.each([
		// One person each: a full given name, two family words, or a single initial.
		'Mohammad Hasan A. Qurban H.',
		'Smith J. Jones',
		'Lonze B. E.',
		'Holcomb George W. 3rd',
	])('keeps %s as one name', (name) => {
		expect(isDottedRun(name, 0, name.length) && parseAuthors(name, 0).length > 1).toBe(false);
		expect(parseAuthors(name, 0)).toHaveLength(1);
		expect(countAuthors(name)).toBe(1);
	});

	it('keeps a group whole inside a list of people', () => {
		const line = 'Walker J L ; Wang S S ; Group ASCUS LSIL Triage Study';
		expect(parseAuthors(line, 0).map((author) => [author.family, author.given])).toEqual([['Walker', 'J L'], ['Wang', 'S S'], ['Group ASCUS LSIL Triage Study', '']]);
	});

	it('keeps a name of a list whole when a study, trial or team names it, in any case (as LDD records print them)', () => {
		const line = 'Castle P E ; ASCUS-LSIL Triage Study ; group NTCC study ; Team CHAP Trial ; Triumph Study I. ; Epic Study ; Maria Studer';
		expect(parseAuthors(line, 0).map((author) => [author.family, author.given])).toEqual([
			['Castle', 'P E'], ['ASCUS-LSIL Triage Study', ''], ['group NTCC study', ''], ['Team CHAP Trial', ''], ['Triumph Study I.', ''], ['Epic Study', ''], ['Studer', 'Maria'],
		]);
		expect(countAuthors(line)).toBe(7);
		// The outline's short name and the full reading agree on a group that leads the list.
		expect(readLeadShortName('Team CHAP ; Castle P E')).toBe('Team CHAP');
		expect(formatShortName(parseAuthors('Team CHAP ; Castle P E', 0)[0])).toBe('Team CHAP');
	});

	it('does not take a study or trial word on a line of its own for an author line (a wrapped title)', () => {
		expect(looksLikeAuthorLine('the Framingham Heart Study')).toBe(false);
		expect(looksLikeAuthorLine('Results of the CHAP Trial')).toBe(false);
	});
});
