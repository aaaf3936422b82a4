/**
 * BibTeX and BibLaTeX records, UTF-8: non-ASCII text is written as is, LaTeX's special characters are escaped and
 * capitals that a style must not lower-case are braced (`{CT}`).
 */
import { TextBuilder } from '../unicode';
import type { CslItem, CslName } from './csl';

/** Which of the two dialects to write: classic BibTeX fields, or BibLaTeX's (`journaltitle`, `date`, abstract). */
export type BibtexDialect = 'bibtex' | 'biblatex';

const ESCAPES: Record<string, string> = {
	'\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};
/** LaTeX's special characters, searched for (global: from `lastIndex`); the pattern engine skips plain text fast. */
const SPECIAL = /[\\{}%&$#_~^]/g;
/** One character of a word (sticky): Latin, Greek or Cyrillic letters, marks, digits. */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\p{N}]/uy;
const UPPER = /\p{Lu}/u;
/** A single `-` or `–` between two word characters of printed pages (`748-9`): a range, `--` in BibTeX. */
const RANGE_DASH = /(?<=[\p{L}\p{N}])[-–](?=[\p{L}\p{N}])/gu;
const UPPER_AFTER_FIRST = /^.\P{Lu}*\p{Lu}/u;
/** One white-space character (sticky), as `\s`. */
const SPACE = /\s/y;
const AND = /\sand\s/i;

/**
 * Escapes LaTeX's special characters `\ { } % & $ # _ ~ ^`; everything else (accents, CJK) stays as written. The text
 * between two special characters is copied as one slice (an abstract has a few `%` in ~1,500 characters), and the
 * special characters are found by a pattern (several times faster than reading each character here).
 */
export function escapeLatex(value: string): string {
	let out = '';
	let from = 0;
	SPECIAL.lastIndex = 0;
	while (SPECIAL.test(value)) {
		const at = SPECIAL.lastIndex - 1;
		out += value.slice(from, at) + ESCAPES[value[at]];
		from = at + 1;
	}
	return from === 0 ? value : out + value.slice(from);
}

/** `\ { } % & $ # _ ~ ^` */
function isSpecial(code: number): boolean {
	return code === 92 || code === 123 || code === 125 || code === 37 || code === 38 || code === 36 || code === 35 || code === 95 || code === 126 || code === 94;
}

function appendEscaped(out: TextBuilder, value: string, start: number, end: number): void {
	for (let i = start; i < end; i++) {
		const code = value.charCodeAt(i);
		if (isSpecial(code)) out.append(ESCAPES[value[i]]);
		else out.appendUnit(code);
	}
}

/**
 * A title for BibTeX: escaped, with every word holding a capital braced so that styles which lower-case titles
 * keep `CT`, `MRI`, `Kaplan-Meier`. A capital that only opens the title, or opens the part after a colon, is left free.
 */
export function protectTitle(title: string): string {
	const out = new TextBuilder();
	let last = 0;
	let i = 0;
	while (i < title.length) {
		if (wordCharLength(title, i) === 0) {
			i += isHighSurrogatePair(title, i) ? 2 : 1;
			continue;
		}
		const start = i;
		let ascii = true;
		let capitals = 0;
		let capitalAfterFirst = false;
		for (let n = wordCharLength(title, i); n > 0; n = wordCharLength(title, i)) {
			const code = title.charCodeAt(i);
			if (code >= 0x80) ascii = false;
			else if (code >= 65 && code <= 90) {
				capitals++;
				if (i > start) capitalAfterFirst = true;
			}
			i += n;
		}
		const opensSentence = last === 0 || opensAfterColon(title, last, start);
		// Capitals beyond ASCII (É, Σ, Ж) are found by the regular expressions, on this word only.
		const braced = ascii ? (opensSentence ? capitalAfterFirst : capitals > 0) : (opensSentence ? UPPER_AFTER_FIRST : UPPER).test(title.slice(start, i));
		appendEscaped(out, title, last, start);
		if (braced) out.appendUnit(123);
		out.appendRange(title, start, i);
		if (braced) out.appendUnit(125);
		last = i;
	}
	appendEscaped(out, title, last, title.length);
	return out.toString();
}

/** The length of the word character at `i` (0 when it is none; 2 for a surrogate pair). */
function wordCharLength(text: string, i: number): number {
	if (i >= text.length) return 0;
	const code = text.charCodeAt(i);
	if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
	WORD_CHAR.lastIndex = i;
	return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
}

function isHighSurrogatePair(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	const next = text.charCodeAt(i + 1);
	return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/** True when `text[from, to)` ends with `:` or `：` and then only white space (a subtitle starts after it). */
function opensAfterColon(text: string, from: number, to: number): boolean {
	let k = to;
	while (k > from && isSpaceAt(text, k - 1)) k--;
	return k > from && (text.charCodeAt(k - 1) === 58 || text.charCodeAt(k - 1) === 0xff1a);
}

function isSpaceAt(text: string, i: number): boolean {
	SPACE.lastIndex = i;
	return SPACE.test(text);
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

/** `549-557` → `549--557`; a single page, or pages with notes or lists, as printed with BibTeX's range dashes. */
function formatPages(item: CslItem, lastPage: string | undefined): string | undefined {
	const first = item['page-first'];
	if (first && lastPage) {
		return `${escapeLatex(first)}--${escapeLatex(lastPage)}`;
	}
	return item.page === undefined ? undefined : escapeLatex(item.page).replace(RANGE_DASH, '--');
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
