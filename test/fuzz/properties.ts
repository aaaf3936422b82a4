/**
 * The properties every fuzz target must keep, as plain functions that throw on a violation: shared by the fuzz tests
 * and by bench/reliability.ts (which times them). Each function returns nothing; an exception is the failure.
 */
import { findDuplicates } from '../../core/src/duplicates/index';
import { createDuplicateIndex } from '../../core/src/duplicates/duplicate-index';
import { formatCitations } from '../../core/src/export/index';
import type { ExportFormat } from '../../core/src/export/formats';
import { readRis } from '../../core/src/export/ris-reader';
import type { Entry, ParsedDocument, Span } from '../../core/src/model';
import { parseDocument } from '../../core/src/parse';
import { assessStatistics, extractStatistics } from '../../core/src/stats/index';

const LINE_BREAK = /\r\n|\r|\n/g;
/** The white space the parser trims (ASCII, no-break and ideographic space); any other character makes a line non-blank. */
const BLANK_CHAR = /[\t\v\f \u00a0\u3000]/;

function fail(message: string): never {
	throw new Error(message);
}

function isInside(inner: Span, outer: Span): boolean {
	return outer.start <= inner.start && inner.end <= outer.end;
}

/** The trimmed range of every non-blank line, found with our own line split (a leading BOM is not text). */
export function findNonBlankLines(text: string): Span[] {
	const found: Span[] = [];
	let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const add = (lineStart: number, lineEnd: number) => {
		let a = lineStart;
		let b = lineEnd;
		while (a < b && BLANK_CHAR.test(text[a])) a++;
		while (b > a && BLANK_CHAR.test(text[b - 1])) b--;
		if (a < b) found.push({ start: a, end: b });
	};
	for (const match of text.matchAll(LINE_BREAK)) {
		add(start, match.index);
		start = match.index + match[0].length;
	}
	add(start, text.length);
	return found;
}

/**
 * Entries are in order, disjoint and inside the text; every part of an entry lies inside it; every non-blank line
 * is in exactly one entry, the footer, or an 'unrecognised-line' problem (or, past the listed problems, is counted as
 * left out).
 */
export function checkParseCoverage(text: string, parsed: ParsedDocument = parseDocument(text)): void {
	let previousEnd = 0;
	for (const entry of parsed.entries) {
		const { span } = entry;
		if (span.start < previousEnd || span.end <= span.start || span.end > text.length) {
			fail(`entry #${entry.number} span ${span.start}-${span.end} overlaps the previous one (ends ${previousEnd}) or leaves the text (${text.length})`);
		}
		const parts: Span[] = [entry.numberSpan, entry.titleSpan, ...(entry.authorsSpan ? [entry.authorsSpan] : []), ...(entry.source ? [entry.source.span] : []), ...(entry.abstract ? [entry.abstract.span] : [])];
		if (!parts.every((part) => isInside(part, span) && part.start <= part.end)) {
			fail(`entry #${entry.number}: a part lies outside its span ${span.start}-${span.end}`);
		}
		if (text.slice(entry.numberSpan.start, entry.numberSpan.end) !== String(entry.number) && Number(text.slice(entry.numberSpan.start, entry.numberSpan.end)) !== entry.number) {
			fail(`entry #${entry.number}: its number span reads ${JSON.stringify(text.slice(entry.numberSpan.start, entry.numberSpan.end))}`);
		}
		previousEnd = span.end;
	}
	const footer = new Map(parsed.footer.map((span) => [span.start, span.end]));
	const problems = new Map<number, number>();
	for (const problem of parsed.problems) {
		if (problem.code === 'unrecognised-line') {
			problems.set(problem.span.start, problem.span.end);
		}
	}
	// Past the problems the parser lists, stray lines are only counted (`problemsLeftOut`).
	const lastListed = parsed.problems.at(-1)?.span.start ?? -1;
	let leftOut = 0;
	let k = 0;
	let covered = 0;
	for (const line of findNonBlankLines(text)) {
		while (k < parsed.entries.length && parsed.entries[k].span.end <= line.start) k++;
		const entry = parsed.entries[k];
		const inEntry = entry !== undefined && isInside(line, entry.span);
		const overlapsEntry = entry !== undefined && entry.span.start < line.end && line.start < entry.span.end;
		const inFooter = footer.get(line.start) === line.end;
		const inProblem = problems.get(line.start) === line.end;
		const places = Number(inEntry) + Number(inFooter) + Number(inProblem);
		if (places === 0 && !overlapsEntry && parsed.problemsLeftOut > 0 && line.start > lastListed) {
			leftOut++;
			covered++;
			continue;
		}
		if (places !== 1 || (overlapsEntry && !inEntry)) {
			fail(`line ${JSON.stringify(text.slice(line.start, Math.min(line.end, line.start + 60)))} at ${line.start} is in ${places} places (entry ${inEntry}, footer ${inFooter}, problem ${inProblem}, straddles an entry ${overlapsEntry && !inEntry})`);
		}
		covered++;
	}
	if (covered === 0 && parsed.entries.length > 0) {
		fail('entries found in a text without any non-blank line');
	}
	if (leftOut !== parsed.problemsLeftOut) {
		fail(`${parsed.problemsLeftOut} problems said to be left out, ${leftOut} stray lines found past the listed ones`);
	}
}

