/** The `litdump/exportStatistics` request: the statistics table of an open document, or of a file read from disk. */
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import type { ParsedDocument } from '../../../core/src/index';
import { parseDocument } from '../../../core/src/index';
import { formatStatisticsCsv, formatStatisticsJson, tabulateStatistics } from '../../../core/src/index';
import { analyzeEntry } from '../analysis';
import type { ServerContext } from '../context';
import { exportStatisticsRequest, type ExportStatisticsParams, type ExportStatisticsResult } from '../protocol';
import { runSafe } from '../runSafe';

/** The text and parse of `uri`: the editor's copy when open, else the file on disk (too large to sync, or closed). */
export async function loadDocument(context: ServerContext, uri: string): Promise<{ text: string; parsed: ParsedDocument } | undefined> {
	const open = context.documents.get(uri);
	if (open) {
		return { text: open.getText(), parsed: context.cache.get(open) };
	}
	const text = await context.env.readFile(uri);
	return text === undefined ? undefined : { text, parsed: parseDocument(text) };
}

/** Registers `litdump/exportStatistics`. */
export function registerStatisticsExport(context: ServerContext): void {
	const { connection } = context;
	connection.onRequest(exportStatisticsRequest, (params: ExportStatisticsParams, token) => runSafe(connection.console, 'statistics export', token, async (): Promise<ExportStatisticsResult> => {
		const loaded = await loadDocument(context, params.uri);
		if (!loaded) {
			throw new ResponseError(ErrorCodes.InvalidParams, `Cannot read ${params.uri}`);
		}
		const rows = tabulateStatistics(loaded.text, loaded.parsed, (index) => analyzeEntry(loaded.text, loaded.parsed, index));
		return { content: params.format === 'json' ? formatStatisticsJson(rows) : formatStatisticsCsv(rows), count: rows.length };
	}));
}
