// Debian's Chromium, headless, driven by playwright-core with a fresh profile.
import { chromium } from 'playwright-core';
import { makeTemporaryDirectory } from './processes.mjs';

const chromiumPath = process.env.LITDUMP_CHROMIUM ?? '/usr/bin/chromium';
const chromiumArgs = [
	'--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
	'--disable-component-update', '--disable-sync',
];

/** Launches headless Chromium with a throw-away --user-data-dir; returns { context, page }. Close with context.close(). */
export async function launchBrowser({ width = 1440, height = 900 } = {}) {
	const userDataDir = makeTemporaryDirectory('chromium');
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: chromiumPath,
		headless: true,
		args: chromiumArgs,
		viewport: { width, height },
		timeout: 60_000,
	});
	const page = context.pages()[0] ?? await context.newPage();
	return { context, page };
}
