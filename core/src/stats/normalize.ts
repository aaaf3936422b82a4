/**
 * Same-length normalisation of abstract text so one scanner handles full-width punctuation,
 * dashes, minus signs and odd spaces. Offsets into the result equal offsets into the input.
 */
import { isAsciiDigit } from '../characters';

/** Characters outside the full-width block that have an ASCII equivalent here. */
const REPLACEMENTS = new Map<string, string>(Object.entries({
	'∶': ':', '−': '-', '–': '-', '—': '-', '‐': '-', '‑': '-', '﹣': '-', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ',
	'\u3000': ' ', '\u2002': ' ', '\u2003': ' ', '≦': '≤', '≧': '≥', '﹤': '<', '﹥': '>', '〜': '~', '∼': '~', '×': 'x',
}));

/** Every character that may change: the full-width forms U+FF01–U+FF5E, the middle dot, and the map above. */
const CHANGEABLE = /[\uff01-\uff5e\u00b7\u2236\u2212\u2013\u2014\u2010\u2011\ufe63\u00a0\u2009\u202f\u3000\u2002\u2003\u2266\u2267\ufe64\ufe65\u301c\u223c\u00d7]/g;

/** The full-width forms (（）：％＜０-９Ａ-Ｚ…) are ASCII shifted by U+FEE0. */
const FULL_WIDTH_OFFSET = 0xfee0;

/** Returns `text` with full-width digits and punctuation, dashes, minus signs and special spaces mapped to ASCII, length unchanged. */
export function normalizeStatisticsText(text: string): string {
	return text.replace(CHANGEABLE, (char: string, offset: number) => {
		const code = char.charCodeAt(0);
		if (code >= 0xff01) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
		if (code === 0xb7) return isDigitAt(text, offset - 1) && isDigitAt(text, offset + 1) ? '.' : char;
		return REPLACEMENTS.get(char) ?? char;
	});
}

function isDigitAt(text: string, i: number): boolean {
	return isAsciiDigit(text.charCodeAt(i));
}
