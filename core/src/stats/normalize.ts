/**
 * Same-length normalisation of abstract text so one scanner handles full-width punctuation,
 * dashes, minus signs and odd spaces. Offsets into the result equal offsets into the input.
 */

/** Characters outside the full-width block that have an ASCII equivalent here. */
const REPLACEMENTS = new Map<string, string>(Object.entries({
	'∶': ':', '−': '-', '–': '-', '—': '-', '‐': '-', '‑': '-', '﹣': '-', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ',
	'\u3000': ' ', '\u2002': ' ', '\u2003': ' ', '≦': '≤', '≧': '≥', '﹤': '<', '﹥': '>', '〜': '~', '∼': '~', '×': 'x',
}));

/** The full-width forms U+FF01–U+FF5E (（）：％＜０-９Ａ-Ｚ…) are ASCII shifted by U+FEE0. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Returns `text` with full-width digits and punctuation, dashes, minus signs and special spaces mapped to ASCII, length unchanged. */
export function normalizeStatisticsText(text: string): string {
	const parts: string[] = [];
	let copiedUpTo = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) continue;
		let replacement: string | undefined;
		if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) replacement = String.fromCharCode(code - FULL_WIDTH_OFFSET);
		else if (code === 0xb7 && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) replacement = '.';
		else replacement = REPLACEMENTS.get(text[i]);
		if (replacement === undefined) continue;
		if (i > copiedUpTo) parts.push(text.slice(copiedUpTo, i));
		parts.push(replacement);
		copiedUpTo = i + 1;
	}
	if (copiedUpTo === 0) return text;
	parts.push(text.slice(copiedUpTo));
	return parts.join('');
}

function isDigitAt(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	return code >= 48 && code <= 57;
}
