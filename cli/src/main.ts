/** The `litdump` command line: the language service's reports on dump files, in a terminal. */
import { readFileSync } from 'node:fs';
import { formatOutline } from './outline';

const USAGE = `Usage: litdump <command> FILE...

Commands:
  outline FILE...   print the papers of each dump: number, title, authors, source, abstract sections
  help              show this text
`;

/** Runs the CLI with `args` (without node and script); returns the exit code. */
export function runCli(args: string[], write: (text: string) => void, writeError: (text: string) => void): number {
	const [command, ...rest] = args;
	if (!command || command === 'help' || command === '--help' || command === '-h') {
		write(USAGE);
		return command ? 0 : 2;
	}
	const files = rest.filter((arg) => !arg.startsWith('-'));
	if (command !== 'outline') {
		writeError(`litdump: unknown command "${command}".\n${USAGE}`);
		return 2;
	}
	if (files.length === 0) {
		writeError(`litdump ${command}: name at least one FILE.\n`);
		return 2;
	}
	let status = 0;
	for (const file of files) {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			writeError(`litdump: cannot read ${file}: ${(error as Error).message}\n`);
			status = 1;
			continue;
		}
		write(formatOutline(file, text));
	}
	return status;
}

if (require.main === module) {
	process.exitCode = runCli(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text));
}
