/**
 * Export of parsed entries to BibTeX, BibLaTeX, RIS, CSL-JSON, EndNote tagged and formatted reference lists.
 * Every entry is written with whatever parts it has; gaps are reported in `warnings`, never dropped silently.
 */
import type { Entry } from '../model';
import { writeBibtexRecord } from './bibtex';
import { loadCitationJs, type CitationStyle } from './citation-js';
import { lastPageOfPlainRange, toCslItem, type CslItem } from './csl';
import { writeEndnoteRecord } from './endnote';
import { exportFormats, type ExportFormat } from './formats';
import { formatBatch, joinReferenceList } from './formatted';
import { defaultCitationKeyPattern, findUnknownKeyTokens, makeCitationKeys } from './keys';
import { describeGaps } from './gaps';
import { writeRisRecord } from './ris';

export { exportFormats, findExportFormat, type ExportFormat, type ExportFormatInfo } from './formats';
export { toCslItem, type CslItem, type CslName } from './csl';
export { defaultCitationKeyPattern, makeCitationKeys } from './keys';
export { readRis, type RisRecord } from './ris-reader';

/** Options of an export; every one may be left out. */
export interface ExportOptions {
	/** Citation-key pattern, e.g. `[auth][year][title]` (the default); see `makeCitationKeys`. */
	citationKeyPattern?: string;
	/** Called after each batch with the entries done so far and the total. */
	onProgress?(done: number, total: number): void;
	/** Polled between batches; when it returns true the export stops with an `ExportCancelledError`. */
	isCancelled?(): boolean;
	/** Entries per batch (default 1,000 for data formats, 50 for formatted lists). */
	batchSize?: number;
	/** Number formatted Vancouver and GB/T lists (default true); false for copying a single reference. */
	numbered?: boolean;
	/**
	 * The entries keys are made unique among, e.g. the whole file when exporting a selection, so that an entry
	 * gets the same key as in a whole-file export. Exported entries not in it are keyed after it.
	 */
	keyContext?: readonly Entry[];
}

/** The text of an export, how many records it holds, and what could not be written or was incomplete. */
export interface ExportResult {
	content: string;
	count: number;
	/** Entries left out, with why (`source` is the index of the document when several were exported). */
	skipped: Array<{ entry: number; reason: string; source?: number }>;
	warnings: string[];
}

/** One document to export from: its text and the entries (parsed from that text) to write. */
export interface ExportSource {
	text: string;
	entries: readonly Entry[];
}

/** Thrown when `isCancelled` reports that the user cancelled the export. */
export class ExportCancelledError extends Error {
	constructor() {
		super('Export cancelled');
		this.name = 'ExportCancelledError';
	}
}

const STYLES: Partial<Record<ExportFormat, CitationStyle>> = { vancouver: 'vancouver', apa: 'apa', gbt7714: 'gbt7714' };

/** Writes `entries` of `text` in `format`. Citation-js is loaded only for the formatted styles. */
export function formatCitations(text: string, entries: readonly Entry[], format: ExportFormat, options: ExportOptions = {}): Promise<ExportResult> {
	return formatCitationsFromSources([{ text, entries }], format, options);
}

/** Writes the entries of several documents as one file: keys unique across all of them, one numbering. Throws for an unknown format. */
export async function formatCitationsFromSources(sources: readonly ExportSource[], format: ExportFormat, options: ExportOptions = {}): Promise<ExportResult> {
	if (!exportFormats.some((info) => info.id === format)) {
		throw new Error(`Unknown export format "${String(format)}"; one of ${exportFormats.map((info) => info.id).join(', ')}.`);
	}
	const pattern = options.citationKeyPattern || defaultCitationKeyPattern;
	const all = sources.flatMap((source, index) => source.entries.map((entry) => ({ entry, text: source.text, source: index })));
	const keys = await makeKeys(all.map((item) => item.entry), pattern, options.keyContext);
	const warnings = findUnknownKeyTokens(pattern).map((token) => `The citation-key pattern uses [${token}], which litdump does not know; it was left out of the keys.`);
	const style = STYLES[format];
	const batchSize = Math.max(1, options.batchSize ?? (style ? 50 : 1000));
	const library = style ? await loadCitationJs() : undefined;
	const parts: string[] = [];
	const items: CslItem[] = [];
	const skipped: ExportResult['skipped'] = [];
	for (let start = 0; start < all.length; start += batchSize) {
		if (options.isCancelled?.()) {
			throw new ExportCancelledError();
		}
		const batch = all.slice(start, start + batchSize);
		const batchItems = batch.map((item, k) => toCslItem(item.text, item.entry, keys[start + k]));
		if (library && style) {
			formatBatch(library, batchItems, style).forEach((result, k) => {
				if ('text' in result) {
					parts.push(result.text);
				} else {
					skipped.push({ entry: batch[k].entry.number, reason: result.error, ...(sources.length > 1 ? { source: batch[k].source } : {}) });
				}
			});
		} else {
			batchItems.forEach((item, k) => {
				const last = lastPageOfPlainRange(batch[k].entry.source?.pages);
				if (format === 'csl-json') {
					items.push(item);
				} else {
					parts.push(format === 'ris' ? writeRisRecord(item, last) : format === 'enw' ? writeEndnoteRecord(item) : writeBibtexRecord(item, format === 'biblatex' ? 'biblatex' : 'bibtex', last));
				}
			});
		}
		options.onProgress?.(Math.min(all.length, start + batchSize), all.length);
		if (start + batchSize < all.length) {
			await yieldToEventLoop();
		}
	}
	warnings.push(...describeGaps(all.map((item) => item.entry)));
	const content = style ? joinReferenceList(parts, style, options.numbered ?? true) : format === 'csl-json' ? `${JSON.stringify(items, null, 2)}\n` : parts.join('\n');
	return { content, count: all.length - skipped.length, skipped, warnings };
}

/** Keys for `entries`, made unique among `context` (when given) followed by the entries missing from it. */
async function makeKeys(entries: Entry[], pattern: string, context: readonly Entry[] | undefined): Promise<string[]> {
	if (!context) {
		return makeCitationKeys(entries, pattern);
	}
	const known = new Set(context);
	const keyed = [...context, ...entries.filter((entry) => !known.has(entry))];
	const keys = await makeCitationKeys(keyed, pattern);
	const byEntry = new Map(keyed.map((entry, index) => [entry, keys[index]]));
	return entries.map((entry) => byEntry.get(entry) ?? '');
}

type Scheduler = (callback: () => void, ms?: number) => unknown;

/** Lets the host handle other messages (a cancel request) between batches: setImmediate or setTimeout when present. */
function yieldToEventLoop(): Promise<void> {
	const host = globalThis as { setImmediate?: Scheduler; setTimeout?: Scheduler };
	const schedule = host.setImmediate ?? host.setTimeout;
	return new Promise((resolve) => schedule ? schedule(resolve, 0) : resolve());
}
