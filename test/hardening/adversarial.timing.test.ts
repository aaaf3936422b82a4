/**
 * No super-linear work on hostile text: each extractor gets 1 MB adversarial strings (alone and inside a real entry's
 * title, author line or abstract) and must finish within 200 ms of CPU time. Judged by the median of three runs when slow.
 */
import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../core/src/duplicates/fingerprint';
import { foldText, repairMojibake, stripMarkup } from '../../core/src/duplicates/normalize';
import { normalizeDoi, normalizeJournal } from '../../core/src/duplicates/source';
import { normalizeTitle } from '../../core/src/duplicates/title';
import { formatCitations } from '../../core/src/export/index';
import { parseDocument } from '../../core/src/parse';
import { assessStatistics, extractStatistics } from '../../core/src/stats/index';
import { sampleEntries } from '../fuzz/arbitraries';
import { timeAgainstLimit } from './timing';

const LIMIT_MS = 200;
const SIZE = 1 << 20;
/** Repeated, each of these reaches some rule of the parser, the statistics scanner, the normalisers or the writers. */
const PIECES = ['(95% CI ', '9', '1.', ' ; ', '0.', '1-', 'P<', 'e\u0301', 'a', '10.1000/'];
const adversarial = (piece: string) => piece.repeat(Math.ceil(SIZE / piece.length)).slice(0, SIZE);

/** A real entry with `big` appended to one of its lines. */
function plant(big: string, where: 'title' | 'authors' | 'abstract'): string {
	const lines = sampleEntries[0].split('\n');
	lines[{ title: 0, authors: 1, abstract: 3 }[where]] += ` ${big}`;
	return lines.join('\n');
}

type Target = (big: string) => unknown;

const targets: Record<string, Target> = {
	'parser (raw)': (big) => parseDocument(big),
	'parser (title)': (big) => parseDocument(plant(big, 'title')),
	'parser (authors)': (big) => parseDocument(plant(big, 'authors')),
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

function fingerprintOf(text: string): unknown {
	const print = fingerprintEntry(parseDocument(text).entries[0], text);
	// The lazy parts are what a comparison reads: force them.
	return [print.authors, print.authorKeys, print.abstractPrefix];
}

async function exportAll(text: string): Promise<unknown> {
	const entries = parseDocument(text).entries;
	return Promise.all((['bibtex', 'ris', 'csl-json', 'enw'] as const).map((format) => formatCitations(text, entries, format)));
}

describe('1 MB adversarial strings finish within 200 ms per extractor', () => {
	for (const [name, target] of Object.entries(targets)) {
		for (const piece of PIECES) {
			const id = `${name} × ${JSON.stringify(piece)}`;
			it(id, async () => {
				const big = adversarial(piece);
				const ms = await timeAgainstLimit(() => target(big), LIMIT_MS);
				expect(ms, `${id} took ${ms.toFixed(0)} ms`).toBeLessThanOrEqual(LIMIT_MS);
			}, 60_000);
		}
	}
});
