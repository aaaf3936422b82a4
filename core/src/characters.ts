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
