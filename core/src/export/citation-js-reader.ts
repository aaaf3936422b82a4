/**
 * Reads BibTeX, BibLaTeX or CSL-JSON back with citation-js's own parsers: the round-trip tests' referee, and a start
 * for imports. Kept apart from the exporter so that bundles which only export do not carry the BibTeX parser.
 */
/** Reads BibTeX, BibLaTeX or CSL-JSON text with citation-js's own parsers into CSL-JSON items (plain objects). */
export async function parseWithCitationJs(text: string): Promise<Array<Record<string, unknown>>> {
	const { plugins } = await import('@citation-js/core');
	await import('@citation-js/plugin-bibtex');
	return plugins.input.chain(text, { target: '@csl/list+object', generateGraph: false }) as Array<Record<string, unknown>>;
}
