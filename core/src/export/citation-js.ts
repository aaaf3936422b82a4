/**
 * citation-js and citeproc, loaded on first use only (~300 ms): formats CSL items with the APA, Vancouver (NLM) and
 * GB/T 7714-2015 styles.
 * litdump writes BibTeX itself: citation-js 0.8 escapes nothing once `asciiOnly` is off, which UTF-8 output needs.
 */
import type { CslItem, CslName } from './csl';
import { gbt7714NumericStyle } from './styles/gbt7714-numeric';
import { zhCnLocale } from './styles/zh-cn-locale';

/** The citation styles litdump formats with: ids of citation-js's bundled `apa` and `vancouver`, and GB/T 7714. */
export type CitationStyle = 'apa' | 'vancouver' | 'gbt7714';

/** A CSL item as handed to citeproc: names may be literals already written in the style's form. */
export type CslInput = Omit<CslItem, 'author'> & { author?: Array<CslName | { literal: string }> };

/** What the loaded library offers litdump. */
export interface CitationJs {
	/** One plain-text reference per item, in the order given, without the style's own number. */
	formatBibliography(items: CslInput[], style: CitationStyle, locale: 'en-US' | 'zh-CN'): string[];
}

interface StyleRegistry {
	styles: { add(key: string, value: string): void; has(key: string): boolean };
	locales: { add(key: string, value: string): void; has(key: string): boolean };
}

const LEADING_NUMBER = /^(?:\[\d+\]\s*|\d+\.\s+)/;

let loading: Promise<CitationJs> | undefined;

/** Loads citation-js once (later calls share the same promise) and registers the GB/T 7714 style and zh-CN locale. */
export function loadCitationJs(): Promise<CitationJs> {
	loading ??= (async () => {
		const { plugins } = await import('@citation-js/core');
		await import('@citation-js/plugin-csl');
		const csl = plugins.config.get('@csl') as StyleRegistry;
		if (!csl.styles.has('gbt7714')) {
			csl.styles.add('gbt7714', gbt7714NumericStyle);
		}
		if (!csl.locales.has('zh-CN')) {
			csl.locales.add('zh-CN', zhCnLocale);
		}
		return {
			formatBibliography(items, style, locale) {
				const options = { template: style, format: 'text', lang: locale, asEntryArray: true, nosort: true };
				const entries = plugins.output.format('bibliography', items, options) as Array<[string, string]>;
				return entries.map(([, reference]) => reference.trim().replace(LEADING_NUMBER, ''));
			},
		};
	})();
	return loading;
}
