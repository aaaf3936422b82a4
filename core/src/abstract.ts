/**
 * Finds the labelled sections of a structured abstract: `Objective:To …`, `RESULTS：…`, and the colon-less
 * `Objective To evaluate … .Methods Retrospective …` form. Scans colons with indexOf, so most text is never touched.
 */
import type { AbstractSection, Span } from './model';

const CANONICAL = new Map<string, string>([
	['objective', 'Objective'], ['objectives', 'Objective'], ['aim', 'Aim'], ['aims', 'Aim'], ['purpose', 'Purpose'],
	['background', 'Background'], ['introduction', 'Introduction'], ['materials and methods', 'Methods'],
	['methods', 'Methods'], ['method', 'Methods'], ['results', 'Results'], ['result', 'Results'],
	['conclusions', 'Conclusions'], ['conclusion', 'Conclusions'], ['findings', 'Findings'], ['interpretation', 'Interpretation'],
	['significance', 'Significance'], ['design', 'Design'], ['setting', 'Setting'], ['participants', 'Participants'],
	['interventions', 'Interventions'], ['main outcome measures', 'Main outcome measures'], ['discussion', 'Discussion'],
]);
const COLONS = [':', '：', '∶'];
const SENTENCE_END = '.。;；!?)）]:：∶';
// The colon-less form: a capitalised label, spaces, then a capital letter ("Objective To evaluate").
const COLONLESS_START = /^(?:Objectives?|Aims?|Purpose|Background|Introduction)[ \t]+[A-Z]/;
const COLONLESS_LABEL = /\b(Objectives?|Aims?|Purpose|Background|Introduction|Methods?|Results?|Conclusions?|Findings|Interpretation)[ \t]+(?=[A-Z])/g;

interface Found {
	label: string;
	start: number;
	labelEnd: number;
}

/** Returns the sections of the abstract at `span` in `text`, in order; none when the abstract is unstructured. */
export function findAbstractSections(text: string, span: Span): AbstractSection[] {
	const body = text.slice(span.start, span.end);
	const found: Found[] = [];
	for (const colon of COLONS) {
		for (let at = body.indexOf(colon); at >= 0; at = body.indexOf(colon, at + 1)) {
			const label = readLabelBefore(body, at);
			if (label) {
				found.push(label);
			}
		}
	}
	if (found.length === 0 && COLONLESS_START.test(body)) {
		COLONLESS_LABEL.lastIndex = 0;
		for (let match = COLONLESS_LABEL.exec(body); match; match = COLONLESS_LABEL.exec(body)) {
			if (startsSentence(body, match.index)) {
				found.push({ label: CANONICAL.get(match[1].toLowerCase()) ?? match[1], start: match.index, labelEnd: match.index + match[1].length });
			}
		}
	}
	if (!isSorted(found)) {
		found.sort((a, b) => a.start - b.start);
	}
	return found.map((section, k) => toSection(body, span.start, section, k + 1 < found.length ? found[k + 1].start : body.length));
}

/** The label that ends just before the colon at `colon`, if it starts a sentence and is capitalised. */
function readLabelBefore(body: string, colon: number): Found | undefined {
	let end = colon;
	while (end > 0 && (body[end - 1] === ' ' || body[end - 1] === '\t')) {
		end--;
	}
	// Try one word, then three ("Materials and methods", "Main outcome measures").
	let start = end;
	for (let words = 1; words <= 3; words++) {
		while (start > 0 && isLetter(body.charCodeAt(start - 1))) {
			start--;
		}
		if (end - start > 25) {
			return undefined;
		}
		// A label is capitalised: most colons follow a lowercase word, and are ruled out without slicing the word.
		const label = isUpper(body.charCodeAt(start)) ? CANONICAL.get(body.slice(start, end).toLowerCase()) : undefined;
		if (label && startsSentence(body, start)) {
			return { label, start, labelEnd: colon + 1 };
		}
		if (start === 0 || body[start - 1] !== ' ') {
			return undefined;
		}
		start--;
	}
	return undefined;
}

function toSection(body: string, offset: number, section: Found, end: number): AbstractSection {
	let bodyStart = section.labelEnd;
	while (bodyStart < end && (body[bodyStart] === ' ' || body[bodyStart] === '\t')) {
		bodyStart++;
	}
	let bodyEnd = end;
	while (bodyEnd > bodyStart && (body[bodyEnd - 1] === ' ' || body[bodyEnd - 1] === '\t')) {
		bodyEnd--;
	}
	return new Section(section.label, offset + section.start, offset + section.labelEnd, offset + bodyStart, offset + bodyEnd);
}

/** A section kept as four offsets (one object, not four: a large dump has tens of thousands); spans made when read. */
class Section implements AbstractSection {
	constructor(
		readonly label: string,
		private readonly labelStart: number,
		private readonly labelEnd: number,
		private readonly bodyStart: number,
		private readonly bodyEnd: number,
	) {}

	get labelSpan(): Span {
		return { start: this.labelStart, end: this.labelEnd };
	}

	get span(): Span {
		return { start: this.labelStart, end: this.bodyEnd };
	}

	get bodySpan(): Span {
		return { start: this.bodyStart, end: this.bodyEnd };
	}

	toJSON(): AbstractSection {
		return { label: this.label, labelSpan: this.labelSpan, span: this.span, bodySpan: this.bodySpan };
	}
}

/** Labels come in text order unless the abstract mixes colon kinds; sorting then is needed, otherwise skipped. */
function isSorted(found: Found[]): boolean {
	for (let k = 1; k < found.length; k++) {
		if (found[k - 1].start > found[k].start) {
			return false;
		}
	}
	return true;
}

function startsSentence(body: string, at: number): boolean {
	let i = at - 1;
	while (i >= 0 && (body[i] === ' ' || body[i] === '\t')) {
		i--;
	}
	return i < 0 || SENTENCE_END.includes(body[i]);
}

function isLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isUpper(code: number): boolean {
	return code >= 65 && code <= 90;
}
