import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';

// The real TextMate engine VS Code uses (vscode-textmate + Oniguruma), tokenizing lines with litdump's grammar.
const require = createRequire(import.meta.url);
let grammar: IGrammar;

beforeAll(async () => {
	await loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
	const registry = new Registry({
		onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
		loadGrammar: async () => parseRawGrammar(readFileSync(new URL('../../syntaxes/litdump.tmLanguage.json', import.meta.url), 'utf8'), 'litdump.tmLanguage.json'),
	});
	const loaded = await registry.loadGrammar('text.litdump');
	if (!loaded) {
		throw new Error('grammar did not load');
	}
	grammar = loaded;
});

/** The scopes (innermost) of each token's text, as [text, scope] pairs, skipping plain text. */
function scopes(line: string): Array<[string, string]> {
	const { tokens } = grammar.tokenizeLine(line, INITIAL);
	return tokens
		.map((token): [string, string] => [line.slice(token.startIndex, token.endIndex), token.scopes[token.scopes.length - 1]])
		.filter(([, scope]) => scope !== 'text.litdump' && scope !== 'meta.authors.litdump');
}

describe('the TextMate grammar', () => {
	it('colours an entry number and its title', () => {
		expect(scopes('1.Machine learning model')).toEqual([
			['1', 'constant.numeric.entry-number.litdump'],
			['.', 'punctuation.definition.list.litdump'],
			['Machine learning model', 'entity.name.section.litdump'],
		]);
	});

	it('colours the parts of a source line', () => {
		expect(scopes('Chinese Journal of Radiology 2025;59(5):549-557')).toEqual([
			['Chinese Journal of Radiology', 'entity.name.type.journal.litdump'],
			['2025', 'constant.numeric.year.litdump'],
			[';', 'punctuation.separator.litdump'],
			['59', 'constant.numeric.volume.litdump'],
			['(', 'punctuation.section.parens.begin.litdump'],
			['5', 'constant.numeric.issue.litdump'],
			[')', 'punctuation.section.parens.end.litdump'],
			[':', 'punctuation.separator.litdump'],
			['549-557', 'constant.numeric.pages.litdump'],
		]);
	});

	it('colours author separators and capital family names', () => {
		const found = scopes('Wenjun DIAO ; Xiaobo CHEN');
		expect(found).toContainEqual(['DIAO', 'variable.other.family-name.litdump']);
		expect(found).toContainEqual([' ; ', 'punctuation.separator.author.litdump']);
		expect(found).toContainEqual(['CHEN', 'variable.other.family-name.litdump']);
	});

	it('colours section labels and statistics in an abstract', () => {
		const found = scopes('Objective:To test.Results:AUC of 0.809 (95% CI 0.738-0.872), χ2=6.18, P=0.080.');
		expect(found).toContainEqual(['Objective', 'keyword.other.section.litdump']);
		expect(found).toContainEqual(['Results', 'keyword.other.section.litdump']);
		expect(found).toContainEqual(['95% CI', 'support.function.confidence-interval.litdump']);
		expect(found).toContainEqual(['χ2', 'support.function.statistic.litdump']);
		expect(found).toContainEqual(['6.18', 'constant.numeric.statistic.litdump']);
		expect(found).toContainEqual(['P', 'support.function.statistic.litdump']);
		expect(found).toContainEqual(['0.080', 'constant.numeric.statistic.litdump']);
	});

	it('greys out the page footer', () => {
		expect(scopes('Result Analysis')).toEqual([['Result Analysis', 'comment.line.footer.litdump']]);
	});
});
