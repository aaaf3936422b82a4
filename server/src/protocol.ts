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
}

/** Defaults for {@link LitdumpSettings}, identical to the defaults declared in package.json. */
export const defaultSettings: LitdumpSettings = {
	maxNumberOfProblems: 1000,
	maxFileSizeMB: 50,
	maxOutlineItems: 10000,
	statisticsChecks: true,
	statisticsMinimumSeverity: 'information',
};

/** Reads the `litdump` configuration section (nested as VS Code returns it) into flat settings. */
export function readSettings(section: unknown): LitdumpSettings {
	const value = (section ?? {}) as Record<string, unknown>;
	const statistics = (value.statistics ?? {}) as Record<string, unknown>;
	const number = (raw: unknown, fallback: number) => typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? raw : fallback;
	return {
		maxNumberOfProblems: Math.min(1000, number(value.maxNumberOfProblems, defaultSettings.maxNumberOfProblems)),
		maxFileSizeMB: number(value.maxFileSizeMB, defaultSettings.maxFileSizeMB),
		maxOutlineItems: number(value.maxOutlineItems, defaultSettings.maxOutlineItems),
		statisticsChecks: typeof statistics.checks === 'boolean' ? statistics.checks : defaultSettings.statisticsChecks,
		statisticsMinimumSeverity: statistics.minimumSeverity === 'warning' ? 'warning' : 'information',
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
