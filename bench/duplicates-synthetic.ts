/**
 * Synthetic duplicate benchmarks: a generated dump with 10% planted near duplicates (changed case, punctuation, layout
 * hyphens, name order, abbreviated pages), and the cost of re-checking a workspace after a one-entry edit.
 */
import { createDuplicateIndex } from '../core/src/duplicates/index';
import { parseDocument } from '../core/src/parse';
import { createRandom, generateEntry } from './generate';

const PLANTED_TOTAL = 50000;
const PLANTED_SHARE = 0.1;
const WORKSPACE_FILES = 50;

/** One generated dump with planted copies: the text, and for each copy the entry number of its original. */
export interface PlantedDump {
	text: string;
	/** `[original, copy]` entry numbers. */
	planted: Array<[number, number]>;
}

/** A near-duplicate of one entry's text under a new number: the kind of variation real exports show. */
export function mutateEntry(entryText: string, number: number, random: () => number): string {
	const [first, authors, source, ...rest] = entryText.split('\n');
	let title = first.slice(first.indexOf('.') + 1);
	const roll = random();
	if (roll < 0.25) {
		title = title.toLowerCase().replace(/^./u, (char) => char.toUpperCase());
	} else if (roll < 0.5) {
		title = `${title.replace(': ', ' - ')}.`;
	} else if (roll < 0.75) {
		title = title.replace(/([a-z]{4})([a-z]{4,})/u, '$1-$2');
	} else {
		title = title.replace(': ', '：');
	}
	const names = random() < 0.5 ? authors.split(' ; ').map((name) => {
		const [given, family] = name.split(' ');
		return `${family[0]}${family.slice(1).toLowerCase()} ${given[0]}`;
	}).join(' ; ') : authors;
	const pages = random() < 0.5 ? source.replace(/:(\d+)-(\d+)$/u, (_match, from: string, to: string) => `:${from}-${to.slice(-Math.min(to.length, 2))}`) : source;
	const abstract = random() < 0.3 ? [] : rest.slice(0, 1);
	return [`${number}.${title}`, names, pages, ...abstract, ''].join('\n');
}

/** `total` entries of which `share` are near-duplicate copies of earlier ones, at random later positions. */
export function generatePlantedDump(total = PLANTED_TOTAL, share = PLANTED_SHARE, seed = 7): PlantedDump {
	const random = createRandom(seed);
	const copies = Math.round(total * share);
	const originals: string[] = [];
	for (let i = 1; i <= total - copies; i++) {
		originals.push(generateEntry(i, random));
	}
	const copiesAfter = new Map<number, number[]>();
	for (let c = 0; c < copies; c++) {
		const source = Math.floor(random() * originals.length);
		const after = source + Math.floor(random() * (originals.length - source));
		const list = copiesAfter.get(after) ?? [];
		list.push(source);
		copiesAfter.set(after, list);
	}
	const order: Array<{ source: number; copy: boolean }> = [];
	originals.forEach((_text, i) => {
		order.push({ source: i, copy: false });
		for (const source of copiesAfter.get(i) ?? []) {
			order.push({ source, copy: true });
		}
	});
	const numberOf = new Map<number, number>();
	const parts: string[] = [];
	const planted: Array<[number, number]> = [];
	order.forEach((slot, i) => {
		const number = i + 1;
		if (!slot.copy) {
			numberOf.set(slot.source, number);
			parts.push(originals[slot.source].replace(/^\d+\./u, `${number}.`));
		} else {
			parts.push(mutateEntry(originals[slot.source], number, random));
			planted.push([slot.source, number]);
		}
	});
	return { text: parts.join(''), planted: planted.map(([source, copy]) => [numberOf.get(source) ?? 0, copy]) };
}

