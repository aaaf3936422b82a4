/** The normalised view of one entry that blocking and comparison read; author keys are computed on first use. */
import { findIdentifiers } from '../identifiers';
import type { Entry } from '../model';
import { compactText, foldText, reduceName } from './normalize';
import { expandLastPage, normalizeDoi, normalizeJournal, normalizeNumber, normalizePage, readSourceFields } from './source';
import { normalizeTitle, shingleTitle, type TitleForms } from './title';
import { memoizeBounded } from './memo';

const ABSTRACT_PREFIX = 160;
const MAY_HOLD_IDENTIFIER = /10\.\d|pmid/iu;
const GROUP_AUTHOR = /\b(?:group|study|trial|consortium|collaborat\w*|investigators|committee|society|association|network|council|inc|ltd|gmbh|pharmaceuticals?|organi[sz]ation|institute|office)\b/iu;
const AUTHOR_SEPARATOR = /[;；]/u;
const NAME_SPLIT = /[\s.,]+/u;
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const ANONYMOUS_AUTHOR = /^\[?anonymous\]?$/iu;
/**
 * Name keys are read from the first 1,000 characters of a printed name: real names, even of consortia, are far shorter,
 * and a megabyte "name" (one author line of hostile text) would otherwise cost a word list of its own. `raw` keeps it all.
 */
const MAX_NAME_READ = 1000;
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'dos', 'das', 'ten', 'ter', 'jr', 'sr', 'bin', 'al', 'el']);

/** One author reduced for matching: keys of its name words (any order), and its initials. */
export interface AuthorKey {
	keys: string[];
	/** A group or corporate author (`ALTS Study Group`, `Alexion Pharmaceuticals Inc`), not a person. */
	group: boolean;
	initials: string;
	raw: string;
}

/** Everything duplicate detection compares about one entry. */
export interface Fingerprint {
	entry: Entry;
	title: TitleForms;
	shingles: Int32Array;
	year: number | undefined;
	journal: string[];
	volume: { value: string; exact: boolean } | undefined;
	issue: { value: string; exact: boolean } | undefined;
	firstPage: string | undefined;
	lastPage: string | undefined;
	dois: string[];
	pmids: string[];
	/** Letters and digits of the first characters of the abstract, when it has one: computed on first read. */
	readonly abstractPrefix: string;
	/** Keys of the first author's name words, read without parsing the whole author list. */
	leadKeys: string[];
	/** How many authors the entry lists (0 for none or `Anonymous`). */
	authorCount: number;
	/** Every author, computed on first read. */
	readonly authors: AuthorKey[];
	/** Name keys of the first 60 authors, each also without its last letter (lost accents): computed on first read. */
	readonly authorKeys: Set<string>;
}

/** Builds the fingerprint of `entry`; `text` (the document) is needed only to read the abstract. */
export function fingerprintEntry(entry: Entry, text?: string): Fingerprint {
	const merged = text ? splitMergedAuthorLine(entry, text) : undefined;
	const title = normalizeTitle(merged?.title ?? entry.title);
	const source = readSourceFields(entry.source);
	const first = normalizePage(source.firstPage);
	const last = normalizePage(source.lastPage);
	const raw = entry.source?.raw ?? '';
	const identifiers = MAY_HOLD_IDENTIFIER.test(raw) || MAY_HOLD_IDENTIFIER.test(entry.title) ? findIdentifiers(`${entry.title}\n${raw}`, { start: 0, end: entry.title.length + 1 + raw.length }) : NONE;
	const lead = merged ? undefined : readLeadName(entry, text);
	const print = new EntryFingerprint(entry, text, merged?.authors);
	print.title = title;
	print.shingles = shingleTitle(title.compact);
	print.year = source.year;
	print.journal = normalizeJournal(source.journal);
	print.volume = source.volume && source.year !== undefined && source.volume.trim() === String(source.year) ? undefined : normalizeNumber(source.volume);
	print.issue = normalizeNumber(source.issue);
	print.firstPage = first;
	print.lastPage = expandLastPage(first, last);
	if (identifiers.length > 0) {
		print.dois = unique(identifiers.filter((id) => id.kind === 'doi').map((id) => normalizeDoi(id.value)));
		print.pmids = unique(identifiers.filter((id) => id.kind === 'pmid').map((id) => id.value));
	}
	print.leadKeys = merged ? keyAuthorCached(merged.authors[0] ?? '').keys : lead && !ANONYMOUS_AUTHOR.test(lead) ? keyAuthorCached(lead).keys : NONE;
	print.authorCount = merged ? merged.authors.filter((name) => !ANONYMOUS_AUTHOR.test(name)).length : entry.authorCount;
	return print;
}

const NONE: never[] = [];

/** Points the fingerprint of an entry whose text did not change but moved at its new entry and document text. */
export function moveFingerprint(print: Fingerprint, entry: Entry, text: string): void {
	print.entry = entry;
	(print as { text?: string }).text = text;
}

/** The fingerprint as a class, so that its lazily computed parts cost no closures per entry. */
class EntryFingerprint implements Fingerprint {
	title: TitleForms = { compact: '', core: '', markers: NONE, generic: true };
	shingles: Int32Array = new Int32Array(0);
	year: number | undefined = undefined;
	journal: string[] = NONE;
	volume: { value: string; exact: boolean } | undefined = undefined;
	issue: { value: string; exact: boolean } | undefined = undefined;
	firstPage: string | undefined = undefined;
	lastPage: string | undefined = undefined;
	dois: string[] = NONE;
	pmids: string[] = NONE;
	leadKeys: string[] = NONE;
	authorCount = 0;
	private cachedAbstract: string | undefined = undefined;
	private cachedAuthors: AuthorKey[] | undefined = undefined;
	private cachedAuthorKeys: Set<string> | undefined = undefined;

