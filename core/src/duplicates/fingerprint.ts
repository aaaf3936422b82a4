/** The normalised view of one entry that blocking and comparison read; author keys are computed on first use. */
import { findIdentifiers } from '../identifiers';
import type { Entry } from '../model';
import { compactText, foldText, reduceName } from './normalize';
import { expandLastPage, normalizeDoi, normalizeJournal, normalizeNumber, normalizePage, readSourceFields } from './source';
import { normalizeTitle, shingleTitle, type TitleForms } from './title';

const ABSTRACT_PREFIX = 160;
const MAY_HOLD_IDENTIFIER = /10\.\d|pmid/iu;
const GROUP_AUTHOR = /\b(?:group|study|trial|consortium|collaborat\w*|investigators|committee|society|association|network|council|inc|ltd|gmbh|pharmaceuticals?|organi[sz]ation|institute|office)\b/iu;
const AUTHOR_SEPARATOR = /[;；]/u;
const NAME_SPLIT = /[\s.,]+/u;
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const ANONYMOUS_AUTHOR = /^\[?anonymous\]?$/iu;
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
	const identifiers = MAY_HOLD_IDENTIFIER.test(raw) || MAY_HOLD_IDENTIFIER.test(entry.title) ? findIdentifiers(`${entry.title}\n${raw}`, { start: 0, end: entry.title.length + 1 + raw.length }) : [];
	let abstract: string | undefined;
	let authors: AuthorKey[] | undefined;
	let authorKeys: Set<string> | undefined;
	const lead = entry.leadAuthor;
	return {
		entry,
		title,
		shingles: shingleTitle(title.compact),
		year: source.year,
		journal: normalizeJournal(source.journal),
		volume: source.volume && source.year !== undefined && source.volume.trim() === String(source.year) ? undefined : normalizeNumber(source.volume),
		issue: normalizeNumber(source.issue),
		firstPage: first,
		lastPage: expandLastPage(first, last),
		dois: unique(identifiers.filter((id) => id.kind === 'doi').map((id) => normalizeDoi(id.value))),
		pmids: unique(identifiers.filter((id) => id.kind === 'pmid').map((id) => id.value)),
		leadKeys: merged ? keyAuthor(merged.authors[0] ?? '').keys : lead && !ANONYMOUS_AUTHOR.test(lead.raw) ? keyAuthor(lead.raw).keys : [],
		authorCount: merged ? merged.authors.length : entry.authorCount,
		get abstractPrefix() {
			abstract ??= entry.abstract && text ? compactText(text.slice(entry.abstract.span.start, Math.min(entry.abstract.span.end, entry.abstract.span.start + ABSTRACT_PREFIX * 2))).slice(0, ABSTRACT_PREFIX) : '';
			return abstract;
		},
		get authors() {
			authors ??= (merged ? merged.authors : entry.authors.map((author) => author.raw)).filter((raw) => !ANONYMOUS_AUTHOR.test(raw)).map(keyAuthor);
			return authors;
		},
		get authorKeys() {
			authorKeys ??= collectAuthorKeys(this.authors);
			return authorKeys;
		},
	};
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
	return title && line ? { title, authors: line.split(AUTHOR_SEPARATOR).map((name) => name.trim()).filter(Boolean) } : undefined;
}

/** Keys for one printed name in any order (`Zuber J`, `J. Zuber`, `Gong Jing`, `DIAO Wenjun`): one per word of 2+ letters. */
export function keyAuthor(raw: string): AuthorKey {
	const keys: string[] = [];
	const particles: string[] = [];
	let initials = '';
	for (const word of foldText(raw).split(NAME_SPLIT)) {
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
			keys.push(...parts.filter((part) => part.length >= 3 && !PARTICLES.has(part)).map(reduceName));
		}
	}
	return { keys: unique(keys.length > 0 ? keys : particles), group: GROUP_AUTHOR.test(raw), initials, raw };
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