/** Extracts the statistics of every abstract (or of the whole text when there is none) and assesses them. */
export function checkStatistics(text: string, span: Span = { start: 0, end: text.length }): void {
	const stats = extractStatistics(text, span);
	let previous = -1;
	for (const stat of stats) {
		if (!isInside(stat.span, span) || !isInside(stat.valueSpan, stat.span) || stat.span.start < previous) {
			fail(`statistic ${stat.index} (${stat.kind}) at ${stat.span.start}-${stat.span.end} is out of order or outside ${span.start}-${span.end}`);
		}
		previous = stat.span.start;
	}
	const assessment = assessStatistics(stats, text);
	if (assessment.verdicts.length !== stats.length) {
		fail(`${stats.length} statistics but ${assessment.verdicts.length} verdicts`);
	}
	for (const finding of assessment.findings) {
		if (!isInside(finding.span, span)) {
			fail(`finding ${finding.code} at ${finding.span.start}-${finding.span.end} lies outside the abstract`);
		}
	}
}

/** Statistics of every abstract of a parsed text. */
export function checkStatisticsOfDocument(text: string, parsed: ParsedDocument = parseDocument(text)): void {
	for (const entry of parsed.entries) {
		if (entry.abstract) {
			checkStatistics(text, entry.abstract.span);
		}
	}
}

/**
 * Duplicates across several documents: every match points from a later entry to an earlier one of the index; an
 * `update` with the same text gives the same matches; after `remove` nothing points into the removed document.
 */
