/** Formatted reference lists (Vancouver, APA, GB/T 7714-2015 numeric), formatted in batches with progress. */
import type { CitationJs, CitationStyle, CslInput } from './citation-js';
import type { CslItem, CslName } from './csl';
import { writePlainVancouver } from './vancouver-plain';

/**
 * How many authors each numeric style can print: one more than it lists before "et al." (Vancouver lists 6 of 7 or
 * more, GB/T 7714 lists 3 of 4 or more). Longer lists are cut to this before formatting, which saves citeproc time.
 */
const NAMES_NEEDED: Partial<Record<CitationStyle, number>> = { vancouver: 7, gbt7714: 4 };

/** A given name citeproc initialises predictably: capitalised words or single initials, joined by spaces or hyphens. */
const PLAIN_GIVEN = /^(?:\p{Lu}\p{Ll}+|\p{Lu})(?:[ -](?:\p{Lu}\p{Ll}+|\p{Lu}))*$/u;
/** A family name citeproc prints unchanged: one capitalised word (hyphens allowed), or Chinese characters. */
const PLAIN_FAMILY = /^(?:\p{Lu}[\p{L}-]*|\p{Script=Han}+)$/u;
const GIVEN_PARTS = /[ -]/;
const JOINED_ABBREVIATION = /\.(?=\p{L})/gu;

/** One reference of a list, or the reason it could not be formatted. */
export type FormattedReference = { text: string } | { error: string };

/**
 * Formats one batch: every item with `style`; for GB/T 7714 an item in Chinese, Japanese or Korean with the zh-CN
 * locale (`等`) and any other with en-US (`et al.`), as the standard asks. A batch that fails is retried item by
 * item so that one bad record costs only itself. APA items are always formatted one by one. `shortcuts` (default
 * true) writes plain Vancouver references and plain names directly (see `writePlainVancouver`, `preformatName`);
 * false leaves everything to citeproc, which the tests use as the referee.
 */
export function formatBatch(library: CitationJs, records: CslItem[], style: CitationStyle, shortcuts = true): FormattedReference[] {
	const results: FormattedReference[] = new Array(records.length);
	const pending = new Set<number>();
	records.forEach((record, index) => {
		const text = shortcuts && style === 'vancouver' ? writePlainVancouver(record) : undefined;
		if (text === undefined) {
			pending.add(index);
		} else {
			results[index] = { text };
		}
	});
	const preformatNames = shortcuts;
	const needed = NAMES_NEEDED[style];
	let items: CslInput[] = records;
	if (needed !== undefined) {
		items = records.map((item) => {
			const author = item.author && item.author.length > needed ? item.author.slice(0, needed) : item.author;
			const journal = style === 'vancouver' ? spaceJoinedAbbreviations(item['container-title']) : item['container-title'];
			return author === item.author && !preformatNames && journal === item['container-title'] ? item
				: { ...item, author: preformatNames ? author?.map((name) => preformatName(name, style)) : author, 'container-title': journal };
		});
	}
	const groups = new Map<'en-US' | 'zh-CN', number[]>();
	items.forEach((item, index) => {
		if (!pending.has(index)) {
			return;
		}
		const locale = style === 'gbt7714' && item.language ? 'zh-CN' : 'en-US';
		const group = groups.get(locale);
		if (group) {
			group.push(index);
		} else {
			groups.set(locale, [index]);
		}
	});
	for (const [locale, indices] of groups) {
		if (style === 'apa') {
			// Author-date: formatted one by one, so no year suffix ("2025a") depends on which items share a batch.
			formatOneByOne(library, items, indices, style, locale, results);
			continue;
		}
		try {
			const texts = library.formatBibliography(indices.map((index) => items[index]), style, locale);
			indices.forEach((index, k) => {
				results[index] = { text: texts[k] };
			});
		} catch {
			formatOneByOne(library, items, indices, style, locale, results);
		}
	}
	return results;
}

function formatOneByOne(library: CitationJs, items: CslInput[], indices: number[], style: CitationStyle, locale: 'en-US' | 'zh-CN', results: FormattedReference[]): void {
	for (const index of indices) {
		try {
			results[index] = { text: library.formatBibliography([items[index]], style, locale)[0] };
		} catch (error) {
			results[index] = { error: `the ${style} style could not format it: ${error instanceof Error ? error.message : String(error)}` };
		}
	}
}

/**
 * `Ann.New York Acad.Sci.` → `Ann. New York Acad. Sci.`: Vancouver prints journal abbreviations without their periods,
 * which would run such words together (`AnnNew York AcadSci`); a space after each dot between letters keeps them apart.
 */
function spaceJoinedAbbreviations(journal: string | undefined): string | undefined {
	return journal?.replace(JOINED_ABBREVIATION, '. ');
}

/** Joins formatted references into a list: numbered `1.` (Vancouver) or `[1]` (GB/T), APA sorted by author. */
export function joinReferenceList(references: string[], style: CitationStyle, numbered: boolean): string {
	if (style === 'apa') {
		const collator = new Intl.Collator('en', { sensitivity: 'base' });
		return [...references].sort(collator.compare).map((reference) => `${reference}\n`).join('');
	}
	if (!numbered) {
		return references.map((reference) => `${reference}\n`).join('');
	}
	return references.map((reference, index) => style === 'gbt7714' ? `[${index + 1}] ${reference}\n` : `${index + 1}. ${reference}\n`).join('');
}

/**
 * A plain name written as the numeric styles print it (`Diao W` for Vancouver, `DIAO W` for GB/T 7714) and handed
 * to citeproc as a literal, which halves its time per reference; any other name is left for citeproc to read.
 * The export tests check that both ways give the same text.
 */
function preformatName(name: CslName, style: CitationStyle): CslName | { literal: string } {
	if (!PLAIN_FAMILY.test(name.family) || (name.given !== undefined && !PLAIN_GIVEN.test(name.given))) {
		return name;
	}
	const initials = name.given ? name.given.split(GIVEN_PARTS).map((part) => part.charAt(0)) : [];
	if (style === 'gbt7714') {
		return { literal: [name.family.toUpperCase(), ...initials].join(' ') };
	}
	return { literal: initials.length > 0 ? `${name.family} ${initials.join('')}` : name.family };
}
