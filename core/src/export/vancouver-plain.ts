/**
 * Vancouver (NLM citation-sequence) references for plain journal articles, written directly as citeproc writes
 * them with citation-js's NLM style; anything out of the ordinary is left to citeproc (undefined). The export tests
 * compare both on thousands of records. This is what keeps 10,000 references well under ten seconds.
 */
import type { CslItem, CslName } from './csl';

const PLAIN_GIVEN = /^(?:\p{Lu}\p{Ll}+|\p{Lu})(?:[ -](?:\p{Lu}\p{Ll}+|\p{Lu}))*$/u;
const PLAIN_FAMILY = /^\p{Lu}[\p{L}-]*$/u;
const GIVEN_PARTS = /[ -]/;
/** Titles of letters, digits, spaces and `, : ; ( ) / - % + =`, starting with a capital or digit, ending with a letter, digit or `)`. */
const PLAIN_TITLE = /^[\p{Lu}\p{N}](?:[\p{L}\p{N},:;()/%+=-]| (?! ))*[\p{L}\p{N})]$/u;
const PLAIN_JOURNAL = /^\p{Lu}(?:\p{L}| (?! ))*\p{L}$/u;
const DIGITS = /^[1-9]\d*$/;
const VOLUME = /^\d+$/;
const PLAIN_DOI = /^10\.\d{4,9}\/[\w./-]+[\w/]$/;

/** The reference without its number, or undefined when the item is not plain enough to be sure of citeproc's text. */
export function writePlainVancouver(item: CslItem): string | undefined {
	const year = item.issued?.['date-parts'][0][0];
	const { title, volume, issue } = item;
	const journal = item['container-title'];
	if (item.type !== 'article-journal' || item.language || !title || !journal || year === undefined || !PLAIN_TITLE.test(title) || !PLAIN_JOURNAL.test(journal)) {
		return undefined;
	}
	if ((volume !== undefined && !VOLUME.test(volume)) || (issue !== undefined && (!DIGITS.test(issue) || volume === undefined))) {
		return undefined;
	}
	const names = writeNames(item.author ?? []);
	const pages = writePages(item);
	if (names === undefined || pages === undefined || (item.DOI !== undefined && !PLAIN_DOI.test(item.DOI)) || (item.PMID !== undefined && !DIGITS.test(item.PMID))) {
		return undefined;
	}
	let text = `${names ? `${names}. ` : ''}${title}. ${journal}. ${year}`;
	text += `${volume === undefined ? '' : `;${volume}`}${issue === undefined ? '' : `(${issue})`}${pages ? `:${pages}` : ''}.`;
	if (item.DOI) {
		text += ` doi:${item.DOI}`;
	}
	return item.PMID ? `${text} PubMed PMID: ${item.PMID}.` : text;
}

/** `Diao W, Chen X`; six names then `et al.` for seven or more; undefined if any name is not plain. */
function writeNames(names: CslName[]): string | undefined {
	const shown: string[] = [];
	for (const name of names.slice(0, names.length > 6 ? 6 : names.length)) {
		if (!PLAIN_FAMILY.test(name.family) || (name.given !== undefined && !PLAIN_GIVEN.test(name.given))) {
			return undefined;
		}
		const initials = name.given ? name.given.split(GIVEN_PARTS).map((part) => part.charAt(0)).join('') : '';
		shown.push(initials ? `${name.family} ${initials}` : name.family);
	}
	if (names.slice(6).some((name) => !PLAIN_FAMILY.test(name.family))) {
		return undefined;
	}
	return names.length > 6 ? `${shown.join(', ')}, et al` : shown.join(', ');
}

/** Pages in the style's minimal form with an en dash (`549–57`); '' for none; undefined when not plain numbers. */
function writePages(item: CslItem): string | undefined {
	if (item.page === undefined) {
		return '';
	}
	const [first, last, ...rest] = item.page.split('-');
	if (rest.length > 0 || !DIGITS.test(first) || (last !== undefined && !DIGITS.test(last))) {
		return undefined;
	}
	if (last === undefined) {
		return first;
	}
	if (last.length !== first.length || Number(last) <= Number(first)) {
		return undefined;
	}
	let same = 0;
	while (same < first.length - 1 && first[same] === last[same]) {
		same++;
	}
	return `${first}–${last.slice(same)}`;
}
