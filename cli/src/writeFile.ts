/** Writing an output file safely: to a temporary name beside it, then renamed, so an existing file is never truncated. */
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';

/** Writes `content` to `path` atomically (same folder, rename over the old file). */
export function writeFileAtomically(path: string, content: string): void {
	const temporary = `${path}.litdump-${process.pid}-${Date.now()}.tmp`;
	try {
		writeFileSync(temporary, content, 'utf8');
		renameSync(temporary, path);
	} catch (error) {
		try {
			unlinkSync(temporary);
		} catch {
			// Nothing was written, or it is already gone.
		}
		throw error;
	}
}
