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
}

/** Defaults for {@link LitdumpSettings}, identical to the defaults declared in package.json. */
export const defaultSettings: LitdumpSettings = {
	maxNumberOfProblems: 1000,
	maxFileSizeMB: 50,
	maxOutlineItems: 10000,
};
