/**
 * Duplicate-entry diagnostics. In `workspace` scope one incremental index holds every dump of the workspace (open or
 * not), brought up to date lazily when diagnostics are asked for; in `file` scope each file is checked alone.
 * Pairs in `.litdump-ignore` are left out.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { createDuplicateIndex, explainMatch, type DuplicateIndex, type DuplicateMatch, type DuplicateRecord } from '../../../core/src/index';
import { entryKey, formatIgnoreLine, pairId, parseIgnoreList } from '../../../core/src/index';
import type { Entry, ParsedDocument } from '../../../core/src/index';
import { selectFirstCopies } from '../../../core/src/index';
import type { ServerContext } from '../context';
import type { DuplicateDiagnosticData } from '../protocol';
import type { DiagnosticProvider } from './diagnostics';
import type { FirstCopySelector } from './citationsExport';

/** Duplicate detection as the server uses it: diagnostics, matches for quick fixes, the ignore list. */
export interface DuplicateService {
	provider: DiagnosticProvider;
	/** Current matches whose later copy is in `uri` (after the ignore list and settings). */
	matchesFor(uri: string, text: string, parsed: ParsedDocument): DuplicateMatch[];
	/** Replaces the ignore list with the content of a `.litdump-ignore` file. */
	setIgnoreList(text: string | undefined): void;
	selectFirstCopies: FirstCopySelector;
}

/** Creates the service; `onAffected` hears of open documents whose duplicates changed because another one did. */
export function createDuplicateService(context: ServerContext, onAffected: () => void): DuplicateService {
	const index = createDuplicateIndex({ nearDuplicates: true });
	const indexed = new Map<string, ParsedDocument>();
	/** File scope: an incremental index per recently checked document (an edit re-checks only what it touched). */
	const fileIndexes = new Map<string, { index: DuplicateIndex; parsed: ParsedDocument; matches: DuplicateMatch[] }>();
	let ignored = new Set<string>();

	/** Brings the workspace index up to date with the workspace's files; tells when other documents were affected. */
	const sync = (current: string) => {
		let othersAffected = false;
		const present = new Set<string>();
		for (const file of context.workspace.files()) {
			present.add(file.uri);
			if (indexed.get(file.uri) !== file.parsed) {
				const affected = indexed.has(file.uri) ? index.update(file.uri, file.text, file.parsed.entries) : index.add(file.uri, file.text, file.parsed.entries);
				indexed.set(file.uri, file.parsed);
				othersAffected ||= affected.some((uri) => uri !== current && uri !== file.uri);
			}
		}
		for (const uri of [...indexed.keys()]) {
			if (!present.has(uri)) {
				indexed.delete(uri);
				// Remove first, then combine: `||=` would skip the removal once something else was affected.
				const affected = index.remove(uri);
				othersAffected ||= affected.some((other) => other !== current);
			}
		}
		if (othersAffected) {
			onAffected();
		}
	};

	const matchesFor = (uri: string, text: string, parsed: ParsedDocument): DuplicateMatch[] => {
		const settings = context.settings();
		let matches: DuplicateMatch[];
		if (settings.duplicatesScope === 'workspace' && context.workspace.get(uri)?.parsed === parsed) {
			sync(uri);
			matches = index.findMatches(uri);
		} else {
			matches = fileScopeMatches(uri, text, parsed);
		}
		return matches.filter((match) => (settings.nearDuplicates || match.tier === 'duplicate') && !ignored.has(pairId(entryKey(match.duplicate.entry), entryKey(match.original.entry))));
	};

	const fileScopeMatches = (uri: string, text: string, parsed: ParsedDocument): DuplicateMatch[] => {
		const cached = fileIndexes.get(uri);
		if (cached?.parsed === parsed) {
			return cached.matches;
		}
		const index = cached?.index ?? createDuplicateIndex({ nearDuplicates: true });
		index.update(uri, text, parsed.entries);
		const matches = index.findMatches(uri);
		// Most recently checked last; the oldest index goes when more than a few documents were checked.
		fileIndexes.delete(uri);
		fileIndexes.set(uri, { index, parsed, matches });
		if (fileIndexes.size > MAX_FILE_INDEXES) {
			fileIndexes.delete(fileIndexes.keys().next().value!);
		}
		return matches;
	};

	const provider: DiagnosticProvider = (document, parsed) => {
		const settings = context.settings();
		if (!settings.duplicatesEnabled || context.isTooLarge(document)) {
			return [];
		}
		const singleDocument = (record: DuplicateRecord) => record.docKey === 'document' ? document.uri : record.docKey;
		const matches = matchesFor(document.uri, document.getText(), parsed)
			.sort((a, b) => Number(a.tier !== 'duplicate') - Number(b.tier !== 'duplicate'))
			.slice(0, settings.maxDuplicateDiagnostics);
		return matches.map((match): Diagnostic => {
			const later = match.duplicate.entry;
			const first = match.first;
			const data: DuplicateDiagnosticData = {
				line: later.startLine,
				entry: later.number,
				tier: match.tier,
				firstUri: singleDocument(first),
				firstLine: first.entry.startLine,
				firstEntry: first.entry.number,
				ignoreLine: formatIgnoreLine(later, match.original.entry),
			};
			return {
				range: titleRange(later, parsed),
				severity: match.tier === 'duplicate' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
				code: match.tier === 'duplicate' ? 'duplicate-entry' : 'possible-duplicate',
				source: 'litdump',
				message: explainMatch(match, (record) => record.entry.startLine + 1, (record) => fileName(singleDocument(record))),
				relatedInformation: match.others.map((record) => related(context, singleDocument(record), record.entry, document.uri === singleDocument(record) ? parsed : undefined)),
				data,
			};
		});
	};

	return {
		provider,
		matchesFor,
		setIgnoreList(text) {
			ignored = parseIgnoreList(text ?? '');
		},
		selectFirstCopies: (sources) => selectFirstCopies(sources),
	};
}

/** How many documents keep a file-scope duplicate index between checks. */
const MAX_FILE_INDEXES = 8;

/** The range of an entry's number and title line. */
function titleRange(entry: Entry, parsed: ParsedDocument): Diagnostic['range'] {
	const lineStart = parsed.lineStarts[entry.startLine];
	const titleEnd = entry.titleSpan.end > entry.numberSpan.end ? entry.titleSpan.end : entry.numberSpan.end;
	const endLine = entry.titleSpan.end > parsed.lineStarts[entry.startLine + 1] ? entry.startLine + 1 : entry.startLine;
	return {
		start: { line: entry.startLine, character: entry.numberSpan.start - lineStart },
		end: { line: endLine, character: titleEnd - parsed.lineStarts[endLine] },
	};
}

function related(context: ServerContext, uri: string, entry: Entry, parsed?: ParsedDocument): DiagnosticRelatedInformation {
	const source = parsed ?? context.workspace.get(uri)?.parsed;
	const range = source ? titleRange(entry, source) : { start: { line: entry.startLine, character: 0 }, end: { line: entry.startLine, character: 0 } };
	const where = parsed ? '' : ` in ${fileName(uri)}`;
	return { location: { uri, range }, message: `copy #${entry.number} (line ${entry.startLine + 1})${where}: ${entry.title.length > 80 ? `${entry.title.slice(0, 79)}…` : entry.title}` };
}

function fileName(uri: string): string {
	return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
