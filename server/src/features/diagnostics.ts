/**
 * Diagnostics of a dump: unrecognised lines (and, as features land, duplicates and statistics). Pulled when the
 * client supports `textDocument/diagnostic`, otherwise pushed 500 ms after the last edit. Capped at
 * `litdump.maxNumberOfProblems`, Errors and Warnings first, with a final note saying how many were left out.
 */
import { DiagnosticSeverity, DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument } from '../../../core/src/index';
import type { ServerContext } from '../context';
import { toRange, toSeverity } from '../convert';
import { runSafe, sendQuietly } from '../runSafe';

/** Produces diagnostics of one kind for a document. */
export type DiagnosticProvider = (document: TextDocument, parsed: ParsedDocument, context: ServerContext) => Diagnostic[];

const PUSH_DELAY_MS = 500;
const MAX_PROBLEMS_CEILING = 1000;

/** The parser's own findings, e.g. "Unrecognised line". */
export const parseProblems: DiagnosticProvider = (document, parsed) => parsed.problems.map((problem) => ({
	range: toRange(document, problem.span),
	severity: toSeverity(problem.severity),
	code: problem.code,
	source: 'litdump',
	message: problem.message,
}));

/** Registers pull or push diagnostics; returns a function that re-checks every open document. */
export function registerDiagnostics(context: ServerContext, providers: DiagnosticProvider[], supportsPull: () => boolean, supportsRefresh: () => boolean): () => void {
	const { connection, documents, cache } = context;
	const pending = new Map<string, unknown>();

	const compute = (document: TextDocument): Diagnostic[] => {
		const parsed = cache.get(document);
		const all = providers.flatMap((provider) => {
			try {
				return provider(document, parsed, context);
			} catch (error) {
				// One failing check must not hide the others' findings.
				connection.console.error(`litdump: a diagnostics pass failed on ${document.uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
				return [];
			}
		});
		return capDiagnostics(all, Math.min(context.settings().maxNumberOfProblems, MAX_PROBLEMS_CEILING), document, context, parsed.problemsLeftOut);
	};

	connection.languages.diagnostics.on((params, token) => runSafe(connection.console, 'diagnostics', token, (): DocumentDiagnosticReport => {
		const document = documents.get(params.textDocument.uri);
		return { kind: DocumentDiagnosticReportKind.Full, items: document ? compute(document) : [] };
	}));

	let shutDown = false;
	const push = (document: TextDocument) => {
		if (shutDown) {
			return;
		}
		const handle = pending.get(document.uri);
		if (handle !== undefined) {
			context.env.clearTimeout(handle);
		}
		pending.set(document.uri, context.env.setTimeout(() => {
			pending.delete(document.uri);
			const current = documents.get(document.uri);
			if (current) {
				try {
					sendQuietly(connection.console, 'diagnostics', connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: compute(current) }));
				} catch (error) {
					connection.console.error(`litdump: diagnostics failed: ${String(error)}`);
				}
			}
		}, PUSH_DELAY_MS));
	};
	documents.onDidChangeContent((change) => {
		if (!supportsPull()) {
			push(change.document);
		}
	});
	connection.onShutdown(() => {
		// No pushes after shutdown: the client is about to go away.
		pending.forEach((handle) => context.env.clearTimeout(handle));
		pending.clear();
		shutDown = true;
	});
	documents.onDidClose((event) => {
		if (!supportsPull()) {
			sendQuietly(connection.console, 'diagnostics', connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
		}
	});
	return () => {
		if (supportsPull()) {
			if (supportsRefresh()) {
				connection.languages.diagnostics.refresh();
			}
		} else {
			documents.all().forEach(push);
		}
	};
}

/**
 * Keeps the `limit` most severe diagnostics in document order and adds one note for the rest, counting `notListed`
 * problems the parser found beyond those it lists.
 */
export function capDiagnostics(all: Diagnostic[], limit: number, document: TextDocument, context: ServerContext, notListed = 0): Diagnostic[] {
	if (all.length + notListed <= limit) {
		return all;
	}
	const kept = all
		.map((diagnostic, index) => ({ diagnostic, index }))
		.sort((a, b) => (a.diagnostic.severity ?? DiagnosticSeverity.Error) - (b.diagnostic.severity ?? DiagnosticSeverity.Error) || a.index - b.index)
		.slice(0, Math.max(0, limit - 1))
		.sort((a, b) => a.index - b.index)
		.map((item) => item.diagnostic);
	context.notifyLimit(document.uri, 'diagnostics', limit);
	kept.push({
		range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
		severity: DiagnosticSeverity.Information,
		source: 'litdump',
		code: 'too-many-problems',
		message: `Not showing ${all.length - kept.length + notListed} further problems (litdump.maxNumberOfProblems = ${limit}).`,
	});
	return kept;
}
