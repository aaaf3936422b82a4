/** Title normalisation: database tags such as `[Review]` or `[Spanish]` removed, compact form, kind markers, shingles. */
import { compactFoldedText, foldText, splitFoldedWords } from './normalize';

const TRAILING_TAG = /\[[^[\]]{1,400}\][\s.]*$/u;
const CORRECTION_REFERENCE = /\(vol\.? ?\d+[,;]? pg?\.? ?[\da-z]+[,;]? \d{4}\)[\s.]*$/iu;
const LEADING_KIND = /^(?:erratum|correction|corrigendum|retraction|reply|comment|commentary)(?: (?:to|on|of|for)\b)?[\s:.-]*/iu;
const TRAILING_PARENTHESIS = /\([^()]*(?:\([^()]*\)[^()]*)*\)[\s.]*$/u;
const MARKER_HINT = /errat|corrig|correct|repl|respon|rejoin|comment|retract|withdrawn|notice|part|phase|vol/u;
const NUMBER_WORD = /^\d{1,3}$/u;
const WRAPPED_TITLE = /^\s*\[([^[\]]+)\][\s.]*$/u;
const GENERIC_TITLES = new Set([
	'editorial', 'editorials', 'letter', 'letters', 'lettertotheeditor', 'letterstotheeditor', 'lettertoeditor', 'reply', 'authorsreply', 'replytotheeditor',
	'response', 'commentary', 'comment', 'correspondence', 'introduction', 'preface', 'foreword', 'erratum', 'errata', 'correction', 'corrigendum',
	'news', 'abstracts', 'posterabstracts', 'index', 'contents', 'tableofcontents', 'bookreview', 'bookreviews', 'inbrief', 'notes', 'conclusion',
	'conclusions', 'summary', 'discussion', 'untitled', 'notitle', 'anonymous', 'guesteditorial', 'editorsnote', 'fromtheeditor', 'announcement',
]);
const LEADING_KINDS: Record<string, string> = {
	erratum: 'erratum', errata: 'erratum', corrigendum: 'erratum', correction: 'erratum', corrections: 'erratum',
	reply: 'reply', response: 'reply', rejoinder: 'reply', comment: 'comment', comments: 'comment', commentary: 'comment',
	retraction: 'retraction', retracted: 'retraction', withdrawn: 'retraction',
};
const TRAILING_KINDS: Record<string, string> = { erratum: 'erratum', corrigendum: 'erratum', reply: 'reply', retraction: 'retraction', retracted: 'retraction' };
const KIND_PHRASES: Record<string, string> = {
	'correction to': 'erratum', 'erratum to': 'erratum', 'corrigendum to': 'erratum', 'correction for': 'erratum', 'erratum for': 'erratum',
	'reply to': 'reply', 'in reply': 'reply', 'authors reply': 'reply', 'comment on': 'comment', 'commentary on': 'comment', 'comments on': 'comment',
	'retraction of': 'retraction', 'retraction notice': 'retraction',
};
const PHRASE_STARTS = new Set(Object.keys(KIND_PHRASES).map((phrase) => phrase.slice(0, phrase.indexOf(' '))));
const PART_WORDS = new Set(['part', 'phase', 'volume', 'vol']);
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9', x: '10', a: 'a', b: 'b', c: 'c' };

/** The normalised forms of one title that comparison and blocking read. */
export interface TitleForms {
	/** Letters and digits only, tags removed: the form compared for equality and shingled. */
	compact: string;
	/** `compact` without a leading kind (`Erratum:`) or a trailing parenthesis (a cited source): an extra blocking form. */
	core: string;
	/** Kinds the title declares (`erratum`, `reply`, `comment`, `retraction`) and numbered parts (`part 2`, `phase 3`). */
	markers: string[];
	/** True for titles that name a kind of item rather than a paper, e.g. `Editorial`, `Letter to the editor`. */
	generic: boolean;
}

/** The title without trailing database tags (`[Review] [16 refs] [Romanian]`) and without wrapping brackets. */
export function stripTitleTags(title: string): string {
	if (!title.includes('[')) {
		return title;
	}
	let current = title;
	for (let guard = 0; guard < 4; guard++) {
		const stripped = current.replace(TRAILING_TAG, '').trimEnd();
		if (stripped === current || stripped.trim().length < 3) {
			break;
		}
		current = stripped;
	}
	const wrapped = WRAPPED_TITLE.exec(current);
	return wrapped ? wrapped[1] : current;
}