/** Parse + detect on the planted dump: time, and how many planted copies were found as Warnings or Information. */
export function benchmarkPlanted(): string[] {
	const { text, planted } = generatePlantedDump();
	const start = performance.now();
	const parsed = parseDocument(text);
	const parseMs = performance.now() - start;
	const collect = (globalThis as { gc?: () => void }).gc;
	collect?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const index = createDuplicateIndex();
	index.add('planted', text, parsed.entries);
	const matches = index.findMatches('planted');
	const totalMs = performance.now() - start;
	collect?.();
	const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
	const heap = collect ? `; index heap ${heapMb.toFixed(0)} MB (${((heapMb * 1048576) / parsed.entries.length).toFixed(0)} bytes/entry)` : ' (run node with --expose-gc for the index heap size)';
	const plantedSet = new Set(planted.map(([a, b]) => `${a}:${b}`));
	const groupOf = new Map<number, number>();
	for (const match of matches) {
		groupOf.set(match.duplicate.entry.number, match.first.entry.number);
	}
	const rootOf = (n: number) => groupOf.get(n) ?? n;
	const found = planted.filter(([original, copy]) => rootOf(original) === rootOf(copy)).length;
	const warnings = matches.filter((match) => match.tier === 'duplicate');
	const unplanted = matches.filter((match) => !plantedSet.has(`${match.original.entry.number}:${match.duplicate.entry.number}`) && rootOf(match.original.entry.number) !== rootOf(match.duplicate.entry.number)).length;
	return [
		`planted near duplicates: ${parsed.entries.length} entries (${planted.length} planted copies), parse ${parseMs.toFixed(0)} ms, parse + detect ${totalMs.toFixed(0)} ms`,
		`  found ${found}/${planted.length} planted copies (${warnings.length} Warnings, ${matches.length - warnings.length} Information), ${unplanted} matches outside the planted groups${heap}`,
	];
}

/** A 50,000-entry workspace in 50 files: full index, then update + re-check one file after a one-entry edit. */
export function benchmarkIncremental(): string[] {
	const { text } = generatePlantedDump();
	const entryTexts = text.split(/(?=^\d+\.)/mu);
	const perFile = Math.ceil(entryTexts.length / WORKSPACE_FILES);
	const files = Array.from({ length: WORKSPACE_FILES }, (_unused, i) => entryTexts.slice(i * perFile, (i + 1) * perFile).join(''));
	const index = createDuplicateIndex();
	const fullStart = performance.now();
	files.forEach((fileText, i) => index.add(`file-${String(i).padStart(2, '0')}`, fileText, parseDocument(fileText).entries));
	let matchCount = 0;
	for (const key of index.documents()) {
		matchCount += index.findMatches(key).length;
	}
	const fullMs = performance.now() - fullStart;
	const edited = reviseFirstTitle(files[7]);
	const parseStart = performance.now();
	const entries = parseDocument(edited).entries;
	const parseMs = performance.now() - parseStart;
	const original = parseDocument(files[7]).entries;
	let affected: string[] = [];
	const updateMs = medianOfEdits((k) => {
		affected = k % 2 === 0 ? index.update('file-07', edited, entries) : index.update('file-07', files[7], original);
		for (const key of affected) {
			index.findMatches(key);
		}
	});
	const single = createDuplicateIndex();
	const whole = parseDocument(text);
	single.add('whole', text, whole.entries);
	single.findMatches('whole');
	const editedWhole = reviseFirstTitle(text);
	const wholeEntries = parseDocument(editedWhole).entries;
	const singleMs = medianOfEdits((k) => {
		single.update('whole', k % 2 === 0 ? editedWhole : text, k % 2 === 0 ? wholeEntries : whole.entries);
		single.findMatches('whole');
	});
	return [
		`incremental: ${WORKSPACE_FILES} files, ${entryTexts.length} entries, full index + check ${fullMs.toFixed(0)} ms (${matchCount} matches)`,
		`  one-entry edit in a ${entries.length}-entry file: parse ${parseMs.toFixed(1)} ms, update + re-check ${affected.length} affected file(s) ${updateMs.toFixed(1)} ms (median of ${EDITS} edits)`,
		`  one-entry edit in a single ${wholeEntries.length}-entry file: update + re-check ${singleMs.toFixed(1)} ms (median of ${EDITS} edits; parse not counted)`,
	];
}

const EDITS = 7;

/** The text with its first title changed, as a user's one-entry edit. */
function reviseFirstTitle(text: string): string {
	return text.replace(/^(\d+\.)(\S+)/mu, (_match, number: string, word: string) => `${number}${word.toUpperCase()} (revised)`);
}

/** Median milliseconds of `EDITS` calls of `edit` (it alternates between the edited and the original text by `k`). */
function medianOfEdits(edit: (k: number) => void): number {
	const times: number[] = [];
	for (let k = 0; k < EDITS; k++) {
		const start = performance.now();
		edit(k);
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b)[Math.floor(EDITS / 2)];
}
