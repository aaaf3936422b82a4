/**
 * Finds the labelled sections of a structured abstract: `Objective:To …`, `RESULTS：…`, and the colon-less
 * `Objective To evaluate … .Methods Retrospective …` form. Scans colons with indexOf, so most text is never touched.
 */
import { isAsciiCapital, isAsciiLetter } from './characters';
import type { AbstractSection, Span } from './model';

const CANONICAL: ReadonlyArray<readonly [string, string]> = [
	['objective', 'Objective'], ['objectives', 'Objective'], ['aim', 'Aim'], ['aims', 'Aim'], ['purpose', 'Purpose'],
	['background', 'Background'], ['introduction', 'Introduction'], ['materials and methods', 'Methods'],
	['methods', 'Methods'], ['method', 'Methods'], ['results', 'Results'], ['result', 'Results'],
	['conclusions', 'Conclusions'], ['conclusion', 'Conclusions'], ['findings', 'Findings'], ['interpretation', 'Interpretation'],
	['significance', 'Significance'], ['design', 'Design'], ['setting', 'Setting'], ['participants', 'Participants'],
	['interventions', 'Interventions'], ['main outcome measures', 'Main outcome measures'], ['discussion', 'Discussion'],
];
/** The labels by length, so a word is compared with the few labels as long as it (no lower-cased copy is made). */
const LABELS_BY_LENGTH: Array<Array<readonly [string, string]>> = [];
for (const label of CANONICAL) {
	(LABELS_BY_LENGTH[label[0].length] ??= []).push(label);
}
const COLONS = [':', '：', '∶'];
/** What ends the sentence before a label: `.。;；!?)）]:：∶` (as character codes). */
const SENTENCE_ENDS = new Set(Array.from('.。;；!?)）]:：∶', (character) => character.charCodeAt(0)));
// The colon-less form: a capitalised label, spaces, then a capital letter ("Objective To evaluate").
const COLONLESS_START = /^(?:Objectives?|Aims?|Purpose|Background|Introduction)[ \t]+[A-Z]/;
const COLONLESS_LABEL = /\b(Objectives?|Aims?|Purpose|Background|Introduction|Methods?|Results?|Conclusions?|Findings|Interpretation)[ \t]+(?=[A-Z])/g;

/**
 * The colon kinds (`:`, `：`, `∶`) that occur in `text`: found once for a document, they spare each of its abstracts
 * a search for the kinds it cannot hold.
 */
export function findColonKinds(text: string): readonly string[] {
	return COLONS.filter((colon) => text.includes(colon));
}

/**
 * Returns the sections of the abstract at `span` in `text`, in order; none when the abstract is unstructured. `colons`:
 * the colon kinds to look for (all by default; {@link findColonKinds} of the document when known).
 */
export function findAbstractSections(text: string, span: Span, colons: readonly string[] = COLONS): AbstractSection[] {
	const { start: from, end: to } = span;
	// Characters are read from the document itself (a flat string, fast to index); the slice only bounds `indexOf`.
	const body = text.slice(from, to);
	const found: Section[] = [];
	for (const colon of colons) {
		for (let at = body.indexOf(colon); at >= 0; at = body.indexOf(colon, at + 1)) {
			const label = readLabelBefore(text, from, from + at);
			if (label) {
				found.push(label);
			}
		}
	}
	if (found.length === 0 && COLONLESS_START.test(body)) {
		COLONLESS_LABEL.lastIndex = 0;
		for (let match = COLONLESS_LABEL.exec(body); match; match = COLONLESS_LABEL.exec(body)) {
			const start = from + match.index;
			if (startsSentence(text, from, start)) {
				found.push(new Section(canonicalLabel(text, start, start + match[1].length) ?? match[1], start, start + match[1].length));
			}
		}
	}
	if (!isSorted(found)) {
		found.sort((a, b) => a.labelStart - b.labelStart);
	}
	for (let k = 0; k < found.length; k++) {
		found[k].setBody(text, k + 1 < found.length ? found[k + 1].labelStart : to);
	}
	return found;
}

/** The usual spelling of the label `text[start, end)` (any case; words joined by single spaces), if it is one. */
function canonicalLabel(text: string, start: number, end: number): string | undefined {
	const labels = LABELS_BY_LENGTH[end - start];
	for (let k = 0; labels !== undefined && k < labels.length; k++) {
		const key = labels[k][0];
		let i = 0;
		while (i < key.length && (text.charCodeAt(start + i) | 0x20) === key.charCodeAt(i)) {
			i++;
		}
		if (i === key.length) {
			return labels[k][1];
		}
	}
	return undefined;
}

/**
 * The label that ends just before the colon at `colon`, if it is capitalised and starts a sentence of the abstract that
 * begins at `from`.
 */
function readLabelBefore(text: string, from: number, colon: number): Section | undefined {
	let end = colon;
	while (end > from && isSpaceOrTab(text.charCodeAt(end - 1))) {
		end--;
	}
	// Try one word, then three ("Materials and methods", "Main outcome measures").
	let start = end;
	for (let words = 1; words <= 3; words++) {
		while (start > from && isAsciiLetter(text.charCodeAt(start - 1))) {
			start--;
		}
		if (end - start > 25) {
			return undefined;
		}
		// A label is capitalised: most colons follow a lowercase word, and are ruled out at once.
		const label = isAsciiCapital(text.charCodeAt(start)) ? canonicalLabel(text, start, end) : undefined;
		if (label && startsSentence(text, from, start)) {
			return new Section(label, start, colon + 1);
		}
		if (start === from || text.charCodeAt(start - 1) !== 32) {
			return undefined;
		}
		start--;
	}
	return undefined;
}

/**
 * A section kept as four offsets (one object, not four: a large dump has tens of thousands); spans made when read.
 * Its body runs from after the label to the next section, set once all labels are found.
 */
class Section implements AbstractSection {
	private bodyStart = 0;
	private bodyEnd = 0;

	constructor(readonly label: string, readonly labelStart: number, private readonly labelEnd: number) {}

	/** Sets the body: from the label to `end`, without the spaces and tabs at either end. */
	setBody(text: string, end: number): void {
		let bodyStart = this.labelEnd;
		while (bodyStart < end && isSpaceOrTab(text.charCodeAt(bodyStart))) {
			bodyStart++;
		}
		let bodyEnd = end;
		while (bodyEnd > bodyStart && isSpaceOrTab(text.charCodeAt(bodyEnd - 1))) {
			bodyEnd--;
		}
		this.bodyStart = bodyStart;
		this.bodyEnd = bodyEnd;
	}

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
function isSorted(found: Section[]): boolean {
	for (let k = 1; k < found.length; k++) {
		if (found[k - 1].labelStart > found[k].labelStart) {
			return false;
		}
	}
	return true;
}

/** True when `at` starts the abstract (from `from`) or follows the end of a sentence (spaces and tabs between). */
function startsSentence(text: string, from: number, at: number): boolean {
	let i = at - 1;
	while (i >= from && isSpaceOrTab(text.charCodeAt(i))) {
		i--;
	}
	return i < from || SENTENCE_ENDS.has(text.charCodeAt(i));
}

function isSpaceOrTab(code: number): boolean {
	return code === 32 || code === 9;
}
