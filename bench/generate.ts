/** Deterministic synthetic dumps in the WPRIM dialect, for the benchmark: realistic titles, authors and abstracts. */

const TOPICS = ['hepatocellular carcinoma', 'rectal cancer', 'gastrointestinal stromal tumors', 'pulmonary nodules', 'acute ischemic stroke', 'breast cancer', 'coronary artery disease', 'osteoarthritis', 'glioma', 'prostate cancer', 'thyroid nodules', 'pancreatic cancer'];
const METHODS = ['radiomics model', 'deep learning model', 'dual-energy CT', 'diffusion-weighted MRI', 'contrast-enhanced ultrasound', 'spectral CT', 'PET/CT', 'machine learning nomogram'];
const AIMS = ['predicting', 'diagnosing', 'staging', 'differentiating', 'assessing prognosis of', 'grading'];
const GIVEN = ['Wenjun', 'Xiaobo', 'Ximing', 'Hexiang', 'Yanqi', 'Zaiyi', 'Lifen', 'Haitao', 'Yun', 'Wei', 'Junhui', 'Chulan', 'Ruohong', 'Liqi'];
const FAMILY = ['DIAO', 'CHEN', 'WANG', 'HUANG', 'LIU', 'YAN', 'CUI', 'FENG', 'TAN', 'LUO', 'ZHENG', 'OU', 'CAO', 'ZHAO', 'SHI'];
const JOURNALS = ['Chinese Journal of Radiology', 'Journal of Practical Radiology', 'Chinese Journal of Medical Imaging Technology', 'Radiologic Practice', 'Journal of Clinical Radiology'];
const FILLER = 'The images were reviewed independently by two radiologists blinded to the pathological results, and disagreements were resolved by consensus. Features were extracted from the volume of interest, reduced with the least absolute shrinkage and selection operator, and combined with clinical factors in a multivariable logistic regression.';

/** A small seeded pseudo-random generator (mulberry32), so every run produces the same text. */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The text of one synthetic paper (title, authors, source and a ~1,500-character structured abstract). */
export function generateEntry(number: number, random: () => number): string {
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
	const title = `${pick(METHODS)[0].toUpperCase()}${pick(METHODS).slice(1)} for ${pick(AIMS)} ${pick(TOPICS)}: a ${random() < 0.5 ? 'multicenter' : 'retrospective'} study of ${100 + Math.floor(random() * 900)} patients`;
	const authorCount = 3 + Math.floor(random() * 8);
	const authors = Array.from({ length: authorCount }, () => `${pick(GIVEN)} ${pick(FAMILY)}`).join(' ; ');
	const year = 2015 + Math.floor(random() * 11);
	const first = 1 + Math.floor(random() * 2000);
	const source = `${pick(JOURNALS)} ${year};${1 + Math.floor(random() * 60)}(${1 + Math.floor(random() * 12)}):${first}-${first + 3 + Math.floor(random() * 10)}`;
	const n = 100 + Math.floor(random() * 900);
	const auc = (0.7 + random() * 0.25).toFixed(3);
	const abstract = `Objective:To evaluate the value of ${pick(METHODS)} in ${pick(AIMS)} ${pick(TOPICS)}.Methods:A total of ${n} patients were enrolled and divided into a training cohort (n=${Math.floor(n * 0.7)}) and a validation cohort (n=${n - Math.floor(n * 0.7)}). ${FILLER} ${FILLER}Results:The AUC of the model was ${auc} (95% CI ${(Number(auc) - 0.05).toFixed(3)}-${Math.min(0.999, Number(auc) + 0.05).toFixed(3)}), with a sensitivity of ${(70 + random() * 25).toFixed(1)}% and specificity of ${(70 + random() * 25).toFixed(1)}% (P<0.001).Conclusions:The ${pick(METHODS)} performs well for ${pick(TOPICS)} and may help clinical decision making.`;
	return `${number}.${title}\n${authors}\n${source}\n${abstract}\n`;
}

/** A whole dump of `count` entries with the WPRIM page footer. */
export function generateDump(count: number, seed = 42): string {
	const random = createRandom(seed);
	const parts: string[] = [];
	for (let i = 1; i <= count; i++) {
		parts.push(generateEntry(i, random));
	}
	parts.push('\nResult Analysis\nPrint\nSave\nE-mail\n');
	return parts.join('');
}
