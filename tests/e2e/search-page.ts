/** The search page's own signal that a search and its section counts are done, for every search test. */
import type { Page } from 'playwright-core';

/** Results, then the section facet's counts (they follow from a second index). */
export const SEARCH_DONE = '#search-results[data-search-status="done"][data-section-status="done"]';

export async function searchDone(page: Page): Promise<void> {
	await page.waitForSelector(SEARCH_DONE);
}
