// What a user does in the VS Code workbench, expressed with keyboard, mouse and what the page shows.
import { chooseRow, collectRows } from './lists.mjs';
import { waitUntil } from './waiting.mjs';

const quickInput = '.quick-input-widget';
// Rows of a list's own row container (a tree's sticky-scroll copies of rows live elsewhere and are left out).
const quickInputRows = '.quick-input-widget .quick-input-list .monaco-list-rows > .monaco-list-row';
const languageStatus = '[id="status.editor.mode"]';

/** Loads the workbench for `url` and waits until the explorer shows the workspace folder. */
export async function openWorkbench(page, url, { timeoutMs = 90_000 } = {}) {
	await page.goto(url, { timeout: timeoutMs });
	await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: timeoutMs });
	await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: timeoutMs });
}

async function typeIntoQuickInput(page, opener, text) {
	await page.keyboard.press('Escape');
	await page.keyboard.press(opener);
	const input = page.locator(`${quickInput} .quick-input-box input`);
	await input.waitFor({ timeout: 10_000 });
	// Keep the mode prefix the opener put there (">" for commands, ":" for Go to Line).
	const prefix = await input.inputValue();
	await input.fill(`${prefix}${text}`);
	return input;
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its tab to become active. */
export async function openFileWithQuickOpen(page, fileName, { timeoutMs = 30_000 } = {}) {
	await typeIntoQuickInput(page, 'Control+P', fileName);
	await chooseRow(page, quickInputRows, new RegExp(`^${escapeRegExp(fileName)}$`), { timeoutMs });
	await page.locator('.tabs-container .tab.active').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(fileName)}$`) }) })
		.waitFor({ timeout: timeoutMs });
}

/** Waits until the status bar's language mode reads `expected`; the error names what it read instead. */
export async function waitForLanguageMode(page, expected, { timeoutMs = 30_000 } = {}) {
	return waitUntil(() => page.locator(languageStatus).innerText(), (text) => text.trim() === expected, {
		timeoutMs,
		describe: (text) => `status bar language mode "${text?.trim()}" (expected "${expected}")`,
	});
}

/** Runs a command from the Command Palette (F1) by its full label, e.g. "Literature Dump: Export Citations". */
export async function runCommandFromPalette(page, label, { timeoutMs = 15_000 } = {}) {
	await typeIntoQuickInput(page, 'F1', label);
	await chooseRow(page, quickInputRows, new RegExp(`^${escapeRegExp(label)}$`), { timeoutMs });
}

/** Opens the Outline view (collapsing the folder view so it has room) and returns its rows: [{ label, description, level }]. */
export async function readOutline(page, { minimumRows = 1, timeoutMs = 30_000 } = {}) {
	await runCommandFromPalette(page, 'Explorer: Focus on Outline View');
	await collapseFoldersView(page);
	const rows = '.outline-pane .monaco-list-rows > .monaco-list-row';
	await waitUntil(() => page.locator(rows).count(), (count) => count >= minimumRows, {
		timeoutMs,
		describe: (count) => `${count} rows in the Outline view`,
	});
	return collectRows(page, rows, { focusTree: () => page.locator('.outline-pane .monaco-list').first().focus() });
}

async function collapseFoldersView(page) {
	const header = page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]').filter({ hasNot: page.locator('.title', { hasText: /^(Outline|Timeline)$/ }) });
	if (await header.count()) await header.first().click();
}

/** Opens Go to Symbol in Editor (Ctrl+Shift+O), reads every entry, closes it again: [{ label, description }]. */
export async function readGoToSymbol(page, { minimumRows = 1, timeoutMs = 30_000 } = {}) {
	await page.keyboard.press('Escape');
	await page.keyboard.press('Control+Shift+O');
	await waitUntil(() => page.locator(quickInputRows).count(), (count) => count >= minimumRows, {
		timeoutMs,
		describe: (count) => `${count} rows in Go to Symbol`,
	});
	const rows = await collectRows(page, quickInputRows);
	return { rows, close: () => page.keyboard.press('Escape') };
}

/** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G) in the active editor. */
export async function goToPosition(page, line, column = 1) {
	await typeIntoQuickInput(page, 'Control+G', `${line}:${column}`);
	await page.keyboard.press('Enter');
	await waitUntil(() => page.locator('[id="status.editor.selection"]').innerText(), (text) => text.startsWith(`Ln ${line}, Col ${column}`), {
		timeoutMs: 10_000,
	});
}

/** Presses Expand Selection (Shift+Alt+→) and returns how many characters the status bar then says are selected. */
export async function expandSelection(page, selectedBefore, { timeoutMs = 10_000 } = {}) {
	await page.keyboard.press('Shift+Alt+ArrowRight');
	const selected = (text) => Number(/\((\d+) selected\)/.exec(text)?.[1] ?? 0);
	const text = await waitUntil(() => page.locator('[id="status.editor.selection"]').innerText(), (shown) => selected(shown) > selectedBefore, {
		timeoutMs,
		describe: (shown) => `status bar "${shown}" after Expand Selection from ${selectedBefore} selected characters`,
	});
	return selected(text);
}

/**
 * Points the mouse at the character at (line, column) and returns the text of the hover that appears, once `until(text)`
 * holds (by default: once nothing in it is still "Loading..."). On timeout the error carries `lastText`.
 */
export async function hoverAt(page, line, column, { until = (text) => !text.includes('Loading...'), timeoutMs = 15_000 } = {}) {
	await goToPosition(page, line, column);
	const cursor = page.locator('.monaco-editor.focused .cursors-layer .cursor').first();
	const box = await cursor.boundingBox();
	if (!box) throw new Error(`no visible cursor at ${line}:${column}`);
	await page.mouse.move(box.x + 40, box.y - 40);
	await page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 4 });
	const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content').first();
	await hover.waitFor({ state: 'visible', timeout: timeoutMs });
	let lastText = '';
	try {
		return await waitUntil(async () => (lastText = (await hover.innerText()).trim()), until, { timeoutMs, describe: () => JSON.stringify(lastText) });
	} catch (error) {
		error.lastText = lastText;
		throw error;
	}
}

/** Shows the Problems panel (Ctrl+Shift+M toggles it, so only when hidden) and returns its markers: [{ file, text }]. */
export async function readProblems(page, { minimumRows = 1, timeoutMs = 30_000 } = {}) {
	await page.keyboard.press('Escape');
	const panel = page.locator('.markers-panel');
	if (!await panel.isVisible()) await page.keyboard.press('Control+Shift+M');
	await panel.waitFor({ state: 'visible', timeout: timeoutMs });
	const rows = '.markers-panel .monaco-list-rows > .monaco-list-row';
	await waitUntil(() => page.locator(`${rows}[aria-level="2"]`).count(), (count) => count >= minimumRows, {
		timeoutMs,
		describe: (count) => `${count} problem rows`,
	});
	const all = await collectRows(page, rows, { focusTree: () => page.locator('.markers-panel .monaco-list').first().focus() });
	// Level 1: a file; level 2: a problem in it; level 3: the problem's related locations.
	let file = '';
	const markers = [];
	for (const row of all) {
		if (row.level === 1) file = row.label;
		else if (row.level === 2) markers.push({ file, text: row.text, ariaLabel: row.ariaLabel });
	}
	return markers;
}

/** Puts the cursor at (line, column), opens Quick Fix (Ctrl+.) and chooses the action whose title matches `title`. */
export async function applyQuickFix(page, line, column, title, { timeoutMs = 15_000 } = {}) {
	await goToPosition(page, line, column);
	await page.keyboard.press('Control+Period');
	const actions = page.locator('.action-widget .monaco-list-row');
	await actions.first().waitFor({ timeout: timeoutMs });
	const wanted = actions.filter({ hasText: title });
	if (await wanted.count() === 0) {
		const offered = await actions.allInnerTexts();
		throw new Error(`no quick fix matching ${title} at ${line}:${column}; offered: ${JSON.stringify(offered)}`);
	}
	await chooseRow(page, '.action-widget .monaco-list-row', title, { textSelector: '.title', timeoutMs });
	await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Answers quick picks a command opens: each answer is a label to choose, or `{ accept: true }` to press Enter. */
export async function answerPrompts(page, answers, { timeoutMs = 15_000 } = {}) {
	for (const answer of answers) {
		await page.locator(`${quickInput}:visible`).waitFor({ timeout: timeoutMs });
		if (typeof answer === 'string') {
			await chooseRow(page, quickInputRows, answer, { timeoutMs });
		} else {
			await page.keyboard.press('Enter');
		}
	}
}

/** Saves the active editor (Ctrl+S) and waits until its tab is no longer marked dirty. */
export async function saveActiveEditor(page, { timeoutMs = 15_000 } = {}) {
	await page.keyboard.press('Control+S');
	await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: timeoutMs });
}

function escapeRegExp(text) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Drags the sash on the side bar's right edge so the side bar becomes `width` pixels wide. */
export async function resizeSideBar(page, width) {
	const sideBar = await page.locator('.part.sidebar').boundingBox();
	if (!sideBar) return;
	const edge = sideBar.x + sideBar.width;
	for (const sash of await page.locator('.monaco-sash.vertical').all()) {
		const box = await sash.boundingBox();
		if (!box || Math.abs(box.x + box.width / 2 - edge) > 4 || box.height < sideBar.height / 2) continue;
		await page.mouse.move(box.x + box.width / 2, sideBar.y + sideBar.height / 2);
		await page.mouse.down();
		await page.mouse.move(sideBar.x + width, sideBar.y + sideBar.height / 2, { steps: 8 });
		await page.mouse.up();
		await waitUntil(() => page.locator('.part.sidebar').boundingBox(), (now) => Math.abs(now.width - width) < 40, { timeoutMs: 5_000 });
		return;
	}
}

/** Expands the Outline view's top-level row `index` (0-based) and waits for its children to show. */
export async function expandOutlineRow(page, index) {
	const row = page.locator(`.outline-pane .monaco-list-row[data-index="${index}"]`);
	if (await row.getAttribute('aria-expanded') !== 'false') return;
	await row.locator('.monaco-tl-twistie').click();
	await page.locator(`.outline-pane .monaco-list-row[data-index="${index}"][aria-expanded="true"]`).waitFor({ timeout: 5_000 });
}