/** Normalises a title for comparison; see {@link TitleForms}. */
export function normalizeTitle(title: string): TitleForms {
	const tagged = stripTitleTags(title);
	const correction = tagged.includes('(') && CORRECTION_REFERENCE.test(tagged);
	const bare = correction ? tagged.replace(CORRECTION_REFERENCE, '').trimEnd() : tagged;
	const folded = foldText(bare);
	const compact = compactFoldedText(folded);
	const markers = MARKER_HINT.test(folded) ? findMarkers(splitFoldedWords(folded)) : [];
	const trimmed = bare.trimStart().replace(LEADING_KIND, '').replace(TRAILING_PARENTHESIS, '').trimEnd();
	return {
		compact,
		core: trimmed === bare ? compact : compactFoldedText(foldText(trimmed)),
		markers: !correction || markers.includes('erratum') ? markers : ['erratum', ...markers].sort(),
		generic: compact.length === 0 || GENERIC_TITLES.has(compact),
	};
}

/** Kinds a title declares by its first or last word (`Erratum`, `Reply`, `Retraction`) and numbered parts (`Part II` → `part 2`). */
export function findMarkers(words: string[]): string[] {
	const markers = new Set<string>();
	const kind = LEADING_KINDS[words[0]] ?? (words[0] === 'notice' && words[2] === 'retraction' ? 'retraction' : undefined) ?? TRAILING_KINDS[words[words.length - 1]];
	if (kind) {
		markers.add(kind);
	}
	for (let i = 0; i + 1 < words.length; i++) {
		const phrase = PHRASE_STARTS.has(words[i]) ? KIND_PHRASES[`${words[i]} ${words[i + 1]}`] : undefined;
		if (phrase) {
			markers.add(phrase);
		}
	}
	for (let i = 0; i + 1 < words.length; i++) {
		if (PART_WORDS.has(words[i])) {
			const next = words[i + 1];
			const number = NUMBER_WORD.test(next) ? String(Number(next)) : words[i] === 'part' || words[i] === 'phase' ? ROMAN[next] : undefined;
			if (number) {
				markers.add(`${words[i] === 'vol' ? 'volume' : words[i]} ${number}`);
			}
		}
	}
	return [...markers].sort();
}

/** Sorted distinct 32-bit hashes of the character trigrams of `compact` (works for CJK, which has no spaces). */
export function shingleTitle(compact: string): Int32Array {
	if (compact.length < 3) {
		return compact.length > 0 ? Int32Array.of(hashString(compact, 0, compact.length)) : new Int32Array(0);
	}
	const size = compact.length - 2;
	if (scratch.length < size && size <= MAX_SCRATCH) {
		scratch = new Int32Array(size * 2);
	}
	// A longer (hostile) title gets work space of its own, not kept afterwards.
	const hashes = size <= scratch.length ? scratch.subarray(0, size) : new Int32Array(size);
	for (let i = 0; i < size; i++) {
		hashes[i] = hashString(compact, i, i + 3);
	}
	hashes.sort();
	let unique = 0;
	for (let i = 0; i < size; i++) {
		if (i === 0 || hashes[i] !== hashes[i - 1]) {
			hashes[unique++] = hashes[i];
		}
	}
	return hashes.slice(0, unique);
}

/** Reused work space of {@link shingleTitle}, so that each title allocates only its result; it grows up to `MAX_SCRATCH`. */
let scratch = new Int32Array(512);
const MAX_SCRATCH = 1 << 14;

/** FNV-1a over the UTF-16 code units of `text[start, end)`, continuing from `seed` to hash several parts as one. */
export function hashString(text: string, start: number, end: number, seed = 0x811c9dc5): number {
	let hash = seed;
	for (let i = start; i < end; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash | 0;
}

/** Dice coefficient of two sorted shingle sets: 1 for equal titles, near 0 for unrelated ones. */
export function diceSimilarity(a: Int32Array, b: Int32Array): number {
	if (a.length === 0 || b.length === 0) {
		return 0;
	}
	let i = 0;
	let j = 0;
	let shared = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			shared++;
			i++;
			j++;
		} else if (a[i] < b[j]) {
			i++;
		} else {
			j++;
		}
	}
	return (2 * shared) / (a.length + b.length);
}
