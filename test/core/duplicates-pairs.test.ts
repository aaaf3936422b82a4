import { describe, expect, it } from 'vitest';
import { BASE, judgeEntries, type EntryParts } from './duplicates-helpers';

const variant = (change: Partial<EntryParts>): EntryParts => ({ ...BASE, ...change });

/** Pairs that differ only in ways exports introduce: each must still be a certain duplicate (a Warning). */
const CERTAIN: Array<[string, EntryParts, EntryParts]> = [
	['title case', BASE, variant({ title: BASE.title.toUpperCase() })],
	['punctuation and spacing', BASE, variant({ title: 'Machine learning model based on contrast-enhanced CT images for predicting mitotic index in gastrointestinal stromal tumors - a dual center study.' })],
	['diacritics', variant({ title: 'Évaluation de la tomodensitométrie spectrale chez les patients âgés', source: 'Journal de Radiologie 2020;101(3):120-128' }), variant({ title: 'Evaluation de la tomodensitometrie spectrale chez les patients ages', source: 'Journal de Radiologie 2020;101(3):120-128' })],
	['full-width punctuation', BASE, variant({ title: BASE.title.replace(': ', '：') })],
	['layout hyphen', variant({ title: 'Diagnostic efficacy of spectral CT for differentiating early postoperative intracerebral hemorrhage' }), variant({ title: 'Diagnostic efficacy of spectral CT for differenti-ating early postoperative intracerebral hemorrhage' })],
	['BibTeX braces', variant({ title: 'Adoption of open data in {E}uropean {I}nformation {S}ystems research' }), variant({ title: 'Adoption of open data in European Information Systems research' })],
	['HTML entities and tags', variant({ title: 'Risk &amp; reward of <i>in vivo</i> imaging in oncology trials' }), variant({ title: 'Risk & reward of in vivo imaging in oncology trials' })],
	['database tags', variant({ title: 'Current aspects of hemolytic uremic syndrome in children' }), variant({ title: '[Current aspects of hemolytic uremic syndrome in children]. [Review] [16 refs] [Romanian]' })],
	['names as Family Given initials', BASE, variant({ authors: 'Diao W ; Chen X ; Wang X ; Wang H ; Liu Z' })],
	['names as Family, Given', BASE, variant({ authors: 'Diao, Wenjun ; Chen, Xiaobo ; Wang, Ximing ; Wang, Hexiang ; Liu, Zaiyi' })],
	['lost accents in names', variant({ authors: 'Cortés-Gutiérrez E ; Martínez L' }), variant({ authors: 'Cort?s-Guti?rrez E ; Martnez L' })],
	['abbreviated journal', variant({ source: 'British Journal of Haematology 2009;145(2):23-30' }), variant({ source: 'Br J Haematol. 2009;145(2):23-30' })],
	['page range forms', variant({ source: 'Journal of Information Technology 2018;33(2):283--322' }), variant({ source: 'Journal of Information Technology 2018;33(2):283-22' })],
	['same DOI, shortened title', variant({ source: 'Chinese Journal of Radiology 2025;59(5):549-557 doi:10.3760/cma.j.cn112149-20240101-00001' }), variant({ title: 'Machine learning model based on contrast enhanced CT images for predicting mitotic index', source: 'Chinese Journal of Radiology 2025;59(5):549-557 doi:10.3760/CMA.J.CN112149-20240101-00001' })],
];

/** Weaker but real evidence: must be a possible duplicate (Information), never a Warning. */
const POSSIBLE: Array<[string, EntryParts, EntryParts]> = [
	['similar title, year ±1, no pages', variant({ source: 'International Conference on Information Systems 2017' }), variant({ title: `${BASE.title} and beyond`.replace('a dual-center', 'a two-center'), source: 'ICIS 2018' })],
	['subtitle dropped, no pages on one', variant({ title: 'Infrastructure in the wild: what mapping in post-earthquake Nepal reveals about infrastructural emergence', source: 'Proceedings of the CHI Conference on Human Factors in Computing Systems 2016:2796-2807' }), variant({ title: 'Infrastructure in the wild', source: 'Proceedings of the CHI Conference on Human Factors in Computing Systems 2016:2796-2807' })],
	['erratum notice of the paper (same journal, volume, authors)', BASE, variant({ title: `Erratum: ${BASE.title}`, source: 'Chinese Journal of Radiology 2025;59(9):1100' })],
];

