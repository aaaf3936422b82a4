/** The small part of citation-js 0.8 that litdump uses (the packages ship no type declarations). */
declare module '@citation-js/core' {
	/** A store of named styles or locales (`@csl` config). */
	export interface Register<T> {
		add(key: string, value: T): void;
		has(key: string): boolean;
		get(key: string): T;
	}
	export const plugins: {
		config: { get(plugin: string): unknown };
		output: { format(name: string, data: unknown[], options?: Record<string, unknown>): unknown };
		input: { chain(data: unknown, options?: Record<string, unknown>): unknown[] };
	};
	export const version: string;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
