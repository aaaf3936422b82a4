/**
 * One linear pass that splits normalised abstract text into numbers, words and punctuation.
 * Numbers keep the decimals as printed and join thousands groups (`2 501`, `11,455`).
 */

/** A token of the statistics scanner; offsets are relative to the scanned string. */
export interface Token {
	kind: 'num' | 'word' | 'punct';
	start: number;
	end: number;
	/** Words as printed, punctuation as its single character, numbers as printed. */
	text: string;
	/** Lower-cased word (empty for other tokens). */
	lower: string;
	/** Numbers: value and decimals shown. */
	value: number;
	decimals: number;
	/** True when whitespace separates this token from the previous one. */
	spaced: boolean;
	/** Punctuation `.` (or end of a section label) that ends a sentence. */
	endsSentence: boolean;
}

const GROUP_SEPARATORS = /[ ,]/g;
const DIGIT_OR_STOP = /[\d.]/g;
const ABBREVIATIONS = new Set(['vs', 'e.g', 'i.e', 'al', 'fig', 'approx', 'no', 'etc', 'ref', 'resp', 'cf']);

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** Letters that may start or continue a word: Latin, Greek, CJK and superscript two (for χ²). */
function isWordChar(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0x370 && code <= 0x3ff)
		|| (code >= 0xc0 && code <= 0x24f) || code === 0xb2 || code === 0x2082 || (code >= 0x4e00 && code <= 0x9fff);
}

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Reads a run of digits starting at `i` and returns the index after it. */
function skipDigits(text: string, i: number): number {
	while (i < text.length && isDigit(text.charCodeAt(i))) i++;
	return i;
}

/** Tokenises `text` (already normalised) in one pass. */
export function tokenizeStatistics(text: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	let spaced = false;
	let atSentenceStart = true;
	while (i < text.length) {
		if (atSentenceStart) {
			atSentenceStart = false;
			const stop = findDigitlessSentenceEnd(text, i);
			if (stop >= 0) {
				const token = makeToken('punct', stop, stop + 1, '.', '', true, 0, 0);
				token.endsSentence = true;
				tokens.push(token);
				i = stop + 1;
				atSentenceStart = true;
				continue;
			}
		}
		const code = text.charCodeAt(i);
		if (isSpace(code)) {
			spaced = true;
			i++;
			continue;
		}
		const start = i;
		if (isDigit(code) || (code === 46 && isLeadingPoint(text, i))) {
			i = readNumberEnd(text, i);
			const raw = text.slice(start, i);
			const point = raw.indexOf('.');
			const grouped = raw.length > 4 && (raw.includes(' ') || raw.includes(','));
			const value = Number(grouped ? raw.replace(GROUP_SEPARATORS, '') : raw);
			tokens.push(makeToken('num', start, i, raw, '', spaced, value, point < 0 ? 0 : raw.length - point - 1));
		} else if (isWordChar(code)) {
			let upper = code >= 65 && code <= 90;
			i++;
			while (i < text.length) {
				const c = text.charCodeAt(i);
				if (isWordChar(c) || isDigit(c)) {
					upper ||= (c >= 65 && c <= 90) || c > 127;
					i++;
				} else if (c === 45 && (isWordChar(text.charCodeAt(i + 1)) || isDigit(text.charCodeAt(i + 1)))) i += 2;
				else break;
			}
			const word = text.slice(start, i);
			tokens.push(makeToken('word', start, i, word, upper || code > 127 ? word.toLowerCase() : word, spaced, 0, 0));
		} else {
			i++;
			const token = makeToken('punct', start, i, text[start], '', spaced, 0, 0);
			if (code === 46) token.endsSentence = endsSentence(text, start, tokens);
			atSentenceStart = token.endsSentence;
			tokens.push(token);
		}
		spaced = false;
	}
	return tokens;
}

/** `.5` after a space or bracket starts a number; `3.5` and `vs.5` do not. */
function isLeadingPoint(text: string, i: number): boolean {
	return isDigit(text.charCodeAt(i + 1)) && !isWordChar(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i - 1));
}

/** Digits, an optional thousands group (`2 501`, `11,455`), then an optional decimal part. */
function readNumberEnd(text: string, i: number): number {
	const intEnd = skipDigits(text, i);
	let end = intEnd;
	if (intEnd - i >= 1 && intEnd - i <= 3) {
		const sep = text.charCodeAt(intEnd);
		if ((sep === 32 || sep === 44) && skipDigits(text, intEnd + 1) === intEnd + 4 && !isDigit(text.charCodeAt(i - 1))
			&& text.charCodeAt(i - 1) !== 46 && !(text.charCodeAt(intEnd + 4) === 46 && isDigit(text.charCodeAt(intEnd + 5)) && sep === 32)) {
			end = intEnd + 4;
		}
	}
	if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) end = skipDigits(text, end + 1);
	return end;
}

function makeToken(kind: Token['kind'], start: number, end: number, text: string, lower: string, spaced: boolean, value: number, decimals: number): Token {
	return { kind, start, end, text, lower, value, decimals, spaced, endsSentence: false };
}

/** A full stop ends a sentence unless it follows a known abbreviation or a lower-case letter follows it directly. */
function endsSentence(text: string, at: number, tokens: Token[]): boolean {
	const previous = tokens[tokens.length - 1];
	if (previous?.kind === 'word' && ABBREVIATIONS.has(previous.lower) && previous.end === at) return false;
	const next = text.charCodeAt(at + 1);
	return !(next >= 97 && next <= 122);
}

/**
 * Sentences without a digit hold no statistic. From a sentence start, returns the index of the full
 * stop that ends it when no digit comes first (the same rule as `endsSentence`), else -1.
 * The tokenizer then emits only that full stop, which keeps the scan fast on wordy abstracts.
 */
function findDigitlessSentenceEnd(text: string, from: number): number {
	DIGIT_OR_STOP.lastIndex = from;
	for (let match = DIGIT_OR_STOP.exec(text); match !== null; match = DIGIT_OR_STOP.exec(text)) {
		const i = match.index;
		if (text.charCodeAt(i) !== 46) return -1;
		const next = text.charCodeAt(i + 1);
		if (isDigit(next)) return -1;
		if (next >= 97 && next <= 122) continue;
		let wordStart = i;
		while (wordStart > from && (isWordChar(text.charCodeAt(wordStart - 1)) || text.charCodeAt(wordStart - 1) === 45)) wordStart--;
		if (wordStart < i && ABBREVIATIONS.has(text.slice(wordStart, i).toLowerCase())) continue;
		return i;
	}
	return -1;
}
