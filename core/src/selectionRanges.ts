/**
 * Smart selection (Expand Selection, `Shift+Alt+→`): from an offset outwards through the parts of the paper that hold
 * it: an author, then the author line; a source part (journal, year, volume, issue, pages), then the source line; an
 * abstract section's text, then the section with its label, then the abstract; the title, then the number and title;
 * and last the whole paper.
 */
import { findEntryAt } from './locate';
import type { Entry, ParsedDocument, Span } from './model';

/** The spans around `offset`, innermost first, each holding the one before; empty outside every paper. */
export function findSelectionSpans(document: ParsedDocument, offset: number): Span[] {
	const entry = findEntryAt(document, offset);
	if (!entry) {
		return [];
	}
	const spans: Span[] = [];
	// Each span must hold the one before and be larger (a part may be missing, or the same as its line).
	const add = (span: Span | undefined) => {
		const last = spans[spans.length - 1];
		if (span && contains(span, offset) && (!last || (span.start <= last.start && span.end >= last.end && span.end - span.start > last.end - last.start))) {
			spans.push(span);
		}
	};
	for (const span of findPartSpans(entry, offset)) {
		add(span);
	}
	add(entry.span);
	return spans;
}

/** The spans of the part of `entry` at `offset`, innermost first (none when it is on the number or a gap). */
function findPartSpans(entry: Entry, offset: number): Array<Span | undefined> {
	const heading = { start: entry.numberSpan.start, end: entry.titleSpan.end };
	if (contains(heading, offset)) {
		return [entry.titleSpan, heading];
	}
	const authorsSpan = entry.authorsSpan;
	if (authorsSpan && contains(authorsSpan, offset)) {
		return [entry.authors.find((author) => contains(author.span, offset))?.span, authorsSpan];
	}
	const source = entry.source;
	if (source && contains(source.span, offset)) {
		const parts = source.parts;
		const part = [parts.journal, parts.year, parts.volume, parts.issue, parts.pages].find((span) => span && contains(span, offset));
		return [part, source.span];
	}
	const abstract = entry.abstract;
	if (abstract && contains(abstract.span, offset)) {
		const section = abstract.sections.find((candidate) => contains(candidate.span, offset));
		return [section?.bodySpan, section?.span, abstract.span];
	}
	return [];
}

/** `offset` inside `span`, its end included (a cursor just after the last character is still on it). */
function contains(span: Span, offset: number): boolean {
	return span.start <= offset && offset <= span.end;
}
