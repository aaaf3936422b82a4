/** Turns a parsed entry into a CSL-JSON item: the one record every export format is written from. */
import type { Entry, Identifier } from '../model';

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
const IDENTIFIER_LABEL = /\b(?:doi|pmid|pubmed)\b|[\s:：.,;；]/giu;

/** The CSL-JSON item for `entry` of `text`, under citation key `key`; parts the entry lacks are left out. */
export function toCslItem(text: string, entry: Entry, key: string): CslItem {
	const source = entry.source;
	const item: CslItem = { id: key, type: source?.journal ? 'article-journal' : 'document', 'citation-key': key };
	if (entry.title) {
		item.title = entry.title;
	}
	const authors = entry.authors;
	if (authors.length > 0) {
		item.author = authors.map((author) => author.given ? { family: author.family, given: author.given } : { family: author.family });
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
		item.page = source.firstPage && source.lastPage ? `${source.firstPage}-${source.lastPage}` : source.pages;
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
	let doi: string | undefined;
	let pmid: string | undefined;
	let identifierLines = 0;
	for (const identifier of entry.identifiers) {
		const inAbstract = abstract !== undefined && identifier.span.start >= abstract.start && identifier.span.end <= abstract.end;
		if (inAbstract && !standsOnItsOwnLine(text, identifier, entry.identifiers)) {
			continue;
		}
		if (inAbstract) {
			identifierLines++;
		}
		if (identifier.kind === 'doi') {
			doi ??= identifier.value;
		} else {
			pmid ??= identifier.value;
		}
	}
	const abstractIsIdentifiers = abstract !== undefined && identifierLines > 0 && onlyIdentifiers(text.slice(abstract.start, abstract.end), entry.identifiers.map((identifier) => identifier.value));
	return { doi, pmid, abstractIsIdentifiers };
}

function standsOnItsOwnLine(text: string, identifier: Identifier, all: Identifier[]): boolean {
	let start = identifier.span.start;
	while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') {
		start--;
	}
	let end = identifier.span.end;
	while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
		end++;
	}
	return onlyIdentifiers(text.slice(start, end), all.map((other) => other.value));
}

/** True when `line` is identifiers and their labels (`doi:`, `PMID:`) and nothing else. */
function onlyIdentifiers(line: string, values: string[]): boolean {
	let rest = line;
	for (const value of values) {
		rest = rest.split(value).join(' ');
	}
	return rest.replace(IDENTIFIER_LABEL, '').length === 0;
}
