/** Reads a source line such as `Chinese Journal of Radiology 2025;59(5):549-557`; every part may be missing. */
import type { Source } from './model';

const MAX_JOURNAL = 300;
const MAX_VOLUME = 40;
const MAX_PAGES = 120;

/** Parses `line` (the trimmed text at document offset `offset`) as a source line, or returns undefined. */
export function parseSource(line: string, offset: number): Source | undefined {
	const body = withoutDoiSuffix(line);
	for (const yearStart of rankYears(body, findYears(body))) {
		const [journalStart, journalEnd] = trimmed(body, 0, yearStart);
		if (journalEnd - journalStart > MAX_JOURNAL) {
			continue;
		}
		const source = emptySource(line, offset);
		if (journalEnd > journalStart) {
			source.journal = body.slice(journalStart, journalEnd);
			source.parts.journal = { start: offset + journalStart, end: offset + journalEnd };
		}
		source.year = Number(body.slice(yearStart, yearStart + 4));
		source.parts.year = { start: offset + yearStart, end: offset + yearStart + 4 };
		if (readTail(body, yearStart + 4, offset, source)) {
			return source;
		}
	}
	if (body.startsWith(';') || body.startsWith('；')) {
		const source = emptySource(line, offset);
		if (readTail(body, 0, offset, source) && (source.volume || source.issue || source.pages)) {
			return source;
		}
	}
	return undefined;
}

/** A source with every key present (so all sources share one object shape), parts still unset. */
function emptySource(line: string, offset: number): Source {
	return {
		raw: line,
		span: { start: offset, end: offset + line.length },
		journal: undefined,
		year: undefined,
		volume: undefined,
		issue: undefined,
		pages: undefined,
		firstPage: undefined,
		lastPage: undefined,
		parts: { journal: undefined, year: undefined, volume: undefined, issue: undefined, pages: undefined },
	};
}

function trimmed(body: string, start: number, end: number): [number, number] {
	while (start < end && (body[start] === ' ' || body[start] === '\t' || body[start] === '\u3000')) {
		start++;
	}
	while (end > start && (body[end - 1] === ' ' || body[end - 1] === '\t' || body[end - 1] === '\u3000')) {
		end--;
	}
	return [start, end];
}

/** Offsets of the four-digit years (1500–2099) in `body` that stand alone, not inside a longer number or word. */
function findYears(body: string): number[] {
	const found: number[] = [];
	for (let i = 0; i + 4 <= body.length; i++) {
		const c0 = body.charCodeAt(i);
		if ((c0 !== 49 && c0 !== 50) || (i > 0 && isWordChar(body.charCodeAt(i - 1)))) {
			continue;
		}
		const c1 = body.charCodeAt(i + 1);
		const century = c0 === 49 ? c1 >= 53 && c1 <= 57 : c1 === 48;
		if (century && isDigit(body.charCodeAt(i + 2)) && isDigit(body.charCodeAt(i + 3)) && !isDigit(body.charCodeAt(i + 4))) {
			found.push(i);
		}
	}
	return found;
}

/**
 * The year candidates worth trying, best first: a year followed by `;` (then volume) beats one followed by `:` (then
 * pages), which beats one at the end of the line; a number right after `-` or `(` is a page or issue, not a year.
 * So `Journal 2016;12(8):1827-1832` is read as 2016, not 1832.
 */
function rankYears(body: string, years: number[]): number[] {
	const ranked: Array<[number, number]> = [];
	for (const at of years) {
		let before = at - 1;
		while (before >= 0 && body[before] === ' ') {
			before--;
		}
		if (before >= 0 && '-–~(（'.includes(body[before])) {
			continue;
		}
		const after = body[skipSpaces(body, at + 4)];
		const rank = after === ';' || after === '；' ? 3 : after === ':' || after === '：' ? 2 : after === undefined ? 1 : 0;
		if (rank > 0) {
			ranked.push([rank, at]);
		}
	}
	return ranked.sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, at]) => at);
}

/** The line without a trailing ` doi:10.…` (the benchmark's form of a source line). */
function withoutDoiSuffix(line: string): string {
	const at = Math.max(line.lastIndexOf(' doi:'), line.lastIndexOf(' DOI:'), line.lastIndexOf(' doi: '));
	return at > 0 && line.indexOf(' ', at + 6) < 0 ? line.slice(0, at) : line;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function isWordChar(code: number): boolean {
	return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 0x7f;
}

/** Reads `;volume(issue):pages` from `at` into `source`; false unless the whole rest of the line fits. */
function readTail(body: string, at: number, offset: number, source: Source): boolean {
	let i = skipSpaces(body, at);
	if (body[i] === ';' || body[i] === '；') {
		const volumeStart = skipSpaces(body, i + 1);
		i = volumeStart;
		while (i < body.length && body[i] !== '(' && body[i] !== '（' && body[i] !== ':' && body[i] !== '：') {
			i++;
		}
		const [start, end] = trimmed(body, volumeStart, i);
		if (end - start > MAX_VOLUME) {
			return false;
		}
		if (end > start) {
			source.volume = body.slice(start, end);
			source.parts.volume = { start: offset + start, end: offset + end };
		}
		if (body[i] === '(' || body[i] === '（') {
			const close = findClose(body, i + 1);
			if (close < 0 || close - i > MAX_VOLUME) {
				return false;
			}
			const [issueStart, issueEnd] = trimmed(body, i + 1, close);
			if (issueEnd > issueStart) {
				source.issue = body.slice(issueStart, issueEnd);
				source.parts.issue = { start: offset + issueStart, end: offset + issueEnd };
			}
			i = skipSpaces(body, close + 1);
		}
	}
	if (body[i] === ':' || body[i] === '：') {
		const [start, end] = trimmed(body, i + 1, body.length);
		if (end - start > MAX_PAGES) {
			return false;
		}
		i = body.length;
		const pages = body.slice(start, end);
		if (pages && pages !== '-') {
			source.pages = pages;
			source.parts.pages = { start: offset + start, end: offset + end };
			const [first, last] = splitPageRange(pages);
			source.firstPage = first;
			source.lastPage = last;
		}
	}
	return skipSpaces(body, i) === body.length;
}

/** `549-557` → [549, 557]; `283--322`, en dash and `~` too; a single page → [page]. */
function splitPageRange(pages: string): [string, string?] {
	for (let i = 1; i < pages.length; i++) {
		if ('-–—~'.includes(pages[i])) {
			let j = i;
			while (j < pages.length && '-–—~ '.includes(pages[j])) {
				j++;
			}
			const first = pages.slice(0, i).trim();
			const last = pages.slice(j).trim();
			return last ? [first, last] : [first];
		}
	}
	return [pages];
}

/** The parenthesis closing the one opened just before `from`, allowing nesting as in `17(3(58))`. */
function findClose(body: string, from: number): number {
	let depth = 0;
	for (let i = from; i < body.length; i++) {
		if (body[i] === '(' || body[i] === '（') {
			depth++;
		} else if (body[i] === ')' || body[i] === '）') {
			if (depth === 0) {
				return i;
			}
			depth--;
		}
	}
	return -1;
}

function skipSpaces(body: string, i: number): number {
	while (i < body.length && (body[i] === ' ' || body[i] === '\t' || body[i] === '\u3000')) {
		i++;
	}
	return i;
}

