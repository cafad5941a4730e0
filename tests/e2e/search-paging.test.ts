/**
 * Results a screen at a time, on a library with more matches than a screen across several
 * years (its own build of a synthetic corpus). The page works out only the screens asked
 * for (years searched one at a time until they are full; fragments of shown reports only),
 * so this checks that the order, the total and "显示更多报告" are those of the whole set.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/synth/corpus.ts';
import { buildPool } from '../../scripts/synth/pool.ts';
import { astroBuild, buildTemp } from './builds.ts';
import { expectedIds, loadOracle, occurrences, type OracleReport } from '../../scripts/lib/search-oracle.ts';
import { useSite } from './session.ts';

const Q = '法治';
const root = buildTemp('paging');
const folder = join(root, 'reports');
const outDir = join(root, 'out');
let oracle: OracleReport[];

beforeAll(async () => {
	mkdirSync(folder);
	for (const file of generateCorpus(36, buildPool('seeds'), 11)) writeFileSync(join(folder, file.file), file.bytes);
	const result = await astroBuild(folder, outDir, { SEARCH_PART_SIZE: '8' });
	expect(result.code, result.output).toBe(0);
	oracle = await loadOracle(outDir, folder);
}, 180_000);
const site = useSite(outDir);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function searched(path: string): Promise<Page> {
	const page = await site.browser.context.newPage();
	await page.goto(site.server.url + path);
	await page.waitForSelector('#search-results[data-search-status="done"]');
	return page;
}

const listed = (page: Page) => page.$$eval('#search-list [data-report-id]', (els) => els.map((e) => (e as HTMLElement).dataset.reportId!));

/** Clicks "显示更多报告" through to the end, checking each screen's ids against `order` (report → sort key). */
async function pageThrough(page: Page, expected: string[], keys: (ids: string[]) => unknown[], want: unknown[]): Promise<void> {
	expect(await page.textContent('#search-summary')).toContain(`共 ${expected.length} 篇`);
	for (let shown = 10; ; shown = Math.min(shown + 10, expected.length)) {
		const ids = await listed(page);
		expect(ids.length).toBe(shown);
		expect(new Set(ids).size).toBe(shown);
		expect(ids.every((id) => expected.includes(id))).toBe(true);
		expect(keys(ids)).toEqual(want.slice(0, shown));
		if (shown === expected.length) break;
		await page.evaluate(() => (document.getElementById('search-results')!.dataset.searchStatus = 'stale'));
		await page.click('#search-more');
		await page.waitForSelector('#search-results[data-search-status="done"]');
	}
	expect(await page.isHidden('#search-more')).toBe(true);
}

describe('search results a screen at a time', () => {
	const yearOf = () => new Map(oracle.map((o) => [o.report.id, o.report.reportYear]));

	for (const [sort, direction] of [['year-desc', -1], ['year-asc', 1]] as const) {
		it(`shows ${sort} in order, with the total of every match`, async () => {
			const expected = expectedIds(oracle, Q);
			const years = yearOf();
			const want = expected.map((id) => years.get(id)!).sort((a, b) => direction * (a - b));
			// More matches than two screens, over more years than one screen needs.
			expect(expected.length).toBeGreaterThan(20);
			expect(new Set(want.slice(0, 10)).size).toBeLessThan(new Set(want).size);
			const page = await searched(`/search/?q=${encodeURIComponent(Q)}&sort=${sort}`);
			await pageThrough(page, expected, (ids) => ids.map((id) => years.get(id)!), want);
			await page.close();
		});
	}

	it('shows the most matches first by default, ties newest first, with the total of every match', async () => {
		const q = '第一责任人';
		const expected = expectedIds(oracle, q);
		const years = yearOf();
		const matches = new Map(oracle.map((o) => [o.report.id, occurrences(o, q).reduce((sum, x) => sum + x.count, 0)]));
		const key = (id: string) => `${String(matches.get(id)).padStart(4, '0')}/${years.get(id)}`;
		const want = expected.map(key).sort().reverse();
		// The tenth report's match count is shared by reports on both sides of the screen's
		// end, from several years: the tie the page orders by year-by-year searches.
		const count = (k: string) => k.split('/')[0];
		const tie = want.filter((k) => count(k) === count(want[9]!));
		expect(want.indexOf(tie[0]!)).toBeLessThan(9);
		expect(want.indexOf(tie.at(-1)!)).toBeGreaterThan(9);
		expect(new Set(tie.map((k) => k.split('/')[1])).size).toBeGreaterThan(1);
		const page = await searched(`/search/?q=${encodeURIComponent(q)}`);
		await pageThrough(page, expected, (ids) => ids.map(key), want);
		await page.close();
	});

	it('pages through a query of several terms and an exclusion in both orders, with the total of every match', async () => {
		const q = '法治 第一责任人 -量子';
		const expected = expectedIds(oracle, q);
		expect(expected.length).toBeGreaterThan(20);
		const years = yearOf();
		const matches = new Map(oracle.map((o) => [o.report.id, occurrences(o, q).reduce((sum, x) => sum + x.count, 0)]));
		const key = (id: string) => `${String(matches.get(id)).padStart(4, '0')}/${years.get(id)}`;
		let page = await searched(`/search/?q=${encodeURIComponent(q)}`);
		await pageThrough(page, expected, (ids) => ids.map(key), expected.map(key).sort().reverse());
		await page.close();
		page = await searched(`/search/?q=${encodeURIComponent(q)}&sort=year-asc`);
		await pageThrough(page, expected, (ids) => ids.map((id) => years.get(id)!), expected.map((id) => years.get(id)!).sort((a, b) => a - b));
		await page.close();
	});
});
