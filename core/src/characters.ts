/** ASCII character classes by character code, shared by the readers that scan text without making strings. */

/** `0`–`9`. */
export function isAsciiDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/** `A`–`Z`. */
export function isAsciiCapital(code: number): boolean {
	return code >= 0x41 && code <= 0x5a;
}

/** `a`–`z`. */
export function isAsciiLowercase(code: number): boolean {
	return code >= 0x61 && code <= 0x7a;
}

/** `A`–`Z` or `a`–`z`. */
export function isAsciiLetter(code: number): boolean {
	return isAsciiCapital(code) || isAsciiLowercase(code);
}

/** Single-character strings of the ASCII characters, capitals lowered. */
const LOWERCASE_ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(isAsciiCapital(code) ? code | 0x20 : code));

/**
 * `text[start, end)` with its ASCII capitals lowered (other characters kept as they are), for short ASCII words such
 * as names. Built from one-byte characters: `toLowerCase` of a slice of a document holding any non-Latin-1 character
 * (`χ²`, CJK) takes the general Unicode way, about three times slower for a name.
 */
export function lowerAscii(text: string, start: number, end: number): string {
	let lower = '';
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		lower += code < 0x80 ? LOWERCASE_ASCII[code] : text[i];
	}
	return lower;
}
