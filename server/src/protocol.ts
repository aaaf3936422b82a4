/** Custom messages between the litdump server and its clients. Imported by the VS Code client; no runtime deps. */

/** Sent when a result list (symbols, diagnostics, folding ranges) was cut to the configured limit. */
export const resultLimitReachedNotification = 'litdump/resultLimitReached';

/** Payload of {@link resultLimitReachedNotification}. */
export interface ResultLimitReachedParams {
	uri: string;
	feature: string;
	limit: number;
}

/** Sent once when a document is larger than `litdump.maxFileSizeMB`: the expensive passes are off for it. */
export const fileTooLargeNotification = 'litdump/fileTooLarge';

/** Payload of {@link fileTooLargeNotification}. */
export interface FileTooLargeParams {
	uri: string;
	sizeMB: number;
	limitMB: number;
}

/** The settings the server reads from the `litdump` section. */
export interface LitdumpSettings {
	maxNumberOfProblems: number;
	maxFileSizeMB: number;
	maxOutlineItems: number;
	/** `litdump.statistics.checks`: report statistics that cannot all be true. */
	statisticsChecks: boolean;
	/** `litdump.statistics.minimumSeverity`: `warning` hides findings that depend on an assumption. */
	statisticsMinimumSeverity: 'warning' | 'information';
	/** `litdump.export.citationKeyPattern`, e.g. `[auth][year][title]`. */
	citationKeyPattern: string;
	/** `litdump.duplicates.*`: report duplicate entries, within the file or across the workspace. */
	duplicatesEnabled: boolean;
	duplicatesScope: 'file' | 'workspace';
	nearDuplicates: boolean;
	maxDuplicateDiagnostics: number;
}

/** Defaults for {@link LitdumpSettings}, identical to the defaults declared in package.json. */
export const defaultSettings: LitdumpSettings = {
	maxNumberOfProblems: 1000,
	maxFileSizeMB: 50,
	maxOutlineItems: 10000,
	statisticsChecks: true,
	statisticsMinimumSeverity: 'information',
	citationKeyPattern: '[auth][year][title]',
	duplicatesEnabled: true,
	duplicatesScope: 'workspace',
	nearDuplicates: true,
	maxDuplicateDiagnostics: 1000,
};

/** Reads the `litdump` configuration section (nested as VS Code returns it) into flat settings. */
export function readSettings(section: unknown): LitdumpSettings {
	const value = (section ?? {}) as Record<string, unknown>;
	const statistics = (value.statistics ?? {}) as Record<string, unknown>;
	const exporting = (value.export ?? {}) as Record<string, unknown>;
	const duplicates = (value.duplicates ?? {}) as Record<string, unknown>;
	const number = (raw: unknown, fallback: number) => typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? raw : fallback;
	return {
		maxNumberOfProblems: Math.min(1000, number(value.maxNumberOfProblems, defaultSettings.maxNumberOfProblems)),
		maxFileSizeMB: number(value.maxFileSizeMB, defaultSettings.maxFileSizeMB),
		maxOutlineItems: number(value.maxOutlineItems, defaultSettings.maxOutlineItems),
		statisticsChecks: typeof statistics.checks === 'boolean' ? statistics.checks : defaultSettings.statisticsChecks,
		statisticsMinimumSeverity: statistics.minimumSeverity === 'warning' ? 'warning' : 'information',
		citationKeyPattern: typeof exporting.citationKeyPattern === 'string' && exporting.citationKeyPattern.trim() ? exporting.citationKeyPattern : defaultSettings.citationKeyPattern,
		duplicatesEnabled: typeof duplicates.enabled === 'boolean' ? duplicates.enabled : defaultSettings.duplicatesEnabled,
		duplicatesScope: duplicates.scope === 'file' ? 'file' : 'workspace',
		nearDuplicates: typeof duplicates.nearDuplicates === 'boolean' ? duplicates.nearDuplicates : defaultSettings.nearDuplicates,
		maxDuplicateDiagnostics: Math.min(1000, number(duplicates.maxDiagnostics, defaultSettings.maxDuplicateDiagnostics)),
	};
}

/** Request: every extracted statistic of a dump as CSV or JSON. */
export const exportStatisticsRequest = 'litdump/exportStatistics';

/** Parameters of {@link exportStatisticsRequest}. */
export interface ExportStatisticsParams {
	uri: string;
	format: 'csv' | 'json';
}

/** Result of {@link exportStatisticsRequest}: the file content and how many statistics it holds. */
export interface ExportStatisticsResult {
	content: string;
	count: number;
}

/** Request: citations of a dump (or part of it, or the whole workspace) in one export format. */
export const exportCitationsRequest = 'litdump/exportCitations';

/** A range of lines/characters, as LSP sends it. */
export interface LineRange {
	start: { line: number; character: number };
	end: { line: number; character: number };
}

/** Parameters of {@link exportCitationsRequest}. */
export interface ExportCitationsParams {
	uri: string;
	/** One of bibtex, biblatex, ris, csl-json, enw, vancouver, apa, gbt7714. */
	format: string;
	/** Only the entries these ranges touch (a selection, or an empty range at the cursor). */
	ranges?: LineRange[];
	/** Every dump of the workspace instead of `uri` alone. */
	scope?: 'file' | 'workspace';
	/** Leave out later copies of duplicate entries, keeping the first. */
	dedupe?: boolean;
	/** Number formatted reference lists (default true); false when copying one reference. */
	numbered?: boolean;
	/** Citation-key pattern; the server's `litdump.export.citationKeyPattern` setting when absent. */
	citationKeyPattern?: string;
	/** A token for `$/progress` reports (created by the client). */
	workDoneToken?: string | number;
}

/** Result of {@link exportCitationsRequest}. */
export interface ExportCitationsResult {
	content: string;
	count: number;
	skipped: Array<{ entry: number; reason: string; uri?: string }>;
	warnings: string[];
	/** How many later copies of duplicates were left out (with `dedupe`). */
	duplicatesLeftOut: number;
}

/** Request: the edits that renumber the entries of a dump 1, 2, 3, … (applied by the client, so they can be undone). */
export const renumberEntriesRequest = 'litdump/renumberEntries';

/** Command run by the "Mark as not a duplicate" quick fix (handled by the server, which records the pair). */
export const ignoreDuplicateCommand = 'litdump.ignoreDuplicate';

/** What a duplicate diagnostic carries in `data`, for its quick fixes. */
export interface DuplicateDiagnosticData {
	/** 0-based line of the later copy's title. */
	line: number;
	entry: number;
	tier: 'duplicate' | 'possible';
	firstUri: string;
	/** 0-based line of the first copy's title. */
	firstLine: number;
	firstEntry: number;
	/** The `.litdump-ignore` line that marks this pair as not a duplicate. */
	ignoreLine: string;
}
