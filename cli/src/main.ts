/** The `litdump` command line: the language service's reports on dump files, in a terminal. */
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../core/src/index';
import { formatDuplicates, type LoadedFile } from './duplicates';
import { exportCitations } from './export';
import type { Options } from './options';
import { formatOutline } from './outline';
import { formatStatisticsFindings, formatStatisticsTable } from './stats';

const USAGE = `Usage: litdump <command> [options] FILE...

Commands:
  report FILE...                    outline, unrecognised lines and statistics findings of each dump
  outline FILE...                   the papers of each dump: number, title, authors, source, abstract sections
  duplicates FILE... [--json]       exact and near duplicates, each explained; --json prints {"pairs": [[a, b], …]}
                                    (entry numbers; one file) as ../shared/bench/ldd/score.mjs reads them
  stats FILE [--format csv|json]    every statistic found in the abstracts, with its check verdict (default csv)
  export FILE --format F [--dedupe] [-o OUT]
                                    citations in F: bibtex, biblatex, ris, csl-json, enw, vancouver, apa, gbt7714
  help                              show this text
`;

type Writer = (text: string) => void;

/** Runs the CLI with `args` (without node and script); resolves to the exit code. */
export async function runCli(args: string[], write: Writer, writeError: Writer): Promise<number> {
	const [command, ...rest] = args;
	if (!command || command === 'help' || command === '--help' || command === '-h') {
		write(USAGE);
		return command ? 0 : 2;
	}
	const options = readOptions(rest);
	if (typeof options === 'string') {
		writeError(`litdump ${command}: ${options}\n`);
		return 2;
	}
	if (command === 'duplicates') {
		return runDuplicates(options, write, writeError);
	}
	const run = COMMANDS[command];
	if (!run) {
		writeError(`litdump: unknown command "${command}".\n${USAGE}`);
		return 2;
	}
	if (options.files.length === 0) {
		writeError(`litdump ${command}: name at least one FILE.\n`);
		return 2;
	}
	let status = 0;
	for (const file of options.files) {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			writeError(`litdump: cannot read ${file}: ${(error as Error).message}\n`);
			status = 1;
			continue;
		}
		const result = await run(file, text, options);
		if (typeof result === 'string') {
			write(result);
		} else if ('message' in result) {
			writeError(result.message);
		} else {
			writeError(`litdump ${command}: ${result.error}\n`);
			status = 2;
		}
	}
	return status;
}

/** What a command produces: text for stdout, a note for stderr (its output went to a file), or an error. */
type Outcome = string | { message: string } | { error: string };

const COMMANDS: Record<string, (file: string, text: string, options: Options) => Outcome | Promise<Outcome>> = {
	outline: (file, text) => formatOutline(file, text),
	report: (file, text) => {
		const parsed = parseDocument(text);
		const findings = formatStatisticsFindings(text, parsed);
		const duplicates = formatDuplicates([{ file, text, parsed }], false).replace(/^[^\n]*: /, 'Duplicates: ');
		return `${formatOutline(file, text)}${duplicates}Statistics: ${findings.length === 0 ? 'no inconsistency found' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}\n${findings.map((line) => `${line}\n`).join('')}`;
	},
	stats: (_file, text, options) => {
		const format = options.format ?? 'csv';
		return format === 'csv' || format === 'json' ? formatStatisticsTable(text, parseDocument(text), format) : { error: `unknown format "${format}" (use csv or json)` };
	},
	export: (file, text, options) => exportCitations(file, text, options),
};

function runDuplicates(options: Options, write: Writer, writeError: Writer): number {
	if (options.files.length === 0) {
		writeError('litdump duplicates: name at least one FILE.\n');
		return 2;
	}
	if (options.json && options.files.length > 1) {
		writeError('litdump duplicates: --json takes one FILE (its pairs are entry numbers of that file).\n');
		return 2;
	}
	const loaded: LoadedFile[] = [];
	for (const file of options.files) {
		try {
			loaded.push({ file, text: readFileSync(file, 'utf8') });
		} catch (error) {
			writeError(`litdump: cannot read ${file}: ${(error as Error).message}\n`);
			return 1;
		}
	}
	write(formatDuplicates(loaded, options.json === true));
	return 0;
}

function readOptions(args: string[]): Options | string {
	const options: Options = { files: [] };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--format' || arg === '-f') {
			options.format = args[++i];
			if (!options.format) {
				return '--format needs a value';
			}
		} else if (arg === '--json') {
			options.json = true;
		} else if (arg === '--dedupe') {
			options.dedupe = true;
		} else if (arg === '-o' || arg === '--output') {
			options.output = args[++i];
			if (!options.output) {
				return `${arg} needs a file name`;
			}
		} else if (arg.startsWith('--format=')) {
			options.format = arg.slice('--format='.length);
		} else if (arg.startsWith('-')) {
			return `unknown option ${arg}`;
		} else {
			options.files.push(arg);
		}
	}
	return options;
}

if (require.main === module) {
	void runCli(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text)).then((code) => {
		process.exitCode = code;
	});
}
