/**
 * BibTeX and BibLaTeX records, UTF-8: non-ASCII text is written as is, LaTeX's special characters are escaped and
 * capitals that a style must not lower-case are braced (`{CT}`).
 */
import type { CslItem, CslName } from './csl';

/** Which of the two dialects to write: classic BibTeX fields, or BibLaTeX's (`journaltitle`, `date`, abstract). */
export type BibtexDialect = 'bibtex' | 'biblatex';

const SPECIALS = /[\\{}%&$#_~^]/g;
const ESCAPES: Record<string, string> = {
	'\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};
const WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\p{N}]+/gu;
const UPPER = /\p{Lu}/u;
const UPPER_AFTER_FIRST = /^.\P{Lu}*\p{Lu}/u;
const SENTENCE_BREAK = /[:：]\s*$/u;
const AND = /\sand\s/i;

/** Escapes LaTeX's special characters `\ { } % & $ # _ ~ ^`; everything else (accents, CJK) stays as written. */
export function escapeLatex(value: string): string {
	return value.replace(SPECIALS, (char) => ESCAPES[char]);
}

/**
 * A title for BibTeX: escaped, with every word holding a capital braced so that styles which lower-case titles
 * keep `CT`, `MRI`, `Kaplan-Meier`. A capital that only opens the title, or opens the part after a colon, is left free.
 */
export function protectTitle(title: string): string {
	let out = '';
	let last = 0;
	for (const match of title.matchAll(WORD)) {
		const index = match.index ?? 0;
		const before = title.slice(last, index);
		const word = match[0];
		const opensSentence = last === 0 || SENTENCE_BREAK.test(before);
		out += escapeLatex(before) + ((opensSentence ? UPPER_AFTER_FIRST.test(word) : UPPER.test(word)) ? `{${word}}` : word);
		last = index + word.length;
	}
	return out + escapeLatex(title.slice(last));
}

/** `Diao, Wenjun`; a name with no given part (a CJK name, an organisation) is braced so it stays whole. */
export function formatBibtexName(name: CslName): string {
	const family = escapeLatex(name.family);
	if (!name.given) {
		return `{${family}}`;
	}
	const safeFamily = family.includes(',') || AND.test(` ${family} `) ? `{${family}}` : family;
	const given = escapeLatex(name.given);
	return `${safeFamily}, ${given.includes(',') || AND.test(` ${given} `) ? `{${given}}` : given}`;
}

/** `549-557` → `549--557`; a single page or a page list as printed. */
function formatPages(item: CslItem, lastPage: string | undefined): string | undefined {
	const first = item['page-first'];
	if (first && lastPage) {
		return `${escapeLatex(first)}--${escapeLatex(lastPage)}`;
	}
	return item.page === undefined ? undefined : escapeLatex(item.page);
}

/** One record; `lastPage` is the end of the page range when the source gave one. */
export function writeBibtexRecord(item: CslItem, dialect: BibtexDialect, lastPage?: string): string {
	const fields: Array<[string, string | undefined]> = [
		['author', item.author?.map(formatBibtexName).join(' and ')],
		['title', item.title === undefined ? undefined : protectTitle(item.title)],
		[dialect === 'bibtex' ? 'journal' : 'journaltitle', item['container-title'] === undefined ? undefined : escapeLatex(item['container-title'])],
		[dialect === 'bibtex' ? 'year' : 'date', item.issued?.['date-parts'][0][0].toString()],
		['volume', item.volume === undefined ? undefined : escapeLatex(item.volume)],
		['number', item.issue === undefined ? undefined : escapeLatex(item.issue)],
		['pages', formatPages(item, lastPage)],
		['doi', item.DOI],
	];
	if (dialect === 'bibtex') {
		fields.push(['pmid', item.PMID]);
	} else {
		fields.push(['eprint', item.PMID], ['eprinttype', item.PMID ? 'pubmed' : undefined]);
		fields.push(['abstract', item.abstract === undefined ? undefined : escapeLatex(item.abstract)]);
	}
	const type = item.type === 'article-journal' ? 'article' : 'misc';
	const body = fields.filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '').map(([name, value]) => `\t${name} = {${value}},\n`).join('');
	return `@${type}{${item['citation-key']},\n${body}}\n`;
}
