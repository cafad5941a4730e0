/** One Chromium and one static server over a built site for a whole test file, closed after it. */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type Browser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

export interface SiteSession {
	readonly server: StaticServer;
	readonly browser: Browser;
}

export function useSite(dir: string): SiteSession {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		server = await serveStatic(dir);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get server() {
			return server!;
		},
		get browser() {
			return browser!;
		},
	};
}
