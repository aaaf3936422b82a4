/** The export formats litdump writes, with what an editor needs to save or show each one. */

/** One export format: data for a reference manager, or a formatted reference list. */
export type ExportFormat = 'bibtex' | 'biblatex' | 'ris' | 'csl-json' | 'enw' | 'vancouver' | 'apa' | 'gbt7714';

/** How an editor offers a format: its label, file extension, editor language and whether it is a formatted list. */
export interface ExportFormatInfo {
	id: ExportFormat;
	label: string;
	/** The file extension with its dot, e.g. `.bib`. */
	extension: string;
	/** A VS Code language identifier for showing the result in an editor. */
	languageId: string;
	/** True for reference lists formatted by a citation style (slower: they load citeproc and report progress). */
	formatted: boolean;
}

/** Every export format, in the order a picker should list them. */
export const exportFormats: readonly ExportFormatInfo[] = [
	{ id: 'bibtex', label: 'BibTeX', extension: '.bib', languageId: 'bibtex', formatted: false },
	{ id: 'biblatex', label: 'BibLaTeX', extension: '.bib', languageId: 'bibtex', formatted: false },
	{ id: 'ris', label: 'RIS (EndNote, Zotero, Mendeley)', extension: '.ris', languageId: 'plaintext', formatted: false },
	{ id: 'csl-json', label: 'CSL-JSON', extension: '.json', languageId: 'json', formatted: false },
	{ id: 'enw', label: 'EndNote tagged', extension: '.enw', languageId: 'plaintext', formatted: false },
	{ id: 'vancouver', label: 'Vancouver (NLM) reference list', extension: '.txt', languageId: 'plaintext', formatted: true },
	{ id: 'apa', label: 'APA 7th edition reference list', extension: '.txt', languageId: 'plaintext', formatted: true },
	{ id: 'gbt7714', label: 'GB/T 7714-2015 (numeric) reference list', extension: '.txt', languageId: 'plaintext', formatted: true },
];

/** The description of `format`, or undefined for an unknown id (e.g. from a setting or a command line). */
export function findExportFormat(format: string): ExportFormatInfo | undefined {
	return exportFormats.find((info) => info.id === format);
}
