/**
 * How a dump writes names in full, by a vote over its author lines. `Melville Nigel` alone cannot say which word is the
 * family, but the dump's other names can: one that ends with initials (`Kraemer Kenneth L.`, `Sonnappa S.`) or starts
 * with a family in capitals (`DIAO Wenjun`) is written family first; one that starts with initials (`J. Smith`) or
 * ends with a family in capitals (`Wenjun DIAO`) is written given name first.
 */
import { lineStyle, separatorOf } from './authors';
import { pieceEnd } from './authorLines';
import { isGroupName } from './groupNames';
import { hasCode, hasVowel, isCapitalsWord, isInitials, isParticle, isSuffix, isWhiteSpace, skipWhiteSpace, skipWhiteSpaceBack } from './nameWords';
import { MAX_NAME_LENGTH, type NameOrder, type NameStyle } from './names';

/** The most author lines a vote reads: a dump comes from one database, so its first lines tell. */
export const NAME_ORDER_SAMPLE = 500;
const DOT = 0x2e;
const COMMA = 0x2c;

/** The tally of one vote. */
interface Votes {
	familyFirst: number;
	givenFirst: number;
	/** Names of two or more full words and no initials, whose order only the vote can tell. */
	fullNames: number;
}

/**
 * The name order of a dump whose author lines are `lines` (the first {@link NAME_ORDER_SAMPLE} are read). Family first
 * needs at least two names that show it, three times as many as show the other order, and one for every fifty full
 * names (a few stray `Smith J` among thousands of `John Smith` do not turn a dump around); it is `family-first` when
 * the dump writes given names in full (one name in fifty of full words), else `family-initials`.
 */
export function findNameOrder(lines: readonly string[]): NameOrder {
	const votes: Votes = { familyFirst: 0, givenFirst: 0, fullNames: 0 };
	let names = 0;
	for (let k = 0; k < lines.length && k < NAME_ORDER_SAMPLE; k++) {
		names += voteOnLine(lines[k], votes);
	}
	const { familyFirst, givenFirst, fullNames } = votes;
	if (familyFirst < 2 || familyFirst < 3 * givenFirst || familyFirst * 50 < fullNames) {
		return 'given-first';
	}
	return fullNames >= 2 && fullNames * 50 >= names ? 'family-first' : 'family-initials';
}

/** Adds the votes of the names of `line` to `votes`; returns how many names it has. */
function voteOnLine(line: string, votes: Votes): number {
	const separator = separatorOf(line);
	const style = separator === ',' ? 'initials' : lineStyle(line, separator);
	let names = 0;
	for (let from = 0, end = 0; end < line.length; from = end + 1) {
		end = pieceEnd(line, from, separator);
		const start = skipWhiteSpace(line, from, end);
		const stop = skipWhiteSpaceBack(line, start, end);
		if (stop > start) {
			names++;
			voteOnName(line, start, stop, style, votes);
		}
	}
	return names;
}

/** The word shapes a vote tells apart. */
const enum Shape { Initials, Capitals, Full, Particle, Other }

/** The vote of the name `line[start, end)`, if its shape shows an order. */
function voteOnName(line: string, start: number, end: number, style: NameStyle, votes: Votes): void {
	if (end - start > MAX_NAME_LENGTH || hasCode(line, start, end, COMMA) || isGroupName(line, start, end)) {
		return;
	}
	let first: Shape | undefined;
	let last: Shape = Shape.Other;
	let words = 0;
	let full = 0;
	let initials = 0;
	for (let wordStart = start; wordStart < end;) {
		let wordEnd = wordStart;
		while (wordEnd < end && !isWhiteSpace(line.charCodeAt(wordEnd))) {
			wordEnd++;
		}
		if (!isSuffix(line, wordStart, wordEnd)) {
			last = shapeOf(line, wordStart, wordEnd, style);
			first ??= last;
			words++;
			full += last === Shape.Full ? 1 : 0;
			initials += last === Shape.Initials ? 1 : 0;
		}
		wordStart = skipWhiteSpace(line, wordEnd, end);
	}
	if (words < 2 || first === undefined) {
		return;
	}
	if (last === Shape.Initials && first !== Shape.Initials) {
		votes.familyFirst++;
	} else if (first === Shape.Initials && last === Shape.Full) {
		votes.givenFirst++;
	} else if (last === Shape.Capitals && first !== Shape.Capitals) {
		votes.givenFirst++;
	} else if (first === Shape.Capitals && last === Shape.Full) {
		votes.familyFirst++;
	} else if (initials === 0 && full >= 2 && (first === Shape.Full || first === Shape.Particle) && last === Shape.Full) {
		votes.fullNames++;
	}
}

/**
 * The shape of the word `line[start, end)`: initials (`W`, `T.S.`, `PE`: a dot, one letter, or capitals without a vowel),
 * a family in capitals (`DIAO`, or `LI` on a line whose names end in capitals), a capitalised full word, a particle.
 */
function shapeOf(line: string, start: number, end: number, style: NameStyle): Shape {
	const capitals = isCapitalsWord(line, start, end);
	if (capitals && end - start >= 2 && (style === 'capital-families' || (end - start >= 4 && hasVowel(line, start, end)))) {
		return Shape.Capitals;
	}
	if (isInitials(line, start, end)) {
		return end - start === 1 || hasCode(line, start, end, DOT) || !hasVowel(line, start, end) ? Shape.Initials : Shape.Other;
	}
	if (isParticle(line, start, end)) {
		return Shape.Particle;
	}
	return !capitals && isCapitalised(line, start, end) ? Shape.Full : Shape.Other;
}

/** A capital, then at least one lowercase letter (`Melville`, `McKnight`, `O'Keefe`, `Müller`). */
function isCapitalised(line: string, start: number, end: number): boolean {
	const first = line[start];
	if (end - start < 2 || first.toUpperCase() !== first || first.toLowerCase() === first) {
		return false;
	}
	const rest = line.slice(start + 1, end);
	return rest.toUpperCase() !== rest;
}
