/** The `litdump` command line: the language service's reports on dump files, in a terminal. */
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../core/src/parse';
import { formatOutline } from './outline';
import { formatStatisticsFindings, formatStatisticsTable } from './stats';

const USAGE = `Usage: litdump <command> [options] FILE...

Commands:
  report FILE...                    outline, unrecognised lines and statistics findings of each dump
  outline FILE...                   the papers of each dump: number, title, authors, source, abstract sections
  stats FILE [--format csv|json]    every statistic found in the abstracts, with its check verdict (default csv)
  help                              show this text
`;

type Writer = (text: string) => void;

/** Runs the CLI with `args` (without node and script); returns the exit code. */
export function runCli(args: string[], write: Writer, writeError: Writer): number {
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
		const result = run(file, text, options);
		if (typeof result === 'string') {
			write(result);
		} else {
			writeError(`litdump ${command}: ${result.error}\n`);
			status = 2;
		}
	}
	return status;
}

interface Options {
	files: string[];
	format?: string;
}

const COMMANDS: Record<string, (file: string, text: string, options: Options) => string | { error: string }> = {
	outline: (file, text) => formatOutline(file, text),
	report: (file, text) => {
		const findings = formatStatisticsFindings(text, parseDocument(text));
		return `${formatOutline(file, text)}Statistics: ${findings.length === 0 ? 'no inconsistency found' : `${findings.length} finding(s)`}\n${findings.map((line) => `${line}\n`).join('')}`;
	},
	stats: (_file, text, options) => {
		const format = options.format ?? 'csv';
		return format === 'csv' || format === 'json' ? formatStatisticsTable(text, parseDocument(text), format) : { error: `unknown format "${format}" (use csv or json)` };
	},
};

function readOptions(args: string[]): Options | string {
	const options: Options = { files: [] };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--format' || arg === '-f') {
			options.format = args[++i];
			if (!options.format) {
				return '--format needs a value';
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
	process.exitCode = runCli(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text));
}
