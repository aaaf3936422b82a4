/** Runs request handlers so that cancellation is honoured and an unexpected error is logged, never thrown. */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Something that can report an error, e.g. `connection.console`. */
export interface ErrorLog {
	error(message: string): void;
}

/** Runs `work` unless `token` is cancelled; an exception becomes a logged LSP error instead of a crash. */
export async function runSafe<T, E = void>(log: ErrorLog, what: string, token: CancellationToken | undefined, work: () => T | Promise<T>): Promise<T | ResponseError<E>> {
	if (token?.isCancellationRequested) {
		return cancelled<E>();
	}
	try {
		const result = await work();
		return token?.isCancellationRequested ? cancelled<E>() : result;
	} catch (error) {
		if (error instanceof ResponseError) {
			return error;
		}
		const detail = error instanceof Error ? error.stack ?? error.message : String(error);
		log.error(`litdump: ${what} failed: ${detail}`);
		return new ResponseError<E>(LSPErrorCodes.RequestFailed, `litdump: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
	}
}

function cancelled<E>(): ResponseError<E> {
	return new ResponseError<E>(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/** Sends without waiting: a failure (say, the client went away) is logged, never left unhandled. */
export function sendQuietly(log: ErrorLog, what: string, sending: Promise<unknown>): void {
	sending.catch((error: unknown) => {
		try {
			log.error(`litdump: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
		} catch {
			// The connection is gone: there is nobody left to tell.
		}
	});
}
