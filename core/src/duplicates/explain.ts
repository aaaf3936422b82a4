/** Explanations: short reasons for a verdict and the one-line message a diagnostic shows. */
import { describeTitleDifferences, type Evidence } from './compare';
import type { Fingerprint } from './fingerprint';
import type { DuplicateMatch, DuplicateRecord } from './types';
import type { Veto } from './veto';

/** The reasons behind a match, strongest first, e.g. `same title (case differs)`, `same authors 5/5`, `same source 59(5):549`. */
export function describeEvidence(evidence: Evidence, later: Fingerprint, earlier: Fingerprint, veto?: Veto): string[] {
	const reasons: string[] = [];
	if (evidence.doi === 'same') {
		reasons.push(`same DOI ${later.dois.find((doi) => earlier.dois.includes(doi))}`);
	}
	if (evidence.pmid === 'same') {
		reasons.push(`same PMID ${later.pmids.find((pmid) => earlier.pmids.includes(pmid))}`);
	}
	reasons.push(describeTitle(evidence, later.entry.title, earlier.entry.title));
	reasons.push(describeAuthors(evidence, later, earlier));
	const source = describeSource(evidence, later, earlier);
	if (source) {
		reasons.push(source);
	}
	if (evidence.abstract === 'same') {
		reasons.push('same abstract opening');
	}
	if (veto) {
		reasons.push(`but ${veto.reason}`);
	}
	return reasons;
}

function describeTitle(evidence: Evidence, later: string, earlier: string): string {
	switch (evidence.title) {
		case 'identical':
			return 'same title';
		case 'normalised':
		{
			const differences = describeTitleDifferences(later, earlier);
			return differences.length > 0 ? `same title (${differences.join(', ')} ${differences.length === 1 ? 'differs' : 'differ'})` : 'same title';
		}
		case 'contained':
			return 'one title extends the other';
		case 'missing':
			return 'no title to compare';
		default:
			return `title ${Math.round(evidence.titleSimilarity * 100)}% similar`;
	}
}

function describeAuthors(evidence: Evidence, later: Fingerprint, earlier: Fingerprint): string {
	const authors = evidence.authors;
	if (!authors) {
		return later.authorCount === 0 && earlier.authorCount === 0 ? 'no authors on either' : 'authors missing on one';
	}
	const prefix = authors.matched === authors.compared ? 'same authors' : 'authors match';
	const total = authors.counts[0] === authors.counts[1] ? '' : ` (${authors.counts[0]} vs ${authors.counts[1]} listed)`;
	return `${prefix} ${authors.matched}/${authors.compared}${total}`;
}

/** `same source 59(5):549`, or the parts that agree (`same year 2010`, `same volume 12`), or how the years differ. */
function describeSource(evidence: Evidence, later: Fingerprint, earlier: Fingerprint): string | undefined {
	const pagesAgree = evidence.pages === 'same' || evidence.pages === 'overlap';
	if (pagesAgree && evidence.volume === 'same') {
		const issue = evidence.issue === 'same' ? `(${later.issue?.value})` : '';
		const year = evidence.yearGap ? ` (years ${earlier.year} and ${later.year})` : '';
		return `same source ${later.volume?.value}${issue}:${later.firstPage}${year}`;
	}
	const parts: string[] = [];
	if (evidence.yearGap === 0) {
		parts.push(`year ${later.year}`);
	}
	if (evidence.volume === 'same') {
		parts.push(`volume ${later.volume?.value}`);
	}
	if (pagesAgree) {
		parts.push(`pages ${later.firstPage}`);
	}
	const same = parts.length > 0 ? `same ${parts.join(', ')}` : undefined;
	const gap = evidence.yearGap ? `years ${earlier.year} and ${later.year}` : undefined;
	return [same, gap].filter(Boolean).join(', ') || undefined;
}

/** How a diagnostic names a record: `#12 (line 40)`, with the file when it is another document. */
export function describeRecord(record: DuplicateRecord, line: number | undefined, label?: string): string {
	const where = [label ? `in ${label}` : '', line !== undefined ? `(line ${line})` : ''].filter(Boolean).join(' ');
	return where ? `#${record.entry.number} ${where}` : `#${record.entry.number}`;
}

/**
 * The diagnostic message: `Duplicate of #1 (line 1): same title, same authors 5/5, same source 59(5):549`, or for
 * the weaker tier a question, `Possible duplicate of #3 (line 9)? title 91% similar, same authors 3/3`. `lineOf` gives
 * 1-based line numbers; `labelOf` names the record's file when it is not the duplicate's own.
 */
export function explainMatch(match: DuplicateMatch, lineOf: (record: DuplicateRecord) => number | undefined, labelOf?: (record: DuplicateRecord) => string | undefined): string {
	const original = match.original;
	const label = original.docKey === match.duplicate.docKey ? undefined : labelOf?.(original) ?? original.docKey;
	const target = describeRecord(original, lineOf(original), label);
	const reasons = match.reasons.join(', ');
	return match.tier === 'duplicate' ? `Duplicate of ${target}: ${reasons}` : `Possible duplicate of ${target}? ${reasons}`;
}
