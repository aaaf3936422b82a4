// Dumps that write full names family first (`Melville Nigel ; Kraemer Kenneth L.`): the order is found by a vote over
// the dump's names and decides which word of an ambiguous name is the family, in the outline and in every export.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitName, type NameOrder, type NameStyle } from '../../core/src/authors';
import { formatCitations } from '../../core/src/export/index';
import { formatCitationLine } from '../../core/src/hover';
import { findNameOrder } from '../../core/src/nameOrder';
import { buildOutline } from '../../core/src/outline';
import { parseDocument } from '../../core/src/parse';

const FAMILY_FIRST_LINES = [
	'Melville Nigel ; Kraemer Kenneth L. ; Gurbaxani Vijay',
	'Galliers Bob ; Jarvenpaa Sirkka',
	'Banker Rajiv D. ; Hu Nan ; Pavlou Paul A. ; Luftman Jerry N.',
	'Raghu T. S. ; Vinze Ajay S.',
];
const VANCOUVER_LINES = ['Andersson S ; Sowjanya P ; Wangsa D', 'Giorgi Rossi P ; Hernandez Avila M ; Ried T', 'Gravitt P E ; Kovacic M B'];
const WPRIM_LINES = ['Wenjun DIAO ; Xiaobo CHEN ; Ximing WANG', 'Zaiyi LIU ; Yunrui YE ; Lifen YAN'];

describe('the name order of a dump, by vote', () => {
	it('finds family first where names end in initials beside full given names', () => {
		expect(findNameOrder(FAMILY_FIRST_LINES)).toBe('family-first');
	});

	it('finds family first with initials where no given name is written in full (two-word families stay whole)', () => {
		expect(findNameOrder(VANCOUVER_LINES)).toBe('family-initials');
	});

	it('finds given name first in WPRIM dumps (families in capitals) and where names start with initials', () => {
		expect(findNameOrder(WPRIM_LINES)).toBe('given-first');
		expect(findNameOrder(['J. Smith ; Mary Jones ; K. L. Kraemer', 'Anna Berg ; T. S. Raghu'])).toBe('given-first');
	});

	it('is not turned around by a few family-first names among many full names, nor by one name alone', () => {
		const lines = Array.from({ length: 100 }, () => 'John Smith ; Mary Jones');
		expect(findNameOrder([...lines, 'Smith J ; Jones M'])).toBe('given-first');
		expect(findNameOrder(['Melville Nigel ; Kraemer Kenneth L.'])).toBe('given-first');
		expect(findNameOrder([])).toBe('given-first');
	});
});

describe('splitting a name in a dump of known order', () => {
	const split = (raw: string, order: Parameters<typeof splitName>[2]) => Object.values(splitName(raw, 'auto', order));

	it('reads the first word as the family in a family-first dump', () => {
		expect(split('Melville Nigel', 'family-first')).toEqual(['Melville', 'Nigel']);
		expect(split('Mahmood Mo Adam', 'family-first')).toEqual(['Mahmood', 'Mo Adam']);
		expect(split('Kraemer Kenneth L.', 'family-first')).toEqual(['Kraemer', 'Kenneth L.']);
		expect(split('Dellinger E. Patchen', 'family-first')).toEqual(['Dellinger', 'E. Patchen']);
		expect(split('Brown Robert D. Jr.', 'family-first')).toEqual(['Brown', 'Robert D.']);
		expect(split('DIAO Wenjun', 'family-first')).toEqual(['Diao', 'Wenjun']);
	});

	it('keeps particles with the family, but not a capitalised word that is a family of its own', () => {
		expect(split('van der Berg Jan', 'family-first')).toEqual(['van der Berg', 'Jan']);
		expect(split('Van Der Meulen D A J', 'family-first')).toEqual(['Van Der Meulen', 'D A J']);
		expect(split('Rodriguez de Cordoba Santiago', 'family-first')).toEqual(['Rodriguez de Cordoba', 'Santiago']);
		expect(split('Le Minh Hoang', 'family-first')).toEqual(['Le', 'Minh Hoang']);
		// Before initials even `Le`, `El` and capitalised joining particles belong to the family.
		expect(split('Le Quintrec M', 'family-first')).toEqual(['Le Quintrec', 'M']);
		expect(split('El Sawy Omar A.', 'family-first')).toEqual(['El Sawy', 'Omar A.']);
		expect(split('Gonzalez-De La Rosa C. H.', 'family-first')).toEqual(['Gonzalez-De La Rosa', 'C. H.']);
	});

	it('keeps St, Saint and San with the family that they open (from the LDD sets)', () => {
		expect(split('San Pedro Gerry S.', 'family-first')).toEqual(['San Pedro', 'Gerry S.']);
		expect(split('San Pedro G. S.', 'family-first')).toEqual(['San Pedro', 'G. S.']);
		expect(split('St. Louis Robert D.', 'family-first')).toEqual(['St. Louis', 'Robert D.']);
		expect(split('St Peter Shawn D.', 'family-first')).toEqual(['St Peter', 'Shawn D.']);
		expect(split('St John T L', 'family-initials')).toEqual(['St John', 'T L']);
		expect(split('John St Clair', 'given-first')).toEqual(['St Clair', 'John']);
		expect(split('Marie Sainte Croix', 'given-first')).toEqual(['Sainte Croix', 'Marie']);
		// Two words leave nothing to open: the first is the family. Given name first, `San` before the last word is as
		// often a syllable of a given name (`Xiao San Wang`), so only the saints open a family there.
		expect(split('San Wei', 'family-first')).toEqual(['San', 'Wei']);
		expect(split('Xiao San Wang', 'given-first')).toEqual(['Wang', 'Xiao San']);
		expect(split('Santiago Lopez', 'given-first')).toEqual(['Lopez', 'Santiago']);
		expect(split('Stan Lee', 'family-first')).toEqual(['Stan', 'Lee']);
	});

	it('keeps a two-word family before initials where the dump writes given names as initials', () => {
		expect(split('Garcia Marquez G', 'family-initials')).toEqual(['Garcia Marquez', 'G']);
		expect(split('Melville Nigel', 'family-initials')).toEqual(['Melville', 'Nigel']);
	});

	it('reads as before in a given-first dump', () => {
		expect(split('Melville Nigel', 'given-first')).toEqual(['Nigel', 'Melville']);
		expect(split('Kenneth L. Kraemer', 'given-first')).toEqual(['Kraemer', 'Kenneth L.']);
		expect(split('Wenjun DIAO', 'family-first')).toEqual(['Diao', 'Wenjun']);
	});
});

