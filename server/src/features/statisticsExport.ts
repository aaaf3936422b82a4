/** The `litdump/exportStatistics` request: the statistics table of an open document, or of a file read from disk. */
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { formatStatisticsCsv, formatStatisticsJson, tabulateStatistics } from '../../../core/src/index';
import { analyzeEntry } from '../analysis';
import type { ServerContext } from '../context';
import { loadDocument } from '../loadDocument';
import { exportStatisticsRequest, type ExportStatisticsParams, type ExportStatisticsResult } from '../protocol';
import { runSafe } from '../runSafe';

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
