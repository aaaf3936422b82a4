// Do symbol labels read back from an editor name the sample's entries? Shared by the VS Code and Neovim tests.
import { sampleEntries } from '../expected.mjs';

const normalise = (text) => text.replace(/\s+/g, ' ').trim();

/** True when a label shows an entry's title (anywhere in it). */
export function showsSampleTitle(label) {
	return sampleEntries.some((entry) => normalise(label).includes(normalise(entry.title)));
}

/** True when a symbol label names the entry: it contains the title and the entry's number. */
function namesEntry(label, entry) {
	const text = normalise(label);
	return text.includes(normalise(entry.title)) && new RegExp(`(^|\\D)${entry.number}(\\D|$)`).test(text);
}

/** Throws a readable error unless `labels`, in order, name exactly the sample's entries, in order. */
export function assertNamesSampleEntries(labels, where) {
	const mismatches = sampleEntries
		.map((entry, index) => ({ entry, label: labels[index] }))
		.filter(({ entry, label }) => label === undefined || !namesEntry(label, entry))
		.map(({ entry, label }) => `  #${entry.number}: expected "${entry.number}…${entry.title.slice(0, 50)}…", got ${JSON.stringify(label)}`);
	if (labels.length !== sampleEntries.length || mismatches.length > 0) {
		throw new Error(`${where}: ${labels.length} entry labels, expected ${sampleEntries.length}\n${mismatches.join('\n')}\n  all labels: ${JSON.stringify(labels)}`);
	}
}
