import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOutline, type OutlineItem } from '../../core/src/outline';
import type { Entry } from '../../core/src/model';
import { parseDocument } from '../../core/src/parse';

const text = readFileSync(join(__dirname, '..', 'fixtures', 'sample.txt'), 'utf8');
/** The text an item covers, and the text it selects. */
const slice = (item: OutlineItem) => text.slice(item.start, item.end);
const selected = (item: OutlineItem) => text.slice(item.selectionStart, item.selectionEnd);

describe('outline of the seed sample', () => {
	const outline = buildOutline(parseDocument(text));

	it('has one paper per entry, named by number and title, described by lead author, journal and year', () => {
		expect(outline).toHaveLength(10);
		expect(outline[0].name).toBe('1. Machine learning model based on contrast enhanced CT images for predicting mitotic index in gastrointestinal stromal tumors: a dual-center study');
		expect(outline[0].detail).toBe('Diao W et al. · Chinese Journal of Radiology 2025');
		expect(outline.every((item) => item.kind === 'paper')).toBe(true);
	});

	it('spans the whole entry and selects its title', () => {
		const first = outline[0];
		expect(selected(first)).toBe(first.name.slice(3));
		expect(slice(first).startsWith('1.Machine learning')).toBe(true);
		expect(slice(first).endsWith(slice(outline[0].children.at(-1)!))).toBe(true);
		expect(first.end).toBeLessThan(outline[1].start);
	});

	it('lists the authors, the source and each abstract section as children, with their ranges', () => {
		const children = outline[0].children;
		expect(children.map((child) => [child.name, child.kind])).toEqual([
			['Authors', 'authors'], ['Source', 'source'], ['Objective', 'section'], ['Methods', 'section'], ['Results', 'section'], ['Conclusions', 'section'],
		]);
		expect(children[0].detail).toBe('7 authors: Diao W et al.');
		expect(slice(children[0])).toMatch(/^Wenjun DIAO ; Xiaobo CHEN/);
		expect(children[1].detail).toBe('Chinese Journal of Radiology 2025;59(5):549-557');
		expect(selected(children[2])).toBe('Objective:');
		expect(slice(children[3])).toMatch(/^Methods:/);
	});

	it('reads the same on every read, and serialises to plain data', () => {
		const again = (item: OutlineItem): unknown => ({ name: item.name, detail: item.detail, kind: item.kind, start: item.start, end: item.end, selectionStart: item.selectionStart, selectionEnd: item.selectionEnd, children: item.children.map(again) });
		expect(JSON.parse(JSON.stringify(outline))).toEqual(outline.map(again));
		expect(outline.map(again)).toEqual(outline.map(again));
	});

	it('gives each paper its own detail and children whatever order the papers and their parts are read in', () => {
		const read = (item: OutlineItem) => ({ detail: item.detail, range: [item.start, item.end, item.selectionStart, item.selectionEnd], children: item.children.map((child) => child.detail) });
		// Each paper read first thing from an outline of its own: nothing of another paper can be in it.
		const inOrder = buildOutline(parseDocument(text)).map((_, k) => read(buildOutline(parseDocument(text))[k]));
		const papers = buildOutline(parseDocument(text));
		const at = (k: number) => papers[k % papers.length];
		// Children before details, and the parts of other papers read between a paper's detail and its children.
		for (let k = 0; k < 3 * papers.length; k++) {
			const [first, second, third] = [at(k), at(k + 3), at(7 * k + 5)];
			const children = first.children.map((child) => child.detail);
			const range = [first.start, second.end, first.end, third.selectionStart, first.selectionStart, first.selectionEnd];
			expect([second.detail, third.children.map((child) => child.detail), first.detail, children]).toEqual([inOrder[(k + 3) % papers.length].detail, inOrder[(7 * k + 5) % papers.length].children, inOrder[k % papers.length].detail, inOrder[k % papers.length].children]);
			const [firstRange, secondRange, thirdRange] = [inOrder[k % papers.length].range, inOrder[(k + 3) % papers.length].range, inOrder[(7 * k + 5) % papers.length].range];
			expect(range).toEqual([firstRange[0], secondRange[1], firstRange[1], thirdRange[2], firstRange[2], firstRange[3]]);
		}
		expect(new Set(inOrder.map((paper) => paper.detail)).size).toBeGreaterThan(5);
	});

	it('makes each WPRIM entry its own paper, and gives any other entry a paper that reads the same', () => {
		const parsed = parseDocument(text);
		const papers = buildOutline(parsed);
		expect(papers.every((paper, k) => paper === (parsed.entries[k] as unknown))).toBe(true);
		// An entry of another kind: plain data with the same values.
		const plainEntries = parsed.entries.map((entry) => ({ ...(entry as unknown as { toJSON(): Entry }).toJSON() }));
		const wrapped = buildOutline({ ...parsed, entries: plainEntries });
		expect(wrapped.some((paper, k) => paper === (plainEntries[k] as unknown))).toBe(false);
		expect(JSON.parse(JSON.stringify(wrapped))).toEqual(JSON.parse(JSON.stringify(papers)));
		// The list serialises as the outline; a paper that is its entry serialises alone as the entry.
		expect(JSON.parse(JSON.stringify(papers))[0]).toMatchObject({ kind: 'paper', name: papers[0].name, children: expect.any(Array) });
		expect(JSON.parse(JSON.stringify(papers[0]))).toMatchObject({ number: 1, title: parsed.entries[0].title });
	});

	it('stops at the result limit and says so', () => {
		const heard: number[] = [];
		expect(buildOutline(parseDocument(text), { resultLimit: 3, onResultLimitExceeded: (limit) => heard.push(limit) })).toHaveLength(3);
		expect(heard).toEqual([3]);
	});
});