/** Each veto: two entries that look alike but are different papers; neither tier may be given. */
const VETOED: Array<[string, string, EntryParts, EntryParts]> = [
	['different-doi', 'different DOIs', variant({ source: 'Journal of Information Technology 2010;25(1):56-64 doi:10.1057/jit.2008.23' }), variant({ source: 'Journal of Information Technology 2010;25(1):56-64 doi:10.1057/jit.2009.2' })],
	['different-volume', 'different volumes', BASE, variant({ source: 'Chinese Journal of Radiology 2025;60(5):549-557' })],
	['different-issue', 'different issues', variant({ title: "Editor's comments on the state of the discipline", authors: 'Weber Ron', source: 'MIS Quarterly 2003;27(1):iii-v' }), variant({ title: "Editor's comments on the state of the discipline", authors: 'Weber Ron', source: 'MIS Quarterly 2003;27(3):iii-xii' })],
	['different-kind', 'comment vs article', BASE, variant({ title: `Comment on: ${BASE.title}`, authors: 'Tom SMITH ; Ann JONES', source: 'Chinese Journal of Radiology 2025;59(8):900' })],
	['different-kind', 'reply vs article', BASE, variant({ title: `${BASE.title} - Reply`, authors: 'Tom SMITH', source: 'Chinese Journal of Radiology 2025;59(8):901' })],
	['different-kind', 'retraction vs article', BASE, variant({ title: `Retraction: ${BASE.title}`, authors: 'Editorial Office', source: 'Chinese Journal of Radiology 2025;59(12):1400' })],
	['different-kind', 'erratum vs article', BASE, variant({ title: `Erratum: ${BASE.title}`, authors: 'Editorial Office', source: 'Chinese Journal of Radiology 2025;59(9):1100' })],
	['different-part', 'part 1 vs part 2', variant({ title: 'Imaging of pancreatic cancer, part 1: detection and staging' }), variant({ title: 'Imaging of pancreatic cancer, part 2: detection and staging' })],
	['different-part', 'phase 2 vs phase 3', variant({ title: 'A phase II trial of eculizumab in adults with atypical hemolytic uremic syndrome' }), variant({ title: 'A phase III trial of eculizumab in adults with atypical hemolytic uremic syndrome' })],
	['generic-title', 'generic title', variant({ title: 'Editorial', authors: 'Anonymous', source: 'Radiology 2020;294(1):1' }), variant({ title: 'Editorial', authors: 'Anonymous', source: 'Radiology 2020;294(1):250' })],
	['year-gap', 'years 2008 and 2012', variant({ source: 'Cochrane Database of Systematic Reviews 2008:CD006828' }), variant({ source: 'Cochrane Database of Systematic Reviews 2012:CD006828' })],
];

describe('duplicate pairs', () => {
	it.each(CERTAIN)('%s: certain duplicate', (_name, a, b) => {
		const verdict = judgeEntries(a, b);
		expect(verdict.veto).toBeUndefined();
		expect(verdict.tier).toBe('duplicate');
	});

	it.each(POSSIBLE)('%s: possible duplicate only', (_name, a, b) => {
		expect(judgeEntries(a, b).tier).toBe('possible');
	});

	it.each(VETOED)('veto %s (%s): not matched', (code, reason, a, b) => {
		const verdict = judgeEntries(a, b);
		expect(verdict.tier).toBeUndefined();
		expect(verdict.veto?.code).toBe(code);
		expect(verdict.veto?.reason).toContain(reason.split(' ')[0]);
	});

	it('does not match two different papers by the same authors in the same journal', () => {
		const other = variant({ title: 'Deep learning for predicting lymph node metastasis in rectal cancer on multiparametric MRI', source: 'Chinese Journal of Radiology 2025;59(7):700-708' });
		expect(judgeEntries(BASE, other).tier).toBeUndefined();
	});

	it('a generic title matches when source and authors agree too', () => {
		const editorial = variant({ title: 'Editorial', authors: 'Smith J ; Jones A', source: 'Radiology 2020;294(1):1-2' });
		expect(judgeEntries(editorial, { ...editorial, title: 'EDITORIAL.' }).tier).toBe('duplicate');
	});

	it('is symmetric', () => {
		for (const [, a, b] of [...CERTAIN, ...POSSIBLE]) {
			expect(judgeEntries(b, a).tier).toBe(judgeEntries(a, b).tier);
		}
	});
});
