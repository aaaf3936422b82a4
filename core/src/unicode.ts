/**
 * Character filters that keep or drop single characters of long text in one pass: the same results as
 * `text.replace(/\p{M}/gu, '')` and `text.replace(/[^\p{L}\p{N}]/gu, '')`, without one match object and one string
 * piece per dropped character (a title of a million accents or of `P<P<P<…` made those replacements cost 0.1–0.3 s).
 * Kept characters are copied into a buffer that becomes a string a chunk at a time.
 */

/** One combining mark at `lastIndex` (sticky). */
const MARK = /\p{M}/uy;
/** One letter or digit at `lastIndex` (sticky). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const CHUNK = 4096;

/**
 * Collects UTF-16 code units and makes a string of them. One buffer serves every call (the filters below run to the end
 * without calling anything that could start another), so a short title costs no allocation but its result.
 */
class UnitWriter {
	private readonly units = new Uint16Array(CHUNK);
	private used = 0;
	private done = '';

	start(): this {
		this.used = 0;
		this.done = '';
		return this;
	}

	push(unit: number): void {
		if (this.used === CHUNK) this.flush();
		this.units[this.used++] = unit;
	}

	pushRange(text: string, start: number, end: number): void {
		for (let i = start; i < end; i++) this.push(text.charCodeAt(i));
	}

	finish(): string {
		this.flush();
		const done = this.done;
		this.done = '';
		return done;
	}

	private flush(): void {
		if (this.used > 0) {
			this.done += String.fromCharCode.apply(null, this.units.subarray(0, this.used) as unknown as number[]);
			this.used = 0;
		}
	}
}

const writer = new UnitWriter();

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

/** The number of code units of the code point at `i` (2 for a surrogate pair). */
function codePointLength(text: string, i: number): number {
	return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** True when the code point at `i` matches the sticky one-character `pattern` (never asked in the middle of a pair). */
function matchesAt(pattern: RegExp, text: string, i: number): boolean {
	pattern.lastIndex = i;
	return pattern.test(text);
}

/** `text` without its combining marks (Unicode category M): `text.replace(/\p{M}/gu, '')`. */
export function removeCombiningMarks(text: string): string {
	let i = 0;
	// Nothing below U+0300 is a mark.
	while (i < text.length && text.charCodeAt(i) < 0x300) i++;
	if (i === text.length) return text;
	const out = writer.start();
	out.pushRange(text, 0, i);
	let dropped = false;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		if (code < 0x300) {
			out.push(code);
			i++;
			continue;
		}
		const length = codePointLength(text, i);
		// U+0300–U+036F (Combining Diacritical Marks) are all marks.
		if (code <= 0x36f || matchesAt(MARK, text, i)) dropped = true;
		else out.pushRange(text, i, i + length);
		i += length;
	}
	return dropped ? out.finish() : text;
}

/** Letters and digits only (Unicode categories L and N): `text.replace(/[^\p{L}\p{N}]/gu, '')`. */
export function keepLettersAndDigits(text: string): string {
	const out = writer.start();
	let dropped = false;
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		if (code < 0x80) {
			if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) out.push(code);
			else dropped = true;
			i++;
			continue;
		}
		const length = codePointLength(text, i);
		if (matchesAt(LETTER_OR_DIGIT, text, i)) out.pushRange(text, i, i + length);
		else dropped = true;
		i += length;
	}
	return dropped ? out.finish() : text;
}

/** ASCII lower-case letters and digits only: `text.replace(/[^a-z0-9]+/gu, '')`. */
export function keepAsciiLowerLettersAndDigits(text: string): string {
	const out = writer.start();
	let dropped = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out.push(code);
		else dropped = true;
	}
	return dropped ? out.finish() : text;
}

/** The runs of letters and digits (Unicode categories L and N) of `text`: `text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)`. */
export function splitLettersAndDigits(text: string): string[] {
	const words: string[] = [];
	let start = -1;
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		let length = 1;
		let kept: boolean;
		if (code < 0x80) kept = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
		else {
			length = codePointLength(text, i);
			kept = matchesAt(LETTER_OR_DIGIT, text, i);
		}
		if (kept) {
			if (start < 0) start = i;
		} else if (start >= 0) {
			words.push(text.slice(start, i));
			start = -1;
		}
		i += length;
	}
	if (start >= 0) words.push(text.slice(start));
	return words;
}

/**
 * A string built piece by piece: ranges of another string and single code units are copied into a buffer that
 * becomes a string a chunk at a time, so that a million small insertions (braces, escapes) cost no string each.
 */
export class TextBuilder {
	private units = new Uint16Array(64);
	private used = 0;
	private done = '';

	appendUnit(unit: number): void {
		if (this.used === this.units.length) this.flush();
		this.units[this.used++] = unit;
	}

	appendRange(text: string, start: number, end: number): void {
		for (let i = start; i < end; i++) this.appendUnit(text.charCodeAt(i));
	}

	append(text: string): void {
		this.appendRange(text, 0, text.length);
	}

	toString(): string {
		this.flush();
		return this.done;
	}

	private flush(): void {
		if (this.used > 0) {
			this.done += String.fromCharCode.apply(null, this.units.subarray(0, this.used) as unknown as number[]);
			this.used = 0;
		}
		if (this.units.length < CHUNK) this.units = new Uint16Array(this.units.length * 4);
	}
}
