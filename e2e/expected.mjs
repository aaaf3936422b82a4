// What a reader sees in test/fixtures/sample.txt (the WPRIM sample): the ten titles in file order, entries 5–8 repeating 3, 4, 1, 2.
const machineLearning = 'Machine learning model based on contrast enhanced CT images for predicting mitotic index in gastrointestinal stromal tumors: a dual-center study';
const artificialIntelligence = 'Development of an artificial intelligence-based automatic MRI scoring model for extramural vascular invasion in rectal cancer and its prognostic value';
const foundationModels = 'Medical Imaging Foundation Models:Paradigm Innovation in Precision Oncology';
const spectralCt = 'Diagnostic efficacy of spectral CT virtual non-contrast imaging combined with iodine mapping for differenti-ating early postoperative intracerebral hemorrhage from contrast extravasation after endovascular therapy';

/** The sample's entries: number, title and the 1-based line of the title. */
export const sampleEntries = [
	{ number: 1, line: 1, title: machineLearning },
	{ number: 2, line: 5, title: artificialIntelligence },
	{ number: 3, line: 9, title: foundationModels },
	{ number: 4, line: 13, title: spectralCt },
	{ number: 5, line: 17, title: foundationModels },
	{ number: 6, line: 21, title: spectralCt },
	{ number: 7, line: 25, title: machineLearning },
	{ number: 8, line: 29, title: artificialIntelligence },
	{ number: 9, line: 33, title: 'Application and progress of cardiac magnetic resonance quantitative technology in the evaluation of myocardial lesions' },
	{ number: 10, line: 37, title: 'Expert consensus on digital X-ray osteoarthrographic technique and protection specifications in Guangdong-Hong Kong-Macao Greater Bay Area' },
];

/** The language mode the status bar should show for a dump. */
export const languageName = 'Literature Dump';

/** Hover checks: where to point, and what the hover must say. */
export const hoverCases = [
	{ line: 1, column: 10, mustInclude: [/Diao W/, /Chinese Journal of Radiology/, /2025/, /AUC/, /0\.809/, /9\.52 gives P = 0\.002/] },
];

/**
 * Expand Selection (Shift+Alt+→) from inside "Xiaobo CHEN" on the author line of entry 1: the counts of selected
 * characters it must pass through, innermost first: the author, the author line, the whole entry (lines 1–4).
 */
export const selectionCase = { line: 2, column: 18, selectedCounts: ['Xiaobo CHEN'.length, 94, 3398] };

/** Problems: the lines (1-based) that must carry a duplicate warning, and how its message reads. */
export const duplicateProblems = { lines: [17, 21, 25, 29], message: /duplicate/i };

/** Quick fix: on a copy of the sample, remove entry 5 (a repeat of entry 3) and expect one copy of its title left. */
export const quickFixCase = { file: 'quickfix.litdump.txt', line: 17, column: 3, title: /remove/i, remainingTitle: foundationModels, remainingCount: 1 };

/** Export: the command, the answers to its prompts, and the file it must write into the workspace. */
export const exportCase = {
	command: 'Literature Dump: Export Citations…',
	answers: ['BibTeX', 'The whole file', 'Keep every entry', 'Save to a file…'],
	outputName: /\.bib$/,
	mustInclude: [/@\w+\{/, /Machine learning model/],
};
