// The real-editor checks, one per user-visible behaviour. Add a check here and name it in LITDUMP_E2E_CHECKS.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { duplicateProblems, exportCase, hoverCases, languageName, quickFixCase, sampleEntries, selectionCase } from './expected.mjs';
import { assertNamesSampleEntries, showsSampleTitle } from './lib/entryLabels.mjs';
import { waitUntil } from './lib/waiting.mjs';
import {
	answerPrompts, applyQuickFix, expandOutlineRow, expandSelection, goToPosition, hoverAt, resizeSideBar, openFileWithQuickOpen, readGoToSymbol,
	readOutline, readProblems, runCommandFromPalette, saveActiveEditor, waitForLanguageMode,
} from './lib/workbench.mjs';

/** Checks run when LITDUMP_E2E_CHECKS is not set; the others are opt-in (name them, or `all`). */
export const defaultCheckNames = ['language', 'pattern', 'outline', 'symbols'];

function assert(condition, message) {
	if (!condition) throw new Error(message);
}

/** @type {Array<{ name: string, description: string, file: string, run: (context: object) => Promise<string | void> }>} */
export const checks = [
	{
		name: 'language',
		description: `sample.txt (a plain .txt dump) is detected: the status bar reads "${languageName}"`,
		file: 'sample.txt',
		async run({ page }) {
			await waitForLanguageMode(page, languageName);
		},
	},
	{
		name: 'pattern',
		description: `a *.litdump.txt file that does not look like a dump opens as "${languageName}" by its name alone`,
		file: 'notes.litdump.txt',
		setup: { 'notes.litdump.txt': { text: 'Reading notes\n\nTo check: the CT radiomics papers from 2025.\n' } },
		async run({ page }) {
			await waitForLanguageMode(page, languageName);
		},
	},
	{
		name: 'outline',
		description: 'the Outline view lists the ten paper titles in order',
		file: 'sample.txt',
		async run({ page, screenshot, publishScreenshot }) {
			const rows = await readOutline(page, { minimumRows: sampleEntries.length });
			const entries = rows.filter((row) => row.level === 1);
			await resizeSideBar(page, 560);
			await expandOutlineRow(page, 0);
			await screenshot('outline');
			assertNamesSampleEntries(entries.map((row) => row.label), 'Outline view');
			await publishScreenshot('outline', 'outline.png');
			return `${entries.length} titles; first detail: "${entries[0].description}"`;
		},
	},
	{
		name: 'symbols',
		description: 'Go to Symbol in Editor (Ctrl+Shift+O) lists the ten paper titles in order',
		file: 'sample.txt',
		async run({ page, screenshot }) {
			const { rows, close } = await readGoToSymbol(page, { minimumRows: sampleEntries.length });
			await screenshot('go-to-symbol');
			await close();
			const titled = rows.map((row) => row.label).filter(showsSampleTitle);
			assertNamesSampleEntries(titled, 'Go to Symbol');
			return `${rows.length} symbols, ${titled.length} of them titles`;
		},
	},
	{
		name: 'hover',
		description: 'hovering a title shows a summary of the paper',
		file: 'sample.txt',
		async run({ page, screenshot }) {
			for (const { line, column, mustInclude } of hoverCases) {
				const lacks = (text) => mustInclude.filter((pattern) => !pattern.test(text));
				const text = await hoverAt(page, line, column, { until: (shown) => lacks(shown).length === 0 }).catch((error) => error.lastText ?? error.message);
				await screenshot(`hover-${line}-${column}`);
				const missing = lacks(text);
				assert(missing.length === 0, `hover at ${line}:${column} lacks ${missing.join(', ')}; it reads: ${JSON.stringify(text)}`);
			}
			await page.keyboard.press('Escape');
		},
	},
	{
		name: 'selection',
		description: 'Expand Selection (Shift+Alt+→) grows from an author to the author line to the whole paper',
		file: 'sample.txt',
		async run({ page, screenshot }) {
			const { line, column, selectedCounts } = selectionCase;
			const outermost = selectedCounts[selectedCounts.length - 1];
			await goToPosition(page, line, column);
			const counts = [];
			while (counts.length < 8 && counts[counts.length - 1] !== outermost) {
				counts.push(await expandSelection(page, counts[counts.length - 1] ?? 0));
			}
			await screenshot('selection');
			await page.keyboard.press('Escape');
			const passed = selectedCounts.filter((count) => counts.includes(count));
			assert(passed.length === selectedCounts.length, `Expand Selection went through ${counts.join(' → ')} characters; expected it to pass ${selectedCounts.join(', ')}`);
			return `selected ${counts.join(' → ')} characters`;
		},
	},
	{
		name: 'problems',
		description: 'the Problems panel warns about the repeated entries',
		file: 'sample.txt',
		async run({ page, screenshot }) {
			const { lines, message } = duplicateProblems;
			const rows = await waitUntil(() => readProblems(page, { minimumRows: 1 }),
				(found) => lines.every((line) => found.some((row) => matchesProblem(row, 'sample.txt', line, message))), {
					timeoutMs: 30_000,
					describe: (found) => JSON.stringify(found?.map((row) => `${row.file}: ${row.text}`)),
				});
			await screenshot('problems');
			return `${rows.length} problems`;
		},
	},
	{
		name: 'quickfix',
		description: 'a quick fix on a duplicate warning removes the repeated entry',
		file: quickFixCase.file,
		setup: { [quickFixCase.file]: { copyOf: 'sample.txt' } },
		async run({ page, workspace, screenshot }) {
			const { file, line, column, title, remainingTitle, remainingCount } = quickFixCase;
			await waitUntil(() => readProblems(page), (rows) => rows.some((row) => matchesProblem(row, file, line, /./)), {
				timeoutMs: 30_000,
				describe: (rows) => JSON.stringify(rows?.map((row) => `${row.file}: ${row.text}`)),
			});
			// Reading the Problems panel can open another file a moment later; if the cursor never reaches the line in
			// our file, reopen it and try again rather than fail on a focus race.
			for (let attempt = 1; ; attempt++) {
				await openFileWithQuickOpen(page, file);
				try {
					await applyQuickFix(page, line, column, title);
					break;
				} catch (error) {
					if (attempt >= 3) throw error;
					await page.keyboard.press('Escape');
				}
			}
			await saveActiveEditor(page);
			await screenshot('quickfix');
			const text = readFileSync(join(workspace, file), 'utf8');
			const count = text.split(remainingTitle).length - 1;
			assert(count === remainingCount, `after the quick fix ${file} holds ${count} copies of "${remainingTitle}", expected ${remainingCount}`);
		},
	},
	{
		name: 'export',
		description: `"${exportCase.command}" writes a citation file into the workspace`,
		file: 'sample.txt',
		async run({ page, workspace, screenshot }) {
			const before = new Set(readdirSync(workspace));
			await runCommandFromPalette(page, exportCase.command);
			await answerPrompts(page, exportCase.answers);
			const written = await waitUntil(async () => {
				// A save dialog (the simple quick-input one in code-server) is accepted with its proposed name.
				if (await page.locator('.quick-input-widget:visible').count()) await page.keyboard.press('Enter');
				return readdirSync(workspace).filter((name) => !before.has(name) && exportCase.outputName.test(name));
			}, (names) => names.length > 0, { timeoutMs: 30_000, describe: () => `no new file matching ${exportCase.outputName} in ${workspace}` });
			await screenshot('export');
			const text = readFileSync(join(workspace, written[0]), 'utf8');
			const missing = exportCase.mustInclude.filter((pattern) => !pattern.test(text));
			assert(missing.length === 0, `${written[0]} lacks ${missing.join(', ')}; it starts: ${JSON.stringify(text.slice(0, 300))}`);
			return `wrote ${written[0]} (${text.length} characters)`;
		},
	},
];

function matchesProblem(row, file, line, message) {
	const text = `${row.text} ${row.ariaLabel}`;
	return row.file === file && message.test(text) && new RegExp(`\\b(Ln ${line},|line ${line}\\b)`, 'i').test(text);
}

/** Writes the files a check needs into the workspace: `{ name: { text } | { copyOf: fixtureName } }`. */
export function writeCheckFiles(check, workspace, fixturesDir) {
	for (const [name, content] of Object.entries(check.setup ?? {})) {
		if (content.copyOf) copyFileSync(join(fixturesDir, content.copyOf), join(workspace, name));
		else writeFileSync(join(workspace, name), content.text);
	}
}

/** Opens the check's file unless it is already the active editor. */
export async function openCheckFile(page, fileName) {
	const activeName = page.locator('.tabs-container .tab.active .label-name');
	if (await activeName.count() && (await activeName.first().innerText()).trim() === fileName) return;
	await openFileWithQuickOpen(page, fileName);
}