	/** `text` is the document the entry's spans point into (replaced together with `entry` when an entry moves). */
	constructor(public entry: Entry, public text: string | undefined, private readonly mergedAuthors: string[] | undefined) {}

	get abstractPrefix(): string {
		const span = this.entry.abstract?.span;
		this.cachedAbstract ??= span && this.text ? compactText(this.text.slice(span.start, Math.min(span.end, span.start + ABSTRACT_PREFIX * 2))).slice(0, ABSTRACT_PREFIX) : '';
		return this.cachedAbstract;
	}

	get authors(): AuthorKey[] {
		this.cachedAuthors ??= (this.mergedAuthors ?? readAuthorNames(this.entry, this.text)).filter((raw) => !ANONYMOUS_AUTHOR.test(raw)).map(keyAuthorCached);
		return this.cachedAuthors;
	}

	get authorKeys(): Set<string> {
		this.cachedAuthorKeys ??= collectAuthorKeys(this.authors);
		return this.cachedAuthorKeys;
	}
}

/**
 * An author line the parser joined to the title (it has no author line, and its title spans two lines whose last holds
 * ` ; `-separated names, e.g. names with lost accents such as `Cort?s-Guti?rrez E`): the title and the names apart.
 */
export function splitMergedAuthorLine(entry: Entry, text: string): { title: string; authors: string[] } | undefined {
	if (entry.authorsSpan || entry.authorCount > 0) {
		return undefined;
	}
	const { start, end } = entry.titleSpan;
	const lineBreak = text.lastIndexOf('\n', end - 1);
	if (lineBreak <= start || lineBreak >= end) {
		return undefined;
	}
	const line = text.slice(lineBreak + 1, end).trim();
	const title = text.slice(start, lineBreak).trim();
	return title && line ? { title, authors: splitAuthorNames(line) } : undefined;
}

/** The first printed name, read up to the first `;` of the author line without parsing the rest. */
function readLeadName(entry: Entry, text: string | undefined): string | undefined {
	const span = entry.authorsSpan;
	if (!span || !text) {
		return entry.leadAuthor?.raw;
	}
	const line = text.slice(span.start, span.end);
	const separator = line.search(AUTHOR_SEPARATOR);
	return separator < 0 ? entry.leadAuthor?.raw : line.slice(0, separator).trim() || undefined;
}

/** The printed names of an entry: split at `;` straight from the text when it has them, else as the parser read them. */
function readAuthorNames(entry: Entry, text: string | undefined): string[] {
	const span = entry.authorsSpan;
	const line = span && text ? text.slice(span.start, span.end) : '';
	if (AUTHOR_SEPARATOR.test(line)) {
		return splitAuthorNames(line);
	}
	return entry.authors.map((author) => author.raw);
}

/**
 * The trimmed, non-empty names between `;` or `；`: `line.split(/[;；]/u).map((name) => name.trim()).filter(Boolean)`,
 * without making a string for each empty name (` ; ; ; …`).
 */
function splitAuthorNames(line: string): string[] {
	const names: string[] = [];
	let start = 0;
	for (let i = 0; i <= line.length; i++) {
		const code = i < line.length ? line.charCodeAt(i) : 0x3b;
		if (code !== 0x3b && code !== 0xff1b) continue;
		if (!isSpacesOnly(line, start, i)) {
			const name = line.slice(start, i).trim();
			if (name) names.push(name);
		}
		start = i + 1;
	}
	return names;
}

/** True when `text[start, end)` holds only spaces and tabs (possibly nothing). */
function isSpacesOnly(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code !== 0x20 && code !== 0x09) return false;
	}
	return true;
}

/** {@link keyAuthor} remembered per printed name (names repeat across a workspace); the memory is bounded. */
const keyAuthorCached = memoizeBounded(keyAuthor, 100000);

/** Keys for one printed name in any order (`Zuber J`, `J. Zuber`, `Gong Jing`, `DIAO Wenjun`): one per word of 2+ letters. */
export function keyAuthor(raw: string): AuthorKey {
	const read = raw.length > MAX_NAME_READ ? raw.slice(0, MAX_NAME_READ) : raw;
	const keys: string[] = [];
	const particles: string[] = [];
	let initials = '';
	for (const word of foldText(read).split(NAME_SPLIT)) {
		const plain = PLAIN_WORD.test(word);
		const parts = plain ? [word] : word.split(NOT_WORD).filter(Boolean);
		const folded = plain ? word : parts.join('');
		if (!folded) {
			continue;
		}
		initials += folded[0];
		if (folded.length >= 2) {
			(PARTICLES.has(folded) ? particles : keys).push(reduceName(folded));
		}
		if (parts.length > 1) {
			// A loop, not push(...parts): one hostile "name" can have more parts than the call stack has room for.
			for (const part of parts) {
				if (part.length >= 3 && !PARTICLES.has(part)) {
					keys.push(reduceName(part));
				}
			}
		}
	}
	return { keys: unique(keys.length > 0 ? keys : particles), group: GROUP_AUTHOR.test(read), initials, raw };
}

/** The name keys of up to 60 authors, each also without its last letter, for matching names with a lost final accent. */
export function collectAuthorKeys(authors: AuthorKey[]): Set<string> {
	const keys = new Set<string>();
	for (const author of authors.slice(0, 60)) {
		for (const key of author.keys) {
			keys.add(key);
			if (key.length >= 3) {
				keys.add(key.slice(0, -1));
			}
		}
	}
	return keys;
}

function unique(values: string[]): string[] {
	return values.length < 2 ? values : [...new Set(values)];
}
