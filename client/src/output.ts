/** Where an export goes: a file (written to a temporary name, then renamed), a new editor, or the clipboard. */
import * as vscode from 'vscode';

/** How the user chose to receive an export. */
export type OutputTarget = 'file' | 'editor' | 'clipboard';

/** Asks where the export should go; undefined when the user cancels. */
export async function pickOutputTarget(what: string): Promise<OutputTarget | undefined> {
	const picked = await vscode.window.showQuickPick([
		{ label: '$(save) Save to a file…', target: 'file' as const },
		{ label: '$(new-file) Open in a new editor', target: 'editor' as const },
		{ label: '$(clippy) Copy to the clipboard', target: 'clipboard' as const },
	], { title: `Export ${what}`, placeHolder: 'Where should the result go?' });
	return picked?.target;
}

/** The document's uri with `.litdump.txt`/`.txt` replaced by `suffix`, e.g. `sample.bib`. */
export function defaultOutputUri(source: vscode.Uri, suffix: string): vscode.Uri {
	const base = source.path.replace(/(?:\.litdump)?(?:\.txt)?$/i, '');
	return source.with({ path: `${base}${suffix}` });
}

/**
 * Delivers `content` to `target`. A file is written next to its destination under a temporary name and renamed over
 * it, so an existing file is never left truncated. Returns a short description of where it went, or undefined.
 */
export async function deliver(content: string, target: OutputTarget, defaultUri: vscode.Uri, languageId: string, filters: Record<string, string[]>): Promise<string | undefined> {
	if (target === 'clipboard') {
		await vscode.env.clipboard.writeText(content);
		return 'the clipboard';
	}
	if (target === 'editor') {
		// `bibtex` exists only with an extension such as LaTeX Workshop installed: fall back to plain text.
		const known = (await vscode.languages.getLanguages()).includes(languageId);
		const document = await vscode.workspace.openTextDocument({ content, language: known ? languageId : 'plaintext' });
		await vscode.window.showTextDocument(document, { preview: false });
		return 'a new editor';
	}
	const destination = await vscode.window.showSaveDialog({ defaultUri, filters, saveLabel: 'Export' });
	if (!destination) {
		return undefined;
	}
	const temporary = destination.with({ path: `${destination.path}.litdump-${Date.now()}.tmp` });
	await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(content));
	try {
		await vscode.workspace.fs.rename(temporary, destination, { overwrite: true });
	} catch (error) {
		await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
		throw error;
	}
	return vscode.workspace.asRelativePath(destination);
}
