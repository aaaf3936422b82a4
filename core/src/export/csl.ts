/** Turns a parsed entry into a CSL-JSON item: the one record every export format is written from. */
import { lineAt } from '../lines';
import type { Entry, Identifier } from '../model';
import { isInitials } from '../nameWords';
import { readPageRange } from '../source';

/**
 * The last page when `pages` are just a range (`549-557` → 557): none for a single page, or for pages with notes or
 * more ranges after the first (`742-8; discussion 748-9`), which every format writes as printed.
 */
export function lastPageOfPlainRange(pages: string | undefined): string | undefined {
	if (!pages) {
		return undefined;
	}
	const range = readPageRange(pages);
	return range.rest ? undefined : range.last;
}

/** A CSL-JSON name: family and given, or a family alone (CJK names and names printed as one word). */
export interface CslName {
	family: string;
	given?: string;
}

/** The CSL-JSON fields litdump fills (a subset of CSL-JSON 1.0.2). */
export interface CslItem {
	id: string;
	type: 'article-journal' | 'document';
	'citation-key': string;
	title?: string;
	author?: CslName[];
	'container-title'?: string;
	issued?: { 'date-parts': [[number]] };
	volume?: string;
	issue?: string;
	page?: string;
	'page-first'?: string;
	DOI?: string;
	PMID?: string;
	abstract?: string;
	/** `zh-CN`, `ja` or `ko` when the title is written in that script; absent otherwise. */
	language?: string;
}

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const NEWLINE = /\r\n|\r|\n/;
const WORD = /\S+/gu;
const CAPITAL_BEFORE_CAPITAL = /\p{Lu}(?=\p{Lu})/gu;
const DOT_BEFORE_CAPITAL = /\.(?=\p{Lu})/gu;
const IDENTIFIER_LABEL = /\b(?:doi|pmid|pubmed)\b|[\s:：.,;；]/giu;

/**
 * A given name as citation formats read it: initials spelled apart (`GD` → `G D`, `J.W.` → `J. W.`), so that no style
 * or BibTeX reads `GD` as one name and keeps only its first letter. Other words are left as printed.
 */
export function spellInitialsApart(given: string): string {
	return given.replace(WORD, (word) => isInitials(word, 0, word.length) ? word.replace(CAPITAL_BEFORE_CAPITAL, '$& ').replace(DOT_BEFORE_CAPITAL, '. ') : word);
}

/** The CSL-JSON item for `entry` of `text`, under citation key `key`; parts the entry lacks are left out. */
export function toCslItem(text: string, entry: Entry, key: string): CslItem {
	const source = entry.source;
	const item: CslItem = { id: key, type: source?.journal ? 'article-journal' : 'document', 'citation-key': key };
	if (entry.title) {
		item.title = entry.title;
	}
	const authors = entry.authors;
	if (authors.length > 0) {
		item.author = authors.map((author) => author.given ? { family: author.family, given: spellInitialsApart(author.given) } : { family: author.family });
	}
	if (source?.journal) {
		item['container-title'] = source.journal;
	}
	if (source?.year !== undefined) {
		item.issued = { 'date-parts': [[source.year]] };
	}
	if (source?.volume) {
		item.volume = source.volume;
	}
	if (source?.issue) {
		item.issue = source.issue;
	}
	if (source?.pages) {
		// A plain range is written `549-557`; pages with notes or more ranges after them, as printed.
		const last = lastPageOfPlainRange(source.pages);
		item.page = source.firstPage && last ? `${source.firstPage}-${last}` : source.pages;
		if (source.firstPage) {
			item['page-first'] = source.firstPage;
		}
	}
	const { doi, pmid, abstractIsIdentifiers } = pickIdentifiers(text, entry);
	if (doi) {
		item.DOI = doi;
	}
	if (pmid) {
		item.PMID = pmid;
	}
	if (entry.abstract && !abstractIsIdentifiers) {
		item.abstract = joinLines(text.slice(entry.abstract.span.start, entry.abstract.span.end));
	}
	const language = detectLanguage(entry.title);
	if (language) {
		item.language = language;
	}
	return item;
}

/** The lines of a wrapped abstract joined by single spaces. */
function joinLines(abstract: string): string {
	if (!abstract.includes('\n') && !abstract.includes('\r')) {
		return abstract.trim();
	}
	return abstract.split(NEWLINE).map((line) => line.trim()).filter((line) => line.length > 0).join(' ');
}

/** `zh-CN` for a title in Chinese characters, `ja` with kana, `ko` with Hangul; undefined for anything else. */
export function detectLanguage(title: string): string | undefined {
	if (KANA.test(title)) {
		return 'ja';
	}
	if (HANGUL.test(title)) {
		return 'ko';
	}
	return HAN.test(title) ? 'zh-CN' : undefined;
}

/**
 * The entry's own DOI and PMID: the first found outside the abstract, or on an abstract line that holds nothing
 * but identifiers (a `PMID: 123` line after the source). An identifier quoted inside an abstract's prose names
 * another work and is not taken.
 */
function pickIdentifiers(text: string, entry: Entry): { doi?: string; pmid?: string; abstractIsIdentifiers: boolean } {
	const abstract = entry.abstract?.span;
	const identifiers = entry.identifiers;
	let doi: string | undefined;
	let pmid: string | undefined;
	let identifierLines = 0;
	// Each abstract line is judged once, however many identifiers it holds (a hostile line may hold thousands).
	const lineStarts = abstract ? findLineStarts(text, abstract.start, abstract.end) : [];
	const verdicts = new Map<number, boolean>();
	for (const identifier of identifiers) {
		const inAbstract = abstract !== undefined && identifier.span.start >= abstract.start && identifier.span.end <= abstract.end;
		if (inAbstract) {
			const line = lineAt(lineStarts, identifier.span.start);
			let alone = verdicts.get(line);
			if (alone === undefined) {
				alone = onlyIdentifiersBetween(text, lineStarts[line], line + 1 < lineStarts.length ? lineStarts[line + 1] : abstract.end, identifiers);
				verdicts.set(line, alone);
			}
			if (!alone) {
				continue;
			}
			identifierLines++;
		}
		if (identifier.kind === 'doi') {
			doi ??= identifier.value;
		} else {
			pmid ??= identifier.value;
		}
	}
	const abstractIsIdentifiers = abstract !== undefined && identifierLines > 0 && onlyIdentifiersBetween(text, abstract.start, abstract.end, identifiers);
	return { doi, pmid, abstractIsIdentifiers };
}

/** Offsets where the lines of `text[start, end)` begin (the first is `start`). */
function findLineStarts(text: string, start: number, end: number): number[] {
	const starts = [start];
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
			starts.push(i + 1);
		}
	}
	return starts;
}

/** True when `text[start, end)` is identifiers (sorted by position) and their labels (`doi:`, `PMID:`) and nothing else. */
function onlyIdentifiersBetween(text: string, start: number, end: number, identifiers: readonly Identifier[]): boolean {
	const gaps: string[] = [];
	let at = start;
	for (const identifier of identifiers) {
		if (identifier.span.start >= start && identifier.span.end <= end && identifier.span.start >= at) {
			gaps.push(text.slice(at, identifier.span.start));
			at = identifier.span.end;
		}
	}
	gaps.push(text.slice(at, end));
	return gaps.join(' ').replace(IDENTIFIER_LABEL, '').length === 0;
}
