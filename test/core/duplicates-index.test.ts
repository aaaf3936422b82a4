import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDuplicateIndex, explainMatch, findDuplicates, type DuplicateRecord } from '../../core/src/duplicates/index';
import { parseDocument } from '../../core/src/parse';
import { buildDump, BASE } from './duplicates-helpers';

const fixtures = join(__dirname, '..', 'fixtures');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

function lineOf(text: string): (record: DuplicateRecord) => number {
	return (record) => text.slice(0, record.entry.span.start).split('\n').length;
}

describe('duplicates in the seed sample', () => {
	const text = read('sample.txt');
	const matches = findDuplicates(parseDocument(text), text);

	it('flags exactly entries 5, 6, 7, 8 as copies of 3, 4, 1, 2', () => {
		expect(matches.map((match) => [match.duplicate.entry.number, match.original.entry.number, match.tier])).toEqual([
			[5, 3, 'duplicate'], [6, 4, 'duplicate'], [7, 1, 'duplicate'], [8, 2, 'duplicate'],
		]);
	});

	it('explains each verdict in one line naming the first copy and its line', () => {
		const seventh = matches.find((match) => match.duplicate.entry.number === 7)!;
		expect(explainMatch(seventh, lineOf(text))).toBe('Duplicate of #1 (line 1): same title, same authors 7/7, same source 59(5):549, same abstract opening');
		expect(seventh.others.map((record) => record.entry.number)).toEqual([1]);
	});
});

describe('the title difference named in an explanation', () => {
	it('says "differs" for one kind of difference and "differ" for several', () => {
		const text = buildDump([BASE, { ...BASE, title: BASE.title.toUpperCase() }]);
		const [match] = findDuplicates(parseDocument(text), text);
		expect(explainMatch(match, lineOf(text))).toMatch(/^Duplicate of #1 \(line 1\): same title \(case differs\), same authors 5\/5/u);
	});
});

describe('duplicate index across documents', () => {
	const a = read('duplicates/search-a.txt');
	const b = read('duplicates/search-b.txt');

	function indexBoth() {
		const index = createDuplicateIndex();
		index.add('a.txt', a, parseDocument(a).entries);
		index.add('b.txt', b, parseDocument(b).entries);
		return index;
	}

	it('points a later file at the earlier file, with the tier the evidence allows', () => {
		const matches = indexBoth().findMatches('b.txt');
		expect(matches.map((match) => [match.duplicate.key, match.original.key, match.tier])).toEqual([
			['b.txt#2', 'a.txt#1', 'duplicate'],
			['b.txt#3', 'a.txt#2', 'possible'],
		]);
		const message = explainMatch(matches[0], lineOf(a), (record) => record.docKey);
		expect(message).toBe('Duplicate of #1 in a.txt (line 1): same title (case, punctuation differ), same authors 3/3, same source 58(3):301');
		expect(explainMatch(matches[1], lineOf(a))).toMatch(/^Possible duplicate of #2 in a\.txt \(line 4\)\? title \d+% similar, same authors 2\/2, years 2023 and 2024$/u);
	});

	it('gives the earlier file no diagnostics and lists every copy in groups()', () => {
		const index = indexBoth();
		expect(index.findMatches('a.txt')).toEqual([]);
		expect(index.groups().map((group) => group.map((record) => record.key))).toEqual([['a.txt#1', 'b.txt#2'], ['a.txt#2', 'b.txt#3']]);
	});

	it('forgets a removed document and reports which documents changed', () => {
		const index = indexBoth();
		expect(index.remove('a.txt')).toEqual(['b.txt']);
		expect(index.findMatches('b.txt')).toEqual([]);
		expect(index.documents()).toEqual(['b.txt']);
	});

	it('re-checks an edited document: a new copy appears, an edited-away one disappears', () => {
		const index = indexBoth();
		const edited = b.replace('Deep Learning Radiomics for Predicting Lymph Node Metastasis', 'Transfer learning for predicting tumour deposits').replace('2024;58(3):301-9', '2024;58(7):800-9').replace('1.Contrast-enhanced ultrasound for grading hepatocellular carcinoma\nLiqi SHI ; Junhui ZHENG\nRadiologic Practice 2021;36(4):455-460', '1.Ultrasound elastography of thyroid nodules: a prospective study\nChulan OU ; Ruohong CAO\nJournal of Clinical Radiology 2022;41(2):100-106');
		expect(index.update('b.txt', edited, parseDocument(edited).entries).sort()).toEqual(['a.txt', 'b.txt']);
		expect(index.findMatches('b.txt').map((match) => [match.duplicate.key, match.original.key])).toEqual([['b.txt#1', 'a.txt#3'], ['b.txt#3', 'a.txt#2']]);
	});

	it('keeps unchanged entries when only their position moves', () => {
		const index = indexBoth();
		const before = index.findMatches('b.txt')[0].duplicate.entry.span.start;
		const shifted = b.replace('Radiologic Practice 2021', 'Radiologic Practice Journal 2021');
		index.update('b.txt', shifted, parseDocument(shifted).entries);
		const after = index.findMatches('b.txt')[0];
		expect(after.duplicate.key).toBe('b.txt#2');
		expect(after.duplicate.entry.span.start).toBe(before + ' Journal'.length);
	});

	it('drops a pair the user marked as not a duplicate, from the next check on', () => {
		const dismissed = new Set<string>();
		const index = createDuplicateIndex({ isDismissed: (x, y) => dismissed.has([x.key, y.key].sort().join(' ')) });
		index.add('a.txt', a, parseDocument(a).entries);
		index.add('b.txt', b, parseDocument(b).entries);
		expect(index.findMatches('b.txt')).toHaveLength(2);
		dismissed.add(['a.txt#1', 'b.txt#2'].sort().join(' '));
		expect(index.findMatches('b.txt').map((match) => match.duplicate.key)).toEqual(['b.txt#3']);
		expect(index.groups()).toHaveLength(1);
	});

	it('leaves out possible duplicates when near duplicates are off', () => {
		const index = createDuplicateIndex({ nearDuplicates: false });
		index.add('a.txt', a, parseDocument(a).entries);
		index.add('b.txt', b, parseDocument(b).entries);
		expect(index.findMatches('b.txt').map((match) => match.tier)).toEqual(['duplicate']);
	});
});

describe('groups of three', () => {
	it('flags a copy that only matches a later copy, through it', () => {
		const first = { ...BASE, authors: 'Walker J', source: 'American Journal of Obstetrics and Gynecology 2003;188:1393-1400' };
		const text = buildDump([
			first,
			{ ...first, title: 'Deep learning for predicting lymph node metastasis', authors: 'Lee K', source: 'Radiology 2020;1(1):1-2' },
			{ ...first, authors: 'ALTS Study Group' },
			{ ...first, authors: 'Walker J', title: `${BASE.title} (ALTS)` },
		]);
		const matches = findDuplicates(parseDocument(text), text);
		const third = matches.find((match) => match.duplicate.entry.number === 3)!;
		expect(third.first.entry.number).toBe(1);
		expect(third.others.map((record) => record.entry.number)).toEqual([1, 4]);
	});
});
