/**
 * Headless Chromium for the browser tests and the bench: playwright-core driving the system Chromium
 * (playwright's own browser download does not work on these machines).
 * Set CHROMIUM_PATH to use another binary.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
	const found = CANDIDATES.find((p): p is string => Boolean(p) && existsSync(p!));
	if (!found) {
		throw new Error(
			'No Chromium found. Install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to its binary.',
		);
	}
	return found;
}

export interface Browser {
	context: BrowserContext;
	close(): Promise<void>;
}

/** A fresh profile each launch, so no state leaks between test files. */
export async function launchBrowser(): Promise<Browser> {
	const profile = mkdtempSync(join(tmpdir(), 'fazhi-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
		viewport: { width: 1280, height: 900 },
		locale: 'zh-CN',
	});
	return {
		context,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
