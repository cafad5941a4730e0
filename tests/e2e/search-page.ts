/** The search page's own signal that a search (results, facets and section counts) is done, for every search test. */
import type { Page } from 'playwright-core';

export const SEARCH_DONE = '#search-results[data-search-status="done"]';

export async function searchDone(page: Page): Promise<void> {
	await page.waitForSelector(SEARCH_DONE);
}
