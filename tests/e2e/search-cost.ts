/**
 * Query cost of the search page over a built site: bytes fetched and time to results.
 * For the benchmark (never asserted in tests): `measureSearchCost(dist, queries)` opens
 * /search/?q=… in a fresh Chromium per cold query, then runs the rest warm in one page.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './server.ts';

export interface QueryCost {
	q: string;
	/** Bytes (transfer size) fetched for this query, excluding the HTML page. */
	bytes: number;
	/** Of which under /pagefind/ and /_astro/ (runtime code). */
	runtimeBytes: number;
	ms: number;
	reports: number;
}

async function timed(page: Page, act: () => Promise<unknown>): Promise<Omit<QueryCost, 'q'> & { inPageMs?: number }> {
	const sizes: Array<Promise<{ url: string; size: number }>> = [];
	const onResponse = (r: import('playwright-core').Response) =>
		sizes.push(r.request().sizes().then((s) => ({ url: r.url(), size: s.responseBodySize + s.responseHeadersSize })).catch(() => ({ url: r.url(), size: 0 })));
	page.on('response', onResponse);
	const start = performance.now();
	const inPage = await act();
	await page.waitForSelector('#search-results[data-search-status="done"]');
	const ms = performance.now() - start;
	page.off('response', onResponse);
	const got = (await Promise.all(sizes)).filter((s) => !s.url.endsWith('/') && !s.url.includes('/search/?'));
	const runtime = got.filter((s) => /pagefind(-worker)?\.js|wasm\.|\/_astro\//.test(s.url));
	return {
		bytes: got.reduce((n, s) => n + s.size, 0),
		runtimeBytes: runtime.reduce((n, s) => n + s.size, 0),
		ms,
		reports: Number((await page.textContent('#search-summary'))?.match(/共 (\d+) 篇/)?.[1] ?? 0),
		...(typeof inPage === 'number' ? { inPageMs: inPage } : {}),
	};
}

export async function measureSearchCost(dist: string, queries: string[]): Promise<{ cold: QueryCost[]; warm: QueryCost[] }> {
	const server = await serveStatic(dist);
	const cold: QueryCost[] = [];
	const warm: QueryCost[] = [];
	try {
		for (const q of queries.slice(0, 5)) {
			const browser = await launchBrowser();
			const page = await browser.context.newPage();
			cold.push({ q, ...(await timed(page, () => page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`))) });
			await browser.close();
		}
		const browser = await launchBrowser();
		const page = await browser.context.newPage();
		await page.goto(`${server.url}/search/`);
		await page.waitForSelector('#search-results[data-search-status="done"]');
		for (const q of queries) {
			// Timed inside the page (submit → done), so driver round trips do not count.
			const cost = await timed(page, () =>
				page.evaluate(async (q) => {
					const results = document.getElementById('search-results')!;
					results.dataset.searchStatus = 'stale';
					(document.getElementById('search-q') as HTMLInputElement).value = q;
					const start = performance.now();
					const done = new Promise<void>((ok) => {
						const watch = new MutationObserver(() => results.dataset.searchStatus === 'done' && (watch.disconnect(), ok()));
						watch.observe(results, { attributes: true });
					});
					(document.getElementById('search-form') as HTMLFormElement).requestSubmit();
					await done;
					return performance.now() - start;
				}, q),
			);
			warm.push({ q, ...cost, ms: cost.inPageMs ?? cost.ms });
		}
		await browser.close();
	} finally {
		await server.close();
	}
	return { cold, warm };
}
