/** EndNote tagged import format (`.enw`, "refer" style): `%0 Journal Article`, one `%A` per author, `%X` abstract. */
import type { CslItem } from './csl';
import { formatInvertedName } from './ris';

/** CR, LF and the Unicode line and paragraph separators (and NEL), which many readers also split lines on. */
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]+/g;

function tag(name: string, value: string | undefined): string {
	return value ? `${name} ${value.replace(LINE_BREAKS, ' ')}\n` : '';
}

/** One EndNote record (records are separated by a blank line by the caller). */
export function writeEndnoteRecord(item: CslItem): string {
	let record = tag('%0', item.type === 'article-journal' ? 'Journal Article' : 'Generic') + tag('%T', item.title);
	for (const author of item.author ?? []) {
		record += tag('%A', formatInvertedName(author));
	}
	record += tag('%J', item['container-title']) + tag('%D', item.issued?.['date-parts'][0][0].toString());
	record += tag('%V', item.volume) + tag('%N', item.issue) + tag('%P', item.page);
	record += tag('%R', item.DOI) + tag('%M', item.PMID) + tag('%G', item.language);
	record += tag('%F', item['citation-key']) + tag('%X', item.abstract);
	return record;
}
