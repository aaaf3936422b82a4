/**
 * The incremental index keeps links and worked-out matches of unchanged entries across updates. Whatever the edit
 * (entries removed, copied, moved, retitled, the text shifted), its matches must be exactly those of a fresh index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDuplicateIndex, type DuplicateMatch } from '../../core/src/duplicates/index';
import { parseDocument } from '../../core/src/parse';

const sample = readFileSync(join(__dirname, '..', 'fixtures', 'sample.txt'), 'utf8');
/** The sample's ten entries as texts (title line to the blank line after the abstract), footer left out. */
const entryTexts = sample.slice(0, sample.indexOf('Result Analysis')).trimEnd().split(/\n(?=\d+\.)/u).map((entry) => entry.trimEnd());

/**
 * Writes `order` (indices into `pool`) as a dump, numbered 1, 2, 3… or (`renumber` false) keeping each entry's own
 * number, as when a user moves entries by hand; a `retitled` entry gets a different title.
 */
function writeDump(pool: string[], order: number[], retitled: Set<number>, renumber = true): string {
	return order.map((source, k) => {
		const [, number, body] = /^(\d+)\.([\s\S]*)$/u.exec(pool[source])!;
		return `${renumber ? k + 1 : number}.${retitled.has(k) ? `Entirely different study number ${k} ` : ''}${body}`;
	}).join('\n\n');
}

/** What a user sees of a match: which entry, against which, how sure, and why (records' spans included). */
function describe_(matches: DuplicateMatch[]): unknown[] {
	return matches.map((match) => [match.duplicate.key, match.duplicate.entry.span, match.original.key, match.first.key, match.tier, match.reasons, match.others.map((other) => other.key), match.via?.key]);
}

describe('incremental duplicate index', () => {
	it('after any sequence of edits, finds exactly what a fresh index finds', () => {
		const edit = fc.record({
			order: fc.array(fc.integer({ min: 0, max: entryTexts.length - 1 }), { minLength: 1, maxLength: 14 }),
			retitled: fc.uniqueArray(fc.integer({ min: 0, max: 13 }), { maxLength: 3 }),
			prefix: fc.constantFrom('', '\n', '\n\n\n'),
			renumber: fc.boolean(),
		});
		fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
			const incremental = createDuplicateIndex();
			incremental.add('other.txt', sample, parseDocument(sample).entries);
			for (const { order, retitled, prefix, renumber } of edits) {
				const text = prefix + writeDump(entryTexts, order, new Set(retitled), renumber);
				const entries = parseDocument(text).entries;
				incremental.update('dump.txt', text, entries);
				const fresh = createDuplicateIndex();
				fresh.add('other.txt', sample, parseDocument(sample).entries);
				fresh.add('dump.txt', text, entries);
				for (const doc of ['dump.txt', 'other.txt']) {
					expect(describe_(incremental.findMatches(doc))).toEqual(describe_(fresh.findMatches(doc)));
				}
			}
		}), { numRuns: 150, seed: 42 });
	});

	it('swapping two copies swaps which one is flagged', () => {
		const index = createDuplicateIndex();
		const before = writeDump(entryTexts, [0, 1, 6], new Set());
		index.add('dump.txt', before, parseDocument(before).entries);
		expect(index.findMatches('dump.txt').map((match) => match.duplicate.entry.number)).toEqual([3]);
		// Entry 7 of the sample (a copy of entry 1) moves to the top: now entry 1's text is the later copy.
		const after = writeDump(entryTexts, [6, 1, 0], new Set());
		index.update('dump.txt', after, parseDocument(after).entries);
		const [match] = index.findMatches('dump.txt');
		expect([match.duplicate.entry.number, match.original.entry.number]).toEqual([3, 1]);
		expect(after.slice(match.duplicate.entry.span.start, match.duplicate.entry.span.start + 40)).toBe(`3.${entryTexts[0].slice(2, 40)}`);
	});
});
