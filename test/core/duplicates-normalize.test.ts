import { describe, expect, it } from 'vitest';
import { compactText, foldText, nameKey, repairMojibake, stripMarkup } from '../../core/src/duplicates/normalize';
import { compareJournals, expandLastPage, normalizeDoi, normalizeJournal, normalizePage, readSourceFields } from '../../core/src/duplicates/source';
import { normalizeTitle, stripTitleTags } from '../../core/src/duplicates/title';
import { keyAuthor } from '../../core/src/duplicates/fingerprint';

describe('text normalisation', () => {
	it('folds case, accents, ligatures and full-width forms', () => {
		expect(foldText('Évaluation ÆSTHETIC Straße')).toBe('evaluation aesthetic strasse');
		expect(foldText('ＣＴ（ＤＬＣＴ）：１２')).toBe('ct(dlct):12');
	});

	it('removes HTML and BibTeX leftovers', () => {
		expect(stripMarkup('{E}uropean <i>in vivo</i> R&amp;D &#233;')).toBe('European in vivo R&D é');
	});

	it('repairs UTF-8 read as Latin-1 and leaves other text alone', () => {
		expect(repairMojibake('JosÃ© MarÃ­a')).toBe('José María');
		expect(repairMojibake('Ä plain text')).toBe('Ä plain text');
	});

	it('compacts away punctuation, spaces and layout hyphens', () => {
		expect(compactText('Meta-stasis in non contrast CT')).toBe(compactText('Metastasis in non-contrast CT'));
		expect(compactText('Risk & reward')).toBe('riskandreward');
	});

	it('keys names so that lost accents and doubled letters still agree', () => {
		expect(nameKey('Cort?s')).toBe(nameKey('Cortés'));
		expect(nameKey('Martnez')).toBe(nameKey('Martínez'));
		expect(nameKey('Jammal')).toBe(nameKey('Jamal'));
		expect(nameKey('Hckerstedt')).toBe(nameKey('Hockerstedt'));
		expect(nameKey('Li')).not.toBe(nameKey('Lu'));
		expect(nameKey('Wang')).not.toBe(nameKey('Huang'));
	});

	it('keys every name word, in any order, without particles', () => {
		expect(keyAuthor('Zuber J').keys).toEqual(keyAuthor('J. Zuber').keys);
		expect(keyAuthor('van der Schaar M.').keys).toEqual([nameKey('Schaar')]);
		expect(keyAuthor('Biebuyck-Gouge N.').keys).toContain(nameKey('Biebuyck'));
		expect(keyAuthor('ALTS Study Group').group).toBe(true);
		expect(keyAuthor('Gong Jing').group).toBe(false);
	});
});

describe('title normalisation', () => {
	it('drops database tags and wrapping brackets', () => {
		expect(stripTitleTags('[Current aspects of HUS in children]. [Review] [16 refs] [Romanian]')).toBe('Current aspects of HUS in children');
		expect(stripTitleTags('Dynamics of HPV16 DNA load.[Erratum appears in J Clin Virol. 2006 Oct;37(2):137]')).toBe('Dynamics of HPV16 DNA load.');
	});

	it('reads kinds and numbered parts', () => {
		expect(normalizeTitle('Erratum: Gain-of-function mutations').markers).toEqual(['erratum']);
		expect(normalizeTitle('Rainmakers: Correction to Lee et al. (2014)').markers).toEqual(['erratum']);
		expect(normalizeTitle('Eculizumab for aHUS (vol 360, pg 542, 2009)').markers).toEqual(['erratum']);
		expect(normalizeTitle('Imaging, Part II: staging').markers).toEqual(['part 2']);
		expect(normalizeTitle('A phase III trial').markers).toEqual(['phase 3']);
		expect(normalizeTitle('Immune response to vaccination').markers).toEqual([]);
	});

	it('marks generic titles', () => {
		expect(normalizeTitle('Letter to the editor.').generic).toBe(true);
		expect(normalizeTitle('Editorial').generic).toBe(true);
		expect(normalizeTitle('Editorial policy of radiology journals').generic).toBe(false);
	});
});

describe('source normalisation', () => {
	it('relates abbreviated and full journal names', () => {
		const relate = (a: string, b: string) => compareJournals(normalizeJournal(a), normalizeJournal(b));
		expect(relate('Br J Haematol', 'British Journal of Haematology')).toBe('abbreviated');
		expect(relate('Pediatr Nephrol.', 'Pediatric Nephrology')).toBe('abbreviated');
		expect(relate('Dtsch-Med-Wochenschr', 'Deutsche medizinische Wochenschrift')).toBe('abbreviated');
		expect(relate('ICIS 2018', 'International Conference on Information Systems')).toBe('abbreviated');
		expect(relate('BMJ (Clinical research ed.)', 'BMJ')).toBe('same');
		expect(relate('Stroke', 'Canadian Journal of Neurological Sciences')).toBe('different');
	});

	it('reads page forms and DOIs', () => {
		expect(normalizePage('0283')).toBe('283');
		expect(normalizePage('e1234')).toBe('e1234');
		expect(normalizePage('No Pagination Specified')).toBeUndefined();
		expect(expandLastPage('283', '22')).toBe('322');
		expect(expandLastPage('1844', '59')).toBe('1859');
		expect(normalizeDoi('https://doi.org/10.1057/JIT.2008.23')).toBe('10.1057/jit.2008.23');
	});

	it('repairs a source line whose page the parser took for the year', () => {
		const fields = readSourceFields({ raw: 'The Journal of Political Economy 2016;124(6):1793', journal: 'The Journal of Political Economy 2016;124(6):', year: 1793 });
		expect(fields).toEqual({ journal: 'The Journal of Political Economy', year: 2016, volume: '124', issue: '6', firstPage: '1793', lastPage: undefined });
	});
});
