/** What happens when the server process dies: restart it (up to 5 times in 3 minutes), and tell the user once. */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';

const MAX_RESTARTS = 5;
const WINDOW_MS = 3 * 60 * 1000;

/** An error handler that restarts a crashed server and shows one message per session, not one per crash. */
export function createRestartingErrorHandler(output: () => vscode.OutputChannel | undefined): ErrorHandler {
	const restarts: number[] = [];
	let told = false;
	return {
		error: () => ({ action: ErrorAction.Continue, handled: true }),
		closed: () => {
			const now = Date.now();
			while (restarts.length > 0 && now - restarts[0] > WINDOW_MS) {
				restarts.shift();
			}
			restarts.push(now);
			if (restarts.length > MAX_RESTARTS) {
				return { action: CloseAction.DoNotRestart, message: `The Literature Dump server stopped ${MAX_RESTARTS} times in 3 minutes and will not be restarted. See the "Literature Dump" output for details; reload the window to try again.` };
			}
			output()?.appendLine(`litdump: the language server stopped unexpectedly; restarting it (${restarts.length} of ${MAX_RESTARTS}).`);
			if (!told) {
				told = true;
				void vscode.window.showWarningMessage('The Literature Dump server stopped unexpectedly and was restarted.');
			}
			return { action: CloseAction.Restart, handled: true };
		},
	};
}