export function checkDuplicateIndex(texts: string[]): void {
	const index = createDuplicateIndex();
	const docs = texts.map((text, k) => ({ key: `doc${k}`, text, entries: parseDocument(text).entries }));
	docs.forEach((doc) => index.add(doc.key, doc.text, doc.entries));
	const summary = (key: string) => index.findMatches(key).map((match) => `${match.duplicate.key}>${match.original.key}:${match.tier}`).join(',');
	const before = new Map<string, string>();
	for (const doc of docs) {
		for (const match of index.findMatches(doc.key)) {
			const { duplicate, original } = match;
			if (duplicate.docKey !== doc.key || !doc.entries.includes(duplicate.entry)) {
				fail(`a match of ${doc.key} belongs to ${duplicate.docKey}`);
			}
			const earlier = original.docKey < duplicate.docKey || (original.docKey === duplicate.docKey && original.entry.span.start < duplicate.entry.span.start);
			if (!earlier || !(match.score >= 0 && match.score <= 1) || (match.tier !== 'duplicate' && match.tier !== 'possible')) {
				fail(`match ${duplicate.key} → ${original.key} is not to an earlier copy, or has score ${match.score} / tier ${match.tier}`);
			}
		}
		before.set(doc.key, summary(doc.key));
	}
	if (docs.length > 0) {
		index.update(docs[0].key, docs[0].text, parseDocument(docs[0].text).entries);
		for (const doc of docs) {
			if (summary(doc.key) !== before.get(doc.key)) {
				fail(`updating ${docs[0].key} with its own text changed the matches of ${doc.key}: ${before.get(doc.key)} → ${summary(doc.key)}`);
			}
		}
	}
	if (docs.length > 1) {
		// Remove the earliest document: later ones may have pointed into it and must now point elsewhere.
		const removed = docs[0].key;
		index.remove(removed);
		for (const doc of docs.slice(1)) {
			if (index.findMatches(doc.key).some((match) => match.original.docKey === removed || match.first.docKey === removed || match.others.some((other) => other.docKey === removed))) {
				fail(`after removing ${removed}, ${doc.key} still points into it`);
			}
		}
	}
}

/** An exact copy of a real entry, renumbered and planted at the end of `noise`, is reported as a certain duplicate. */
export function checkPlantedCopy(noise: string, entryText: string): void {
	const copy = entryText.replace(/^\d+\./, '9999.');
	const text = `${noise}\n\n${entryText.endsWith('\n') ? entryText : `${entryText}\n`}${copy}`;
	const parsed = parseDocument(text);
	const planted = parsed.entries[parsed.entries.length - 1];
	if (!planted || planted.number !== 9999) {
		fail('the planted copy was not parsed as the last entry');
	}
	const match = findDuplicates(parsed, text).find((candidate) => candidate.duplicate.entry === planted);
	if (!match || match.tier !== 'duplicate') {
		fail(`the planted copy of ${JSON.stringify(planted.title.slice(0, 50))} was ${match ? `only a ${match.tier} duplicate` : 'not found'}`);
	}
}

/** Counts the records in an export's content, read back in the format's own terms. */
export function countExportedRecords(content: string, format: ExportFormat): number {
	switch (format) {
		case 'bibtex':
		case 'biblatex':
			return content.split('\n').filter((line) => /^@\w+\{[^,\s]*,$/.test(line)).length;
		case 'ris':
			return readRis(content).length;
		case 'csl-json':
			return (JSON.parse(content) as unknown[]).length;
		case 'enw':
			return content.split('\n').filter((line) => line.startsWith('%0 ')).length;
		default:
			return content.split('\n').filter((line) => line.trim() !== '').length;
	}
}

/** Exports `entries` (default: all of the text) in `format`: count + skipped = entries given, and the content holds `count` records. */
export async function checkExport(text: string, format: ExportFormat, entries: readonly Entry[] = parseDocument(text).entries): Promise<void> {
	const result = await formatCitations(text, entries, format);
	if (result.count + result.skipped.length !== entries.length) {
		fail(`${format}: ${entries.length} entries given, ${result.count} written + ${result.skipped.length} skipped`);
	}
	const records = countExportedRecords(result.content, format);
	if (records !== result.count) {
		fail(`${format}: the result says ${result.count} records but the content holds ${records}`);
	}
	if ((format === 'bibtex' || format === 'biblatex') && !hasBalancedBraces(result.content)) {
		fail(`${format}: unbalanced braces`);
	}
}

/** True when every `{` of BibTeX text closes (escaped `\{` and `\}` do not count). */
export function hasBalancedBraces(content: string): boolean {
	let depth = 0;
	for (let i = 0; i < content.length; i++) {
		const char = content[i];
		if (char === '\\') {
			i++;
		} else if (char === '{') {
			depth++;
		} else if (char === '}' && --depth < 0) {
			return false;
		}
	}
	return depth === 0;
}
