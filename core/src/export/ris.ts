/** RIS records written by hand: one tag a line, values never wrapped, pages split into `SP` and `EP`. */
import type { CslItem, CslName } from './csl';

/** CR, LF and the Unicode line and paragraph separators (and NEL), which many readers also split lines on. */
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]+/g;

/** `Diao, Wenjun`; a name without a given part (a CJK name) as written. */
export function formatInvertedName(name: CslName): string {
	return name.given ? `${name.family}, ${name.given}` : name.family;
}

/** One RIS line, or nothing for an empty value; line breaks inside the value become spaces. */
function tag(name: string, value: string | undefined): string {
	return value ? `${name}  - ${value.replace(LINE_BREAKS, ' ')}\n` : '';
}

/** One RIS record ending in `ER  - `; `lastPage` is the end of the page range when the source gave one. */
export function writeRisRecord(item: CslItem, lastPage?: string): string {
	const journal = item['container-title'];
	const first = item['page-first'];
	let record = tag('TY', item.type === 'article-journal' ? 'JOUR' : 'GEN') + tag('ID', item['citation-key']) + tag('TI', item.title);
	for (const author of item.author ?? []) {
		record += tag('AU', formatInvertedName(author));
	}
	record += tag('T2', journal) + tag('JO', journal) + tag('PY', item.issued?.['date-parts'][0][0].toString());
	record += tag('VL', item.volume) + tag('IS', item.issue);
	record += first && lastPage ? tag('SP', first) + tag('EP', lastPage) : tag('SP', item.page);
	record += tag('DO', item.DOI) + tag('AN', item.PMID) + tag('DB', item.PMID ? 'PubMed' : undefined);
	record += tag('LA', item.language) + tag('AB', item.abstract);
	return `${record}ER  - \n`;
}
