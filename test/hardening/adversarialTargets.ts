/**
 * The extractors the adversarial timing test times, as one module: the test bundles it with esbuild, so that the code
 * timed is the code as shipped (bundled), not vitest's per-module transform of it.
 */
import { fingerprintEntry } from '../../core/src/duplicates/fingerprint';
import { foldText, repairMojibake, stripMarkup } from '../../core/src/duplicates/normalize';
import { normalizeDoi, normalizeJournal } from '../../core/src/duplicates/source';
import { normalizeTitle } from '../../core/src/duplicates/title';
import { formatCitations } from '../../core/src/export/index';
import { buildOutline, type OutlineItem } from '../../core/src/outline';
import { parseDocument } from '../../core/src/parse';
import { assessStatistics, extractStatistics } from '../../core/src/stats/index';

/** One extractor, given the 1 MB adversarial string. */
export type Target = (big: string) => unknown;

/** The extractors by name; `sampleEntry` is a real entry the hostile string is planted in. */
export function createTargets(sampleEntry: string): Record<string, Target> {
	/** A real entry with `big` appended to one of its lines. */
	const plant = (big: string, where: 'title' | 'authors' | 'abstract'): string => {
		const lines = sampleEntry.split('\n');
		lines[{ title: 0, authors: 1, abstract: 3 }[where]] += ` ${big}`;
		return lines.join('\n');
	};
	return {
		'parser (raw)': (big) => parseDocument(big),
		'parser (title)': (big) => parseDocument(plant(big, 'title')),
		'parser (authors)': (big) => parseDocument(plant(big, 'authors')),
		'outline, every item read (title)': (big) => readOutline(buildOutline(parseDocument(plant(big, 'title')))),
		'outline, every item read (authors)': (big) => readOutline(buildOutline(parseDocument(plant(big, 'authors')))),
		'outline, every item read (abstract)': (big) => readOutline(buildOutline(parseDocument(plant(big, 'abstract')))),
		'statistics (extract + assess)': (big) => assessStatistics(extractStatistics(big, { start: 0, end: big.length }), big),
		'duplicates normalizeTitle': (big) => normalizeTitle(big),
		'duplicates foldText / stripMarkup / repairMojibake': (big) => [foldText(big), stripMarkup(big), repairMojibake(big)],
		'duplicates normalizeJournal / normalizeDoi': (big) => [normalizeJournal(big), normalizeDoi(big)],
		'duplicates fingerprint (title)': (big) => fingerprintOf(plant(big, 'title')),
		'duplicates fingerprint (authors)': (big) => fingerprintOf(plant(big, 'authors')),
		'duplicates fingerprint (abstract)': (big) => fingerprintOf(plant(big, 'abstract')),
		'export bibtex + ris + csl-json + enw (title)': (big) => exportAll(plant(big, 'title')),
		'export bibtex + ris + csl-json + enw (authors)': (big) => exportAll(plant(big, 'authors')),
		'export bibtex + ris + csl-json + enw (abstract)': (big) => exportAll(plant(big, 'abstract')),
	};
}

/** Reads every field of every item, as the language server does when it turns the outline into symbols. */
function readOutline(items: readonly OutlineItem[]): number {
	let size = 0;
	for (const item of items) {
		size += item.name.length + item.detail.length + item.end - item.start + item.selectionEnd - item.selectionStart + readOutline(item.children);
	}
	return size;
}

function fingerprintOf(text: string): unknown {
	const print = fingerprintEntry(parseDocument(text).entries[0], text);
	// The lazy parts are what a comparison reads: force them.
	return [print.authors, print.authorKeys, print.abstractPrefix];
}

async function exportAll(text: string): Promise<unknown> {
	const entries = parseDocument(text).entries;
	return Promise.all((['bibtex', 'ris', 'csl-json', 'enw'] as const).map((format) => formatCitations(text, entries, format)));
}
