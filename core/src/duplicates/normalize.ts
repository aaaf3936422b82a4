/** Text normalisation for duplicate detection: Unicode, case, accents, markup leftovers, punctuation and layout hyphens. */
import { keepAsciiLowerLettersAndDigits, keepLettersAndDigits, removeCombiningMarks, splitLettersAndDigits } from '../unicode';

const MARKUP_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/giu;
const ENTITY = /&(amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[\da-f]{1,5});/giu;
const BIBTEX_COMMAND = /\\[a-z]+\s*/giu;
const BRACES = /[{}]/gu;
const MOJIBAKE = /[ÃÂÅÄ][\u0080-\u00bf]/u;
const LOST_ACCENT = /[?\ufffd]/gu;
const VOWELS = /[aeiouy]/gu;
const DOUBLED = /(.)\1+/gu;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };
const PLAIN_ASCII = /^[\x20-\x7e]*$/u;
const LIGATURE = /[ßæœøđłıþ]/gu;

/** Repairs UTF-8 text that was once read as Latin-1 (`JosÃ©` → `José`); other text is returned unchanged. */
export function repairMojibake(text: string): string {
	if (!MOJIBAKE.test(text)) {
		return text;
	}
	const bytes: number[] = [];
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (code > 0xff) {
			return text;
		}
		bytes.push(code);
	}
	return decodeTwoByteUtf8(bytes) ?? text;
}

/** Decodes bytes that are ASCII or two-byte UTF-8 sequences (all that Latin-1 mojibake holds); undefined otherwise. */
function decodeTwoByteUtf8(bytes: number[]): string | undefined {
	let out = '';
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i];
		if (byte < 0x80) {
			out += String.fromCharCode(byte);
		} else if (byte >= 0xc2 && byte <= 0xdf && i + 1 < bytes.length && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0xbf) {
			out += String.fromCharCode(((byte & 0x1f) << 6) | (bytes[i + 1] & 0x3f));
			i++;
		} else {
			return undefined;
		}
	}
	return out;
}

/** Removes HTML tags and entities and BibTeX braces and commands: `{E}uropean`, `&amp;`, `<i>x</i>` → `European`, `&`, `x`. */
export function stripMarkup(text: string): string {
	if (!text.includes('<') && !text.includes('&') && !text.includes('{') && !text.includes('\\')) {
		return text;
	}
	return text
		.replace(MARKUP_TAG, '')
		.replace(ENTITY, (_match, name: string) => decodeEntity(name))
		.replace(BIBTEX_COMMAND, '')
		.replace(BRACES, '');
}

function decodeEntity(name: string): string {
	const lower = name.toLowerCase();
	if (lower.startsWith('#x')) {
		return String.fromCodePoint(parseInt(lower.slice(2), 16));
	}
	if (lower.startsWith('#')) {
		return String.fromCodePoint(Number(lower.slice(1)));
	}
	return NAMED_ENTITIES[lower] ?? '';
}

/** NFKC (full-width → ASCII), lower case, accents removed and ligatures spelled out; markup and mojibake repaired. */
export function foldText(text: string): string {
	if (PLAIN_ASCII.test(text)) {
		return stripMarkup(text).toLowerCase();
	}
	const folded = stripMarkup(repairMojibake(text)).normalize('NFKC').toLowerCase();
	return removeCombiningMarks(folded.normalize('NFD')).replace(LIGATURE, (char) => LIGATURES[char] ?? char).normalize('NFC');
}

/** The words of `text` after folding, with `&` read as `and`; punctuation and spaces separate words. */
export function splitWords(text: string): string[] {
	return splitFoldedWords(foldText(text));
}

/** {@link splitWords} for text that is already folded. */
export function splitFoldedWords(folded: string): string[] {
	return splitLettersAndDigits(folded.includes('&') ? folded.replaceAll('&', ' and ') : folded);
}

/** Letters and digits only, after folding: `Meta-stasis` and `Metastasis`, `non contrast` and `non-contrast` agree. */
export function compactText(text: string): string {
	return compactFoldedText(foldText(text));
}

/** {@link compactText} for text that is already folded. */
export function compactFoldedText(folded: string): string {
	const text = folded.includes('&') ? folded.replaceAll('&', 'and') : folded;
	return PLAIN_ASCII.test(text) ? keepAsciiLowerLettersAndDigits(text) : keepLettersAndDigits(text);
}

/** A name part reduced to survive lost accents: letters only, `?`/U+FFFD dropped, vowels and doubled letters dropped from names of 4+ letters. */
export function nameKey(word: string): string {
	return reduceName(keepLettersAndDigits(foldText(word).replace(LOST_ACCENT, '')));
}

/** {@link nameKey} of a word that is already folded letters and digits only. */
export function reduceName(letters: string): string {
	if (letters.length < 4) {
		return letters;
	}
	return letters[0] + letters.slice(1).replace(VOWELS, '').replace(DOUBLED, '$1');
}
