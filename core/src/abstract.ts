/**
 * Finds the labelled sections of a structured abstract: `Objective:To …`, `RESULTS：…`, and the colon-less
 * `Objective To evaluate … .Methods Retrospective …` form. Scans colons with indexOf, so most text is never touched.
 */
import { isAsciiCapital } from './characters';
import type { AbstractSection, SectionVisitor, Span } from './model';

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
/** A label to compare with text: its key's character codes (lowercase) and its usual spelling. */
interface LabelKey {
	readonly codes: Uint8Array;
	readonly name: string;
}
/** The labels by their last letter (`a` = 0), shortest first: what ends just before a colon picks the few to compare. */
const LABELS_BY_LAST_LETTER: LabelKey[][] = Array.from({ length: 26 }, () => []);
for (const [key, name] of [...CANONICAL].sort((a, b) => a[0].length - b[0].length)) {
	LABELS_BY_LAST_LETTER[key.charCodeAt(key.length - 1) - 0x61].push({ codes: Uint8Array.from(key, (character) => character.charCodeAt(0)), name });
}
const COLONS = [':', '：', '∶'];
/** What ends the sentence before a label: `.。;；!?)）]:：∶`. */
function isSentenceEnd(code: number): boolean {
	switch (code) {
		case 0x2e: case 0x3002: case 0x3b: case 0xff1b: case 0x21: case 0x3f: case 0x29: case 0xff09: case 0x5d: case 0x3a: case 0xff1a: case 0x2236:
			return true;
		default:
			return false;
	}
}
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
	const found: Section[] = [];
	visitAbstractSections(text, span, (label, labelStart, labelEnd, bodyStart, bodyEnd) => {
		found.push(new Section(label, labelStart, labelEnd, bodyStart, bodyEnd));
	}, colons);
	return found;
}

/**
 * {@link findAbstractSections} without a section object: calls `visit` for each section in order. What the outline of
 * a large dump uses (tens of thousands of sections, each read once).
 */
export function visitAbstractSections(text: string, span: Span, visit: SectionVisitor, colons: readonly string[] = COLONS): void {
	// The labels are gathered in a list kept for the next call (a nested call, from a visitor, gets its own).
	const labels = spareLabels ?? new LabelList();
	spareLabels = undefined;
	try {
		findLabels(text, span.start, span.end, colons, labels);
		labels.sort();
		for (let k = 0; k < labels.length; k++) {
			const labelEnd = labels.ends[k];
			const end = k + 1 < labels.length ? labels.starts[k + 1] : span.end;
			let bodyStart = labelEnd;
			while (bodyStart < end && isSpaceOrTab(text.charCodeAt(bodyStart))) {
				bodyStart++;
			}
			let bodyEnd = end;
			while (bodyEnd > bodyStart && isSpaceOrTab(text.charCodeAt(bodyEnd - 1))) {
				bodyEnd--;
			}
			visit(labels.names[k], labels.starts[k], labelEnd, bodyStart, bodyEnd);
		}
	} finally {
		labels.clear();
		spareLabels = labels;
	}
}

/** Adds to `labels` every section label of the abstract `text[from, to)`, in the order found. */
function findLabels(text: string, from: number, to: number, colons: readonly string[], labels: LabelList): void {
	// Characters are read from the document itself (a flat string, fast to index); the slice only bounds `indexOf`.
	const body = text.slice(from, to);
	for (const colon of colons) {
		for (let at = body.indexOf(colon); at >= 0; at = body.indexOf(colon, at + 1)) {
			readLabelBefore(text, from, from + at, labels);
		}
	}
	if (labels.length === 0 && COLONLESS_START.test(body)) {
		COLONLESS_LABEL.lastIndex = 0;
		for (let match = COLONLESS_LABEL.exec(body); match; match = COLONLESS_LABEL.exec(body)) {
			const start = from + match.index;
			const end = start + match[1].length;
			if (startsSentence(text, from, start)) {
				labels.push(canonicalLabel(text, start, end) ?? match[1], start, end);
			}
		}
	}
}

/** Section labels as three parallel lists (names, starts, ends): no object per label. */
class LabelList {
	readonly names: string[] = [];
	readonly starts: number[] = [];
	readonly ends: number[] = [];
	length = 0;

	push(name: string, start: number, end: number): void {
		this.names[this.length] = name;
		this.starts[this.length] = start;
		this.ends[this.length] = end;
		this.length++;
	}

	/** Puts the labels in text order: they come so unless an abstract mixes colon kinds (an insertion sort, for a few). */
	sort(): void {
		const { names, starts, ends } = this;
		for (let k = 1; k < this.length; k++) {
			const name = names[k];
			const start = starts[k];
			const end = ends[k];
			let i = k;
			for (; i > 0 && starts[i - 1] > start; i--) {
				names[i] = names[i - 1];
				starts[i] = starts[i - 1];
				ends[i] = ends[i - 1];
			}
			if (i !== k) {
				names[i] = name;
				starts[i] = start;
				ends[i] = end;
			}
		}
	}

	clear(): void {
		this.length = 0;
	}
}

let spareLabels: LabelList | undefined = new LabelList();

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
 * Adds to `labels` the label that ends just before the colon at `colon`, if there is one: capitalised and starting a
 * sentence of the abstract that begins at `from` (so a whole word: no letter comes before it); the shortest such label
 * when several end there (`Methods` before `Materials and methods`). Only the labels ending in the letter before the
 * colon are compared, backwards.
 */
function readLabelBefore(text: string, from: number, colon: number, labels: LabelList): void {
	let end = colon;
	while (end > from && isSpaceOrTab(text.charCodeAt(end - 1))) {
		end--;
	}
	const last = ((text.charCodeAt(end - 1) | 0x20) - 0x61) >>> 0;
	if (end === from || last >= 26) {
		return;
	}
	const candidates = LABELS_BY_LAST_LETTER[last];
	for (let k = 0; k < candidates.length; k++) {
		const codes = candidates[k].codes;
		const start = end - codes.length;
		if (start < from || !isAsciiCapital(text.charCodeAt(start))) {
			continue;
		}
		let i = codes.length - 2;
		while (i >= 0 && (text.charCodeAt(start + i) | 0x20) === codes[i]) {
			i--;
		}
		if (i < 0 && startsSentence(text, from, start)) {
			labels.push(candidates[k].name, start, colon + 1);
			return;
		}
	}
}

/** A section kept as four offsets (one object, not four: a large dump has tens of thousands); spans made when read. */
class Section implements AbstractSection {
	constructor(readonly label: string, private readonly labelStart: number, private readonly labelEnd: number, private readonly bodyStart: number, private readonly bodyEnd: number) {}

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

/** True when `at` starts the abstract (from `from`) or follows the end of a sentence (spaces and tabs between). */
function startsSentence(text: string, from: number, at: number): boolean {
	let i = at - 1;
	while (i >= from && isSpaceOrTab(text.charCodeAt(i))) {
		i--;
	}
	return i < from || isSentenceEnd(text.charCodeAt(i));
}

function isSpaceOrTab(code: number): boolean {
	return code === 32 || code === 9;
}
