/**
 * Citation keys such as `diao2025machine`: first author's family name (a group author's initials), year, first
 * significant word of the title; ASCII only (Chinese names in pinyin, read as surnames: 单 → shan, 曾 → zeng), unique
 * within one export.
 */
import { isGroupName } from '../groupNames';
import type { Entry } from '../model';

/** The pattern used when none is given: family name of the first author, year, first significant title word. */
export const defaultCitationKeyPattern = '[auth][year][title]';

/** Turns Chinese characters into toneless pinyin syllables; `surname` reads them as a family name. */
export type Romanizer = (han: string, surname: boolean) => string;

const TOKEN = /\[([a-z]+)(?::([a-z]+))?\]/gi;
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const WORDS = /[\p{Script=Latin}\p{N}'’]+|\p{Script=Han}+/gu;
const COMBINING = /\p{M}/gu;
const SPACES = /\s+/u;
const NAME_WORD_BREAK = /[\s\-‐–—]+/u;
const LEADING_DIGIT = /^\d/;
const ALL_DIGITS = /^\d+$/;
const PLAIN_ASCII = /^[a-z0-9]*$/i;
const NOT_KEY = /[^a-z0-9]/g;
const LITERAL_NOT_KEY = /[^\w:-]/g;
const FOLDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ŀ: 'l', ħ: 'h' };
const STOPWORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'between', 'but', 'by', 'for', 'from', 'how', 'in', 'into', 'is', 'its', 'of', 'on', 'or', 'over', 'than', 'that', 'the', 'their', 'this', 'to', 'toward', 'towards', 'under', 'upon', 'using', 'via', 'what', 'when', 'which', 'with', 'within', 'without']);
/** Openings of Chinese titles that say nothing of the topic ("based on", "about", "a kind of", "on"). */
const HAN_OPENINGS = ['基于', '关于', '一种', '浅析', '浅谈', '试论', '探讨', '论'];
/** Two-character Chinese family names: a name starting with one of these keeps both characters as its surname. */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '司空', '夏侯', '轩辕', '令狐', '钟离', '闻人', '澹台', '申屠', '太史', '端木', '南宫', '西门', '呼延', '独孤', '万俟', '百里', '东郭', '南门', '羊舌', '第五', '左丘', '梁丘', '拓跋', '赫连']);

/**
 * One key per entry, in order, made from `pattern` (`[auth]`, `[year]`, `[title]`, `[shorttitle]`, `[journal]`,
 * `[number]`, each optionally `:upper` or `:capitalize`; other text is kept). A repeated key gets `a`, `b`, …
 * (the first keeps the bare key). Loads the pinyin table only when a name or title has Chinese characters.
 */
export async function makeCitationKeys(entries: readonly Entry[], pattern = defaultCitationKeyPattern): Promise<string[]> {
	const needsPinyin = entries.some((entry) => HAN.test(entry.title) || HAN.test(entry.leadAuthor?.family ?? ''));
	const romanize = needsPinyin ? await loadPinyinRomanizer() : dropHan;
	return makeCitationKeysWith(entries, pattern, romanize);
}

/** `makeCitationKeys` with a given romanizer, synchronous (for callers that already hold one, and for tests). */
export function makeCitationKeysWith(entries: readonly Entry[], pattern: string, romanize: Romanizer): string[] {
	const used = new Set<string>();
	const repeats = new Map<string, number>();
	return entries.map((entry) => {
		let base = expandPattern(entry, pattern, romanize);
		if (!base || LEADING_DIGIT.test(base)) {
			base = `ref${base || entry.number}`;
		}
		let key = base;
		let n = repeats.get(base) ?? 0;
		while (used.has(key)) {
			key = base + letterSuffix(n++);
		}
		repeats.set(base, n);
		used.add(key);
		return key;
	});
}

/** The citation-key tokens a pattern uses that litdump does not know (for a warning). */
export function findUnknownKeyTokens(pattern: string): string[] {
	return [...pattern.matchAll(TOKEN)].map((match) => match[1].toLowerCase()).filter((token) => !(token in TOKENS));
}

