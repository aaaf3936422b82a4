/** A strict RIS reader: every line must be `XX  - value`, every record must open with `TY` and close with `ER`. */

/** One RIS record: each tag with its values in file order. */
export type RisRecord = Map<string, string[]>;

const LINE = /^([A-Z][A-Z0-9]) {2}- (.*)$/;
const END = /^ER {2}- ?$/;
const NEWLINE = /\r?\n/;

/** Reads `text` as RIS; throws an error naming the line for anything that breaks the format. */
export function readRis(text: string): RisRecord[] {
	const records: RisRecord[] = [];
	let open: RisRecord | undefined;
	const lines = text.split(NEWLINE);
	if (lines[lines.length - 1] === '') {
		lines.pop();
	}
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (END.test(line)) {
			if (!open) {
				throw new Error(`RIS line ${i + 1}: ER without a record`);
			}
			records.push(open);
			open = undefined;
			continue;
		}
		if (line === '') {
			if (open) {
				throw new Error(`RIS line ${i + 1}: blank line inside a record`);
			}
			continue;
		}
		const match = LINE.exec(line);
		if (!match) {
			throw new Error(`RIS line ${i + 1}: not a "XX  - value" line: ${JSON.stringify(line.slice(0, 40))}`);
		}
		const [, name, value] = match;
		if (!open) {
			if (name !== 'TY') {
				throw new Error(`RIS line ${i + 1}: a record must start with TY, found ${name}`);
			}
			open = new Map();
		} else if (name === 'TY') {
			throw new Error(`RIS line ${i + 1}: TY inside an open record`);
		}
		const values = open.get(name);
		if (values) {
			values.push(value);
		} else {
			open.set(name, [value]);
		}
	}
	if (open) {
		throw new Error('RIS: the last record has no ER line');
	}
	return records;
}
