/** Command-line options shared by the subcommands. */
export interface Options {
	files: string[];
	format?: string;
	dedupe?: boolean;
	output?: string;
	json?: boolean;
}
