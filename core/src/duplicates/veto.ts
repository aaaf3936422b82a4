/** Vetoes: evidence that two entries are different papers however alike they look. Each veto names itself for the explanation. */
import type { Evidence } from './compare';
import type { Fingerprint } from './fingerprint';

/** Why two entries are not the same paper. */
export type VetoCode = 'different-doi' | 'different-pmid' | 'different-kind' | 'different-part' | 'year-gap' | 'different-volume' | 'different-issue' | 'generic-title';

/** One veto with a short human reason, e.g. `different DOIs`. */
export interface Veto {
	code: VetoCode;
	reason: string;
}

const KINDS = new Set(['erratum', 'reply', 'comment', 'retraction']);

/** The first veto that applies to a compared pair, or undefined when nothing rules the pair out. */
export function findVeto(a: Fingerprint, b: Fingerprint, evidence: Evidence): Veto | undefined {
	const identified = evidence.doi === 'same' || evidence.pmid === 'same';
	if (evidence.doi === 'different') {
		return { code: 'different-doi', reason: `different DOIs (${a.dois[0]} vs ${b.dois[0]})` };
	}
	if (evidence.pmid === 'different') {
		return { code: 'different-pmid', reason: `different PMIDs (${a.pmids[0]} vs ${b.pmids[0]})` };
	}
	if (evidence.markers) {
		const kindA = evidence.markers.a.filter((marker) => KINDS.has(marker)).join(', ');
		const kindB = evidence.markers.b.filter((marker) => KINDS.has(marker)).join(', ');
		if (kindA !== kindB) {
			return { code: 'different-kind', reason: `${kindA || 'article'} vs ${kindB || 'article'}` };
		}
		const part = findPartConflict(evidence.markers.a, evidence.markers.b);
		if (part) {
			return { code: 'different-part', reason: part };
		}
	}
	if (!identified && evidence.yearGap !== undefined && evidence.yearGap > 1) {
		return { code: 'year-gap', reason: `years ${a.year} and ${b.year} are ${evidence.yearGap} apart` };
	}
	if (!identified && evidence.volume === 'different') {
		return { code: 'different-volume', reason: `different volumes (${a.volume?.value} vs ${b.volume?.value})` };
	}
	if (!identified && evidence.issue === 'different' && evidence.volume === 'same' && evidence.pages !== 'same') {
		return { code: 'different-issue', reason: `different issues (${a.issue?.value} vs ${b.issue?.value})` };
	}
	if ((a.title.generic || b.title.generic) && !identified && !(evidence.pages === 'same' && evidence.authors && evidence.authors.matched === evidence.authors.compared)) {
		return { code: 'generic-title', reason: `generic title "${a.entry.title || b.entry.title}" without matching source and authors` };
	}
	return undefined;
}

/** `part 1 vs part 2` when both titles number the same kind of part differently (Part, Phase, Volume). */
function findPartConflict(a: string[], b: string[]): string | undefined {
	for (const marker of a) {
		const word = marker.slice(0, marker.indexOf(' '));
		if (KINDS.has(marker) || word === '') {
			continue;
		}
		const other = b.find((candidate) => candidate.startsWith(`${word} `));
		if (other && !b.includes(marker)) {
			return `${marker} vs ${other}`;
		}
	}
	return undefined;
}
