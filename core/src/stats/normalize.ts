/**
 * Same-length normalisation of abstract text so one scanner handles full-width punctuation,
 * dashes, minus signs and odd spaces. Offsets into the result equal offsets into the input.
 */

const REPLACEMENTS: Record<string, string> = {
	'（': '(', '）': ')', '：': ':', '∶': ':', '％': '%', '＜': '<', '＞': '>', '＝': '=', '～': '~', '，': ',',
	'；': ';', '．': '.', '−': '-', '–': '-', '—': '-', '‐': '-', '‑': '-', '－': '-', '﹣': '-', '＋': '+',
	'\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u3000': ' ', '\u2002': ' ', '\u2003': ' ', 'Ｐ': 'P', 'ｐ': 'p',
	'≦': '≤', '≧': '≥', '﹤': '<', '﹥': '>', '〜': '~', '∼': '~', '×': 'x',
};

const FULL_WIDTH_ZERO = 0xff10;
const FULL_WIDTH_NINE = 0xff19;

/** Returns `text` with full-width digits and punctuation, dashes, minus signs and special spaces mapped to ASCII, length unchanged. */
export function normalizeStatisticsText(text: string): string {
	let out = '';
	let copiedUpTo = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) continue;
		let replacement: string | undefined;
		if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_NINE) replacement = String.fromCharCode(code - FULL_WIDTH_ZERO + 48);
		else if (code === 0xb7 && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) replacement = '.';
		else replacement = REPLACEMENTS[text[i]];
		if (replacement === undefined) continue;
		out += text.slice(copiedUpTo, i) + replacement;
		copiedUpTo = i + 1;
	}
	return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

function isDigitAt(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	return code >= 48 && code <= 57;
}
