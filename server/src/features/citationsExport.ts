/**
 * The `litdump/exportCitations` request: citations of a file, of the entries a selection touches, or of every dump
 * in the workspace, in one format; formatted in batches with `$/progress` reports, cancellable between batches.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { ExportCancelledError, findExportFormat, formatCitationsFromSources, type ExportSource } from '../../../core/src/index';
import type { Entry, ParsedDocument } from '../../../core/src/index';
import type { ServerContext } from '../context';
import { exportCitationsRequest, type ExportCitationsParams, type ExportCitationsResult, type LineRange } from '../protocol';
import { runSafe } from '../runSafe';
import { loadDocument } from '../loadDocument';

/** Picks, from several documents' entries, the ones to keep when duplicates are left out. */
export type FirstCopySelector = (sources: Array<{ uri: string; text: string; parsed: ParsedDocument; entries: Entry[] }>) => Array<{ entries: Entry[]; leftOut: number }>;

/** Registers `litdump/exportCitations`; `selectFirstCopies` serves the `dedupe` option. */
export function registerCitationsExport(context: ServerContext, selectFirstCopies: FirstCopySelector): void {
	const { connection } = context;
	connection.onRequest(exportCitationsRequest, (params: ExportCitationsParams, token) => runSafe(connection.console, 'citation export', token, async (): Promise<ExportCitationsResult> => {
		const format = findExportFormat(params.format);
		if (!format) {
			throw new ResponseError(ErrorCodes.InvalidParams, `Unknown export format "${params.format}"`);
		}
		const uris = params.scope === 'workspace' ? workspaceUris(context, params.uri) : [params.uri];
		const sources: Array<{ uri: string; text: string; parsed: ParsedDocument; entries: Entry[] }> = [];
		for (const uri of uris) {
			const loaded = await loadDocument(context, uri);
			if (!loaded) {
				throw new ResponseError(ErrorCodes.InvalidParams, `Cannot read ${uri}`);
			}
			const entries = params.ranges && params.scope !== 'workspace' ? entriesTouching(loaded.text, loaded.parsed, params.ranges) : loaded.parsed.entries;
			sources.push({ uri, ...loaded, entries });
		}
		let duplicatesLeftOut = 0;
		if (params.dedupe) {
			selectFirstCopies(sources).forEach((kept, k) => {
				sources[k].entries = kept.entries;
				duplicatesLeftOut += kept.leftOut;
			});
		}
		const progress = params.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(params.workDoneToken) : undefined;
		progress?.begin(`Exporting ${format.label}`, 0, undefined, true);
		try {
			const result = await formatCitationsFromSources(sources.map((source): ExportSource => ({ text: source.text, entries: source.entries })), format.id, {
				citationKeyPattern: params.citationKeyPattern || context.settings().citationKeyPattern,
				numbered: params.numbered,
				// A selection keeps the keys it has in a whole-file export (diao2025machinea stays …a).
				keyContext: params.ranges && params.scope !== 'workspace' ? sources[0]?.parsed.entries : undefined,
				isCancelled: () => token.isCancellationRequested,
				onProgress: (done, total) => progress?.report(Math.round((done / Math.max(1, total)) * 100), `${done} of ${total}`),
			});
			return {
				content: result.content,
				count: result.count,
				skipped: result.skipped.map((item) => ({ entry: item.entry, reason: item.reason, uri: sources[item.source ?? 0]?.uri })),
				warnings: result.warnings,
				duplicatesLeftOut,
			};
		} catch (error) {
			if (error instanceof ExportCancelledError) {
				throw new ResponseError(-32800, 'Export cancelled');
			}
			throw error;
		} finally {
			progress?.done();
		}
	}));
}

/** Entries whose text any of `ranges` touches (an empty range at the cursor touches the entry around it). */
function entriesTouching(text: string, parsed: ParsedDocument, ranges: LineRange[]): Entry[] {
	const spans = ranges.map((range) => ({ start: offsetOf(parsed, text, range.start), end: offsetOf(parsed, text, range.end) }));
	return parsed.entries.filter((entry) => spans.some((span) => span.start <= entry.span.end && span.end >= entry.span.start));
}

function offsetOf(parsed: ParsedDocument, text: string, position: { line: number; character: number }): number {
	const line = Math.max(0, Math.min(position.line, parsed.lineStarts.length - 1));
	return Math.min(text.length, parsed.lineStarts[line] + position.character);
}

/** The uri first, then every other indexed dump of the workspace in a stable order. */
function workspaceUris(context: ServerContext, first: string): string[] {
	const others = [...context.workspace.files()].map((file) => file.uri).filter((uri) => uri !== first).sort();
	return [first, ...others];
}