const TOKENS: Record<string, (entry: Entry, romanize: Romanizer) => string> = {
	auth: (entry, romanize) => {
		const lead = entry.leadAuthor;
		const family = lead?.family ?? '';
		if (lead && !lead.given && isGroupName(family, 0, family.length)) {
			// A group author (`Advisory Group for National Specialised Services`) by its initials: `agnss`.
			return initialsOf(family, NAME_WORD_BREAK);
		}
		return toAscii(family, romanize, true) || (family ? '' : 'anon');
	},
	year: (entry) => entry.source?.year?.toString() ?? '',
	title: (entry, romanize) => significantWords(entry.title, romanize, 1),
	shorttitle: (entry, romanize) => significantWords(entry.title, romanize, 3),
	journal: (entry) => initialsOf(entry.source?.journal ?? '', SPACES),
	number: (entry) => String(entry.number),
};

function expandPattern(entry: Entry, pattern: string, romanize: Romanizer): string {
	let key = '';
	let last = 0;
	for (const match of pattern.matchAll(TOKEN)) {
		const index = match.index ?? 0;
		key += pattern.slice(last, index).replace(LITERAL_NOT_KEY, '');
		last = index + match[0].length;
		const token = TOKENS[match[1].toLowerCase()];
		key += token ? applyCase(token(entry, romanize), match[2]) : '';
	}
	return key + pattern.slice(last).replace(LITERAL_NOT_KEY, '');
}

function applyCase(value: string, modifier: string | undefined): string {
	if (modifier === 'upper') {
		return value.toUpperCase();
	}
	return modifier === 'capitalize' ? value.charAt(0).toUpperCase() + value.slice(1) : value;
}

/**
 * The first letters, in ASCII, of the words of `name` (split at `breaks`) that are not stopwords: a journal's
 * (`Chinese Journal of Radiology` → `cjr`) or a group author's (`-FUTURE-II-Study-Group` → `fisg`).
 */
function initialsOf(name: string, breaks: RegExp): string {
	let initials = '';
	for (const word of name.split(breaks)) {
		if (word && !STOPWORDS.has(word.toLowerCase())) {
			initials += toAscii(word, dropHan, false).charAt(0);
		}
	}
	return initials;
}

/** The first `count` words of `title` that are neither stopwords nor bare numbers, in ASCII, joined. */
function significantWords(title: string, romanize: Romanizer, count: number): string {
	const words: string[] = [];
	for (const match of title.matchAll(WORDS)) {
		let word = match[0];
		if (HAN.test(word)) {
			const opening = HAN_OPENINGS.find((prefix) => word.startsWith(prefix));
			word = opening ? word.slice(opening.length) : word;
			word = word.slice(0, 2);
		} else if (STOPWORDS.has(word.toLowerCase()) || ALL_DIGITS.test(word)) {
			continue;
		}
		const ascii = toAscii(word, romanize, false);
		if (ascii) {
			words.push(ascii);
			if (words.length === count) {
				break;
			}
		}
	}
	return words.join('');
}

/** Lower-case ASCII letters and digits of `text`: accents dropped, ß → ss, Chinese characters in pinyin. */
export function toAscii(text: string, romanize: Romanizer, surname: boolean): string {
	if (PLAIN_ASCII.test(text)) {
		return text.toLowerCase();
	}
	let value = text;
	if (HAN.test(value)) {
		value = value.replace(HAN_RUN, (han) => {
			if (!surname) {
				return romanize(han, false);
			}
			const length = han.length >= 3 && COMPOUND_SURNAMES.has(han.slice(0, 2)) ? 2 : 1;
			return romanize(han.slice(0, length), true);
		});
	}
	value = value.normalize('NFKD').replace(COMBINING, '').toLowerCase();
	let folded = '';
	for (const char of value) {
		folded += FOLDED[char] ?? char;
	}
	return folded.replace(NOT_KEY, '');
}

/** `a`…`z`, then `aa`, `ab`, … for the n-th repeat (0-based). */
function letterSuffix(n: number): string {
	let suffix = '';
	let rest = n;
	do {
		suffix = String.fromCharCode(97 + (rest % 26)) + suffix;
		rest = Math.floor(rest / 26) - 1;
	} while (rest >= 0);
	return suffix;
}

function dropHan(): string {
	return '';
}

let pinyinRomanizer: Promise<Romanizer> | undefined;

/** The pinyin-pro romanizer, loaded on first use (its table costs ~300 ms to load). */
export function loadPinyinRomanizer(): Promise<Romanizer> {
	pinyinRomanizer ??= import('pinyin-pro').then(({ pinyin }) => (han: string, surname: boolean) =>
		pinyin(han, { toneType: 'none', type: 'array', mode: surname ? 'surname' : 'normal', v: true }).join(''));
	return pinyinRomanizer;
}
