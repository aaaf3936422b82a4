/** Turns the evidence about a pair into a verdict: certain duplicate, possible duplicate, or none (with the veto). */
import { compareFingerprints, isTitleContained, relateAbstracts, type Evidence } from './compare';
import type { Fingerprint } from './fingerprint';
import { diceSimilarity } from './title';
import { findVeto, type Veto } from './veto';

/** `duplicate`: certain (shown as a Warning); `possible`: weaker but real evidence (shown as Information). */

export type DuplicateTier = 'duplicate' | 'possible';

/** The outcome of comparing two entries. */
export interface Verdict {
	tier: DuplicateTier | undefined;
	/** 0–1, higher is more certain; only for ranking and display. */
	score: number;
	/** Undefined when the pair was rejected at a glance (unrelated titles, no shared identifier or source). */
	evidence: Evidence | undefined;
	veto: Veto | undefined;
}

/** Compares two fingerprints and decides; symmetric in `a` and `b`. */
export function judgePair(a: Fingerprint, b: Fingerprint): Verdict {
	const similarity = diceSimilarity(a.shingles, b.shingles);
	if (similarity < MIN_TITLE_SIMILARITY && !isTitleContained(a.title.compact, b.title.compact) && !mayShareSource(a, b)) {
		return REJECTED;
	}
	const evidence = compareFingerprints(a, b, similarity);
	const veto = findVeto(a, b, evidence);
	if (veto) {
		const related = SOFT_VETOES.has(veto.code) && isRelatedNotice(a, b, evidence);
		if (related) {
			evidence.abstract = relateAbstracts(a.abstractPrefix, b.abstractPrefix);
		}
		return { tier: related ? 'possible' : undefined, score: related ? scoreEvidence(evidence) : 0, evidence, veto };
	}
	const tier = decideTier(a, b, evidence);
	if (tier) {
		evidence.abstract = relateAbstracts(a.abstractPrefix, b.abstractPrefix);
	}
	return { tier, score: tier ? scoreEvidence(evidence) : 0, evidence, veto };
}

const MIN_TITLE_SIMILARITY = 0.5;
const REJECTED: Verdict = Object.freeze({ tier: undefined, score: 0, evidence: undefined, veto: undefined });

/** True when the pair shares an identifier or year, volume and first page: the only matches that need no similar title. */
function mayShareSource(a: Fingerprint, b: Fingerprint): boolean {
	if (a.dois.some((doi) => b.dois.includes(doi)) || a.pmids.some((pmid) => b.pmids.includes(pmid))) {
		return true;
	}
	return a.year === b.year && a.firstPage !== undefined && a.firstPage === b.firstPage && a.volume?.value === b.volume?.value;
}

/** Vetoes that still allow an Information when the pair looks like a paper and its erratum, reply or correction notice. */
const SOFT_VETOES = new Set(['different-kind', 'different-issue']);

/**
 * A paper and a notice about it (erratum, correction `(vol 85, pg 553, 2010)`, reply) in the same journal, volume and
 * year, by the same authors: never a Warning, but worth a question, since databases often merge them.
 */
function isRelatedNotice(a: Fingerprint, b: Fingerprint, e: Evidence): boolean {
	const authors = e.authors;
	const sameAuthors = authors !== undefined && authors.matched >= authors.compared - (authors.compared >= 6 ? 1 : 0);
	const samePlace = e.yearGap === 0 && e.volume === 'same' && (e.journal === 'same' || e.journal === 'abbreviated');
	const closeTitle = e.title === 'identical' || e.title === 'normalised' || e.title === 'contained' || e.titleSimilarity >= 0.7;
	const notice = e.pages === 'overlap' || isSinglePage(a) || isSinglePage(b);
	return sameAuthors && samePlace && closeTitle && notice;
}

function isSinglePage(print: Fingerprint): boolean {
	return print.firstPage !== undefined && (print.lastPage === undefined || print.lastPage === print.firstPage);
}

function decideTier(a: Fingerprint, b: Fingerprint, e: Evidence): DuplicateTier | undefined {
	const sameTitle = e.title === 'identical' || e.title === 'normalised';
	const authorRatio = e.authors ? e.authors.matched / e.authors.compared : undefined;
	const anonymous = a.authorCount === 0 && b.authorCount === 0;
	const authorsAgree = authorRatio !== undefined ? authorRatio >= 0.75 && (e.authors!.leadMatches || authorRatio === 1) : anonymous;
	const authorsOverlap = authorRatio === undefined || authorRatio >= 0.5 || e.authors!.leadMatches;
	if (e.doi === 'same' || e.pmid === 'same') {
		return (sameTitle || e.titleSimilarity >= 0.8 || e.title === 'contained') && authorsOverlap ? 'duplicate' : 'possible';
	}
	const pagesAgree = e.pages === 'same' || e.pages === 'overlap';
	const sourceAgrees = (pagesAgree || (e.pages === 'unknown' && e.volume === 'same')) && e.journal !== 'different';
	if (sameTitle && authorsAgree && e.yearGap === 0 && sourceAgrees && e.markers === undefined) {
		return 'duplicate';
	}
	const sameSource = e.yearGap === 0 && e.volume === 'same' && e.pages === 'same';
	const sourceTitle = e.journal === 'different' ? e.title === 'contained' || e.titleSimilarity >= 0.6 : e.titleSimilarity >= 0.3 || authorRatio === 1 || e.title === 'contained';
	if (sameSource && (authorRatio === undefined || authorRatio >= 0.5) && sourceTitle) {
		return 'possible';
	}
	const sameTeam = authorRatio !== undefined && e.authors!.compared >= 3 && authorRatio >= 0.8 && e.authors!.leadMatches;
	const sameVenue = e.yearGap === 0 && (e.journal === 'same' || e.journal === 'abbreviated') && e.pages !== 'different';
	const closeTitle = sameTitle || e.title === 'contained' || e.titleSimilarity >= 0.75 || (sameTeam && sameVenue && e.titleSimilarity >= 0.6);
	if (!closeTitle || !authorsOverlap || (e.yearGap !== undefined && e.yearGap > 1)) {
		return undefined;
	}
	if ((e.pages === 'different' || e.journal === 'different') && !(sameTitle && e.yearGap === 0 && authorRatio !== undefined && authorRatio >= 0.8)) {
		return undefined;
	}
	const unplaced = e.journal === 'unknown' && e.authors === undefined;
	return unplaced && !sameTitle ? undefined : 'possible';
}

/** A rough certainty for ranking: title similarity weighted with author, year and source agreement. */
function scoreEvidence(e: Evidence): number {
	let score = 0.5 * e.titleSimilarity;
	score += e.authors ? 0.2 * (e.authors.matched / e.authors.compared) : 0.1;
	score += e.yearGap === 0 ? 0.1 : e.yearGap === 1 ? 0.05 : 0;
	score += e.pages === 'same' ? 0.1 : e.pages === 'overlap' ? 0.05 : 0;
	score += e.doi === 'same' || e.pmid === 'same' ? 0.1 : e.volume === 'same' ? 0.05 : 0;
	return Math.min(1, Math.round(score * 1000) / 1000);
}
