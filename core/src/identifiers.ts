/** Finds DOIs and PubMed IDs in entry text. */
import type { Identifier, Span } from './model';

/**
 * `10.NNNN/suffix`: the suffix runs to white space, a quotation mark or an angle bracket; braces and backslashes end it
 * too (no registered DOI holds them, and in a BibTeX `doi` field, which is verbatim, they would unbalance the record).
 */
const DOI = /\b10\.\d{4,9}\/[^\s"<>{}\\]{1,300}/gu;
const PMID = /\bPMID(?:[ \t]*[:：][ \t]*|[ \t]+)(\d{1,9})\b/gu;
const TRAILING_PUNCTUATION = '.,;:)]）。，；';

/** Returns the DOIs and PMIDs inside `span` of `text`, with the DOI's trailing punctuation left out. */
export function findIdentifiers(text: string, span: Span): Identifier[] {
	const body = text.slice(span.start, span.end);
	const found: Identifier[] = [];
	for (const match of body.matchAll(DOI)) {
		let value = match[0];
		// Drop sentence punctuation after the DOI, but keep a closing parenthesis that the DOI itself opened.
		while (value.length > 0 && TRAILING_PUNCTUATION.includes(value[value.length - 1]) && !(value.endsWith(')') && value.includes('('))) {
			value = value.slice(0, -1);
		}
		const start = span.start + (match.index ?? 0);
		found.push({ kind: 'doi', value, span: { start, end: start + value.length } });
	}
	for (const match of body.matchAll(PMID)) {
		const start = span.start + (match.index ?? 0) + match[0].lastIndexOf(match[1]);
		found.push({ kind: 'pmid', value: match[1], span: { start, end: start + match[1].length } });
	}
	return found.sort((a, b) => a.span.start - b.span.start);
}