describe('a family-first dump in the outline and exports', () => {
	const dump = [
		'1.Review - Information Technology and Organizational Performance',
		FAMILY_FIRST_LINES[0],
		'MIS Quarterly 2004;28(2):283-322',
		'2.Editorial',
		FAMILY_FIRST_LINES[1],
		'The Journal of Strategic Information Systems 2003;12(1):3-5',
		'3.CIO Reporting Structure, Strategic Positioning, and Firm Performance',
		FAMILY_FIRST_LINES[2],
		'MIS Quarterly 2011;35(2):487-504',
		'',
	].join('\n');
	const parsed = parseDocument(dump);

	it('names each paper by its real first author', () => {
		expect(buildOutline(parsed).map((item) => item.detail)).toEqual([
			'Melville N et al. · MIS Quarterly 2004',
			'Galliers B et al. · The Journal of Strategic Information Systems 2003',
			'Banker RD et al. · MIS Quarterly 2011',
		]);
		expect(parsed.entries[0].authors.map((author) => [author.family, author.given])).toEqual([
			['Melville', 'Nigel'], ['Kraemer', 'Kenneth L.'], ['Gurbaxani', 'Vijay'],
		]);
		expect(formatCitationLine(parsed.entries[0])).toMatch(/^Melville N, Kraemer KL, Gurbaxani V\. Review/u);
	});

	it('exports family and given names the right way round, and keys by the real family', async () => {
		const { content } = await formatCitations(dump, parsed.entries.slice(0, 1), 'bibtex');
		expect(content).toContain('@article{melville2004review,');
		expect(content).toContain('author = {Melville, Nigel and Kraemer, Kenneth L. and Gurbaxani, Vijay}');
		const apa = await formatCitations(dump, parsed.entries.slice(1, 2), 'apa');
		expect(apa.content).toContain('Galliers, B., & Jarvenpaa, S. (2003).');
	});
});

describe('a name split in any order keeps every word', () => {
	it('puts each word of the name (suffixes aside) in the family or the given name, once', () => {
		const word = fc.constantFrom('Melville', 'Nigel', 'DIAO', 'Wenjun', 'L.', 'T.S.', 'W', 'PE', 'van', 'der', 'De', 'la', 'Le', 'Jr.', 'II', "O'Keefe", 'Ragu-Nathan', 'Müller', 'Li', 'YAN');
		const name = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
		const order = fc.constantFrom<NameOrder>('given-first', 'family-first', 'family-initials');
		const style = fc.constantFrom<NameStyle>('auto', 'capital-families', 'initials');
		const key = (text: string) => text.split(/\s+/).filter(Boolean).map((part) => part.toLowerCase()).sort();
		fc.assert(fc.property(name, style, order, (raw, lineStyle, dumpOrder) => {
			const { family, given } = splitName(raw, lineStyle, dumpOrder);
			const kept = key(raw).filter((part) => !['jr.', 'ii'].includes(part));
			expect(key(`${family} ${given}`)).toEqual(kept.length > 0 ? kept : key(raw));
			expect(family.length > 0 || kept.length === 0).toBe(true);
		}), { numRuns: 5000 });
	});
});
