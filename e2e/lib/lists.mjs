// Lists and trees of the workbench (quick input, action widget, Outline, Problems): reading and choosing rows.
import { waitUntil } from './waiting.mjs';

/**
 * Moves the keyboard focus in an open list (quick input or action widget) down to the first row whose text matches
 * `label` and presses Enter, as a user does. Clicking can land on a row's inline buttons or a pointer-blocking overlay,
 * and a row found before the list finished filtering may be gone, so the focused row itself is read at every step.
 */
export async function chooseRow(page, rows, label, { textSelector = '.label-name', timeoutMs = 15_000, maxSteps = 60 } = {}) {
	await page.locator(rows).filter({ has: page.locator(textSelector, { hasText: label }) }).first().waitFor({ timeout: timeoutMs });
	const focused = page.locator(`${rows}.focused`).first();
	const focusedText = async () => (await focused.count() ? (await focused.locator(textSelector).first().innerText()).trim() : '');
	for (let step = 0; step < maxSteps; step++) {
		const text = await focusedText();
		if (label instanceof RegExp ? label.test(text) : text.includes(label)) {
			await page.keyboard.press('Enter');
			return;
		}
		await page.keyboard.press('ArrowDown');
	}
	throw new Error(`could not move the keyboard focus to a row matching ${label}`);
}

/** Reads what the rendered rows of a list show: index, tree level, label, description, text and aria-label. */
function snapshotRows(page, rowsSelector) {
	return page.locator(rowsSelector).evaluateAll((rows) => rows.map((row) => ({
		index: Number(row.getAttribute('data-index')),
		isLast: row.getAttribute('data-last-element') === 'true',
		level: Number(row.getAttribute('aria-level') ?? 1),
		label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
		description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
		text: row.textContent.replace(/\s+/g, ' ').trim(),
		ariaLabel: row.getAttribute('aria-label') ?? '',
	})));
}

/**
 * Reads every row of a (virtualised) list, paging down with the keyboard until the row marked as the list's last
 * element has been read. A tree is focused first (`focusTree`) and read from its top (Home); in a quick input the
 * focus stays in the input box. The first PageDown may only move the focus to the last visible row, so a few presses
 * without new rows are allowed. (The Problems tree must not reveal what it focuses: `problems.autoReveal` is off.)
 */
export async function collectRows(page, rowsSelector, { focusTree, maxSteps = 60, maxIdleSteps = 3 } = {}) {
	const byIndex = new Map();
	const remember = (rows) => {
		let added = 0;
		for (const row of rows) {
			if (!byIndex.has(row.index)) {
				byIndex.set(row.index, row);
				added++;
			}
		}
		return added;
	};
	const sawLast = () => [...byIndex.values()].some((row) => row.isLast);
	if (focusTree) {
		await focusTree();
		await page.keyboard.press('Home');
		await waitUntil(() => snapshotRows(page, rowsSelector), (rows) => rows.some((row) => row.index === 0), {
			timeoutMs: 5_000, intervalMs: 50, describe: () => `${rowsSelector} did not scroll to its top`,
		});
	}
	const scroll = async () => {
		if (focusTree) await focusTree();
		await page.keyboard.press('PageDown');
	};
	remember(await snapshotRows(page, rowsSelector));
	let idleSteps = 0;
	for (let step = 0; step < maxSteps && !sawLast() && idleSteps < maxIdleSteps; step++) {
		await scroll();
		const grew = await waitUntil(() => snapshotRows(page, rowsSelector), (rows) => remember(rows) > 0 || sawLast(), {
			timeoutMs: 1_000,
			intervalMs: 50,
		}).then(() => true, () => false);
		idleSteps = grew ? 0 : idleSteps + 1;
	}
	if (!sawLast()) throw new Error(`read ${byIndex.size} rows of ${rowsSelector} but never reached the last one`);
	return [...byIndex.values()].sort((a, b) => a.index - b.index);
}
