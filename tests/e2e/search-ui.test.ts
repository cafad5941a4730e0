/**
 * Search page and report-page find bar, in one Chromium page: facets with counts and URL
 * state, Back, the header box and its `/` shortcut, landing on a highlighted match,
 * keyboard use, empty and no-result states, axe, no console errors, nothing off-site.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../../scripts/lib/browser.ts';
import { searchDone } from './search-page.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { expectedIds, loadOracle, occurrences, type OracleReport } from '../../scripts/lib/search-oracle.ts';

const Q = '法律顾问';
let browser: Browser;
let server: StaticServer;
let page: Page;
let oracle: OracleReport[];
const consoleErrors: string[] = [];
const offSite: string[] = [];

const done = () => searchDone(page);

async function open(path: string): Promise<void> {
	await page.goto(`${server.url}${path}`);
	if (path.startsWith('/search/')) await done();
}

/** Marks the results stale, runs `act`, waits for the new search to finish. */
async function rerun(act: () => Promise<unknown>): Promise<void> {
	await page.evaluate(() => (document.getElementById('search-results')!.dataset.searchStatus = 'stale'));
	await act();
	await done();
}

const shownIds = () => page.$$eval('[data-report-id]', (els) => els.map((e) => (e as HTMLElement).dataset.reportId!).sort());

/** axe violations on the page, or only inside `scope` (the report page's own markup is not search's). */
async function axe(scope?: string): Promise<string[]> {
	await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
	return page.evaluate(async (scope) => {
		type Axe = { run(context?: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
		const result = await (window as unknown as { axe: Axe }).axe.run(scope ? { include: [[scope]] } : undefined);
		return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
	}, scope);
}

beforeAll(async () => {
	oracle = await loadOracle('dist');
	server = await serveStatic('dist');
	browser = await launchBrowser();
	page = await browser.context.newPage();
	page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
	page.on('pageerror', (e) => consoleErrors.push(e.message));
	page.on('request', (r) => !r.url().startsWith(server.url) && offSite.push(r.url()));
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('search page', () => {
	it('shows a prompt for an empty query and a clear message when nothing matches', async () => {
		await open('/search/');
		expect(await page.textContent('#search-summary')).toContain('输入要查找的文字');
		expect(await shownIds()).toEqual([]);
		await open(`/search/?q=${encodeURIComponent('量子计算机')}`);
		expect(await page.textContent('#search-summary')).toContain('没有找到');
		expect(await shownIds()).toEqual([]);
	});

	it('combines facets, with counts that match the text, and keeps them in the URL', async () => {
		await open(`/search/?q=${encodeURIComponent(Q)}`);
		const all = expectedIds(oracle, Q);
		expect(await shownIds()).toEqual(all);
		expect(await page.textContent('#search-summary')).toContain(`共 ${all.length} 篇报告`);
		const byId = new Map(oracle.map((o) => [o.report.id, o.report]));
		// Province counts equal the number of matching reports in each province.
		const province = byId.get(all[0]!)!.region.province!;
		const inProvince = all.filter((id) => byId.get(id)!.region.province === province);
		const label = page.locator('label', { has: page.locator(`input[data-facet="province"][value="${province}"]`) });
		expect(await label.textContent()).toContain(`(${inProvince.length})`);
		// Toggled with the keyboard; focus stays on the checkbox after the re-render.
		await label.locator('input').focus();
		await rerun(() => page.keyboard.press('Space'));
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(province);
		expect(new URL(page.url()).searchParams.getAll('province')).toEqual([province]);
		expect(await shownIds()).toEqual(inProvince);
		// Add a year: AND across facets.
		const year = String(byId.get(inProvince[0]!)!.reportYear);
		await rerun(() => page.check(`input[data-facet="year"][value="${year}"]`));
		const both = inProvince.filter((id) => String(byId.get(id)!.reportYear) === year);
		expect(await shownIds()).toEqual(both);
		expect(new URL(page.url()).searchParams.get('year')).toBe(year);
		// Section type: only reports with a match in that kind of section.
		for (const scope of ['measures', 'leaderDuties', 'plans']) {
			const input = page.locator(`input[data-facet="scope"][value="${scope}"]`);
			const expected = expectedIds(oracle, Q, (r, u) => u.scope === scope && both.includes(r.report.id));
			if (expected.length === 0) {
				expect(await input.count()).toBe(0);
				continue;
			}
			expect(await page.locator('label', { has: input }).textContent()).toContain(`(${expected.length})`);
			await rerun(() => input.check());
			expect(await shownIds()).toEqual(expected);
			expect(new URL(page.url()).searchParams.get('scope')).toBe(scope);
			// Every sub-result shown is of that type.
			expect(await page.$$eval('.hit-parts .badge', (b) => [...new Set(b.map((x) => x.className))])).toEqual([`badge badge-${scope}`]);
			break;
		}
		// Reloading the shared URL gives the same results.
		const url = page.url();
		const before = await shownIds();
		await page.goto(url);
		await done();
		expect(await shownIds()).toEqual(before);
	});

	it('counts every kind of section (loaded after the results) as the text has it', async () => {
		for (const q of [Q, '法']) {
			await open(`/search/?q=${encodeURIComponent(q)}`);
			const shown = await page.$$eval('input[data-facet="scope"]', (inputs) =>
				Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).value, i.parentElement!.textContent!.match(/\((\d+)\)/)?.[1]])),
			);
			const expected: Record<string, string> = { report: String(expectedIds(oracle, q).length) };
			for (const scope of ['front', 'measures', 'leaderDuties', 'problems', 'plans', 'other', 'closing']) {
				const n = expectedIds(oracle, q, (_, u) => u.scope === scope).length;
				if (n > 0) expected[scope] = String(n);
			}
			expect(shown, q).toEqual(expected);
		}
	});

	it('goes back to the previous query and results with the Back button', async () => {
		await open(`/search/?q=${encodeURIComponent(Q)}`);
		await rerun(async () => {
			await page.fill('#search-q', '民法典');
			await page.press('#search-q', 'Enter');
		});
		expect(await shownIds()).toEqual(expectedIds(oracle, '民法典'));
		expect(new URL(page.url()).searchParams.get('q')).toBe('民法典');
		await rerun(() => page.goBack());
		expect(await page.inputValue('#search-q')).toBe(Q);
		expect(await shownIds()).toEqual(expectedIds(oracle, Q));
	});

	it('orders by match count by default, shows true counts, and sorts by year on request', async () => {
		for (const q of ['法', Q, '依法行政', '。']) {
			await open(`/search/?q=${encodeURIComponent(q)}`);
			const shown = await page.$$eval('[data-report-id]', (els) =>
				els.map((e) => ({ id: (e as HTMLElement).dataset.reportId!, count: Number(e.querySelector('.hit-meta strong')!.textContent) })),
			);
			expect(shown.length).toBeGreaterThan(1);
			for (const { id, count } of shown) {
				const r = oracle.find((o) => o.report.id === id)!;
				expect(count).toBe(occurrences(r, q).reduce((n, o) => n + o.count, 0));
			}
			const counts = shown.map((x) => x.count);
			expect(counts).toEqual([...counts].sort((a, b) => b - a));
		}
		await rerun(() => page.selectOption('#search-sort', 'year-asc'));
		expect(new URL(page.url()).searchParams.get('sort')).toBe('year-asc');
		const years = await page.$$eval('.hit-meta', (s) => s.map((x) => Number(x.textContent!.slice(0, 4))));
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});

	it('is reachable from the header box with the / shortcut, and usable with the keyboard', async () => {
		await open('/');
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		await page.keyboard.type(Q);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		await done();
		expect(await shownIds()).toEqual(expectedIds(oracle, Q));
		// Tab from the query box reaches the first result link; Enter opens it.
		await page.focus('#search-q');
		const firstHref = await page.getAttribute('[data-report-id] h3 a', 'href');
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === firstHref) break;
		}
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(firstHref);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/reports\//);
		expect(new URL(page.url()).pathname).toBe(new URL(firstHref!, server.url).pathname);
	});

	it('passes axe with results shown', async () => {
		await open(`/search/?q=${encodeURIComponent(Q)}`);
		expect(await axe()).toEqual([]);
	});
});

describe('landing on a report from a result', () => {
	it('scrolls to the match, highlights every occurrence and steps through them', async () => {
		await open(`/search/?q=${encodeURIComponent(Q)}`);
		const link = page.locator('[data-report-id] h3 a').first();
		const id = await page.getAttribute('[data-report-id]', 'data-report-id');
		const href = (await link.getAttribute('href'))!;
		await link.click();
		await page.waitForURL(/\/reports\//);
		await page.waitForSelector('[data-search-highlight]:not([hidden])');
		const r = oracle.find((o) => o.report.id === id)!;
		const total = occurrences(r, Q).reduce((n, o) => n + o.count, 0);
		const state = () =>
			page.evaluate(() => {
				const bar = document.querySelector<HTMLElement>('[data-search-highlight]')!;
				const hits = CSS.highlights.get('search-hit');
				const current = [...(CSS.highlights.get('search-current') ?? [])][0] as Range | undefined;
				const rect = current?.getBoundingClientRect();
				return {
					hits: hits?.size ?? 0,
					current: Number(bar.dataset.current),
					text: current?.toString() ?? '',
					inView: rect ? rect.top >= 0 && rect.bottom <= innerHeight : false,
					block: current?.startContainer.parentElement?.closest('[id]')?.id,
				};
			});
		let s = await state();
		expect(s.hits).toBe(total);
		expect(s.text.replace(/\s/g, '')).toBe(Q);
		expect(s.inView).toBe(true);
		// The current match is in the block the result linked to.
		expect(s.block).toBe(decodeURIComponent(new URL(href, server.url).hash.slice(1)));
		await page.click('[data-hl-next]');
		s = await state();
		expect(s.current).toBe(total > 1 ? 2 : 1);
		expect(s.inView).toBe(true);
		await page.focus('[data-hl-prev]');
		await page.keyboard.press('Enter');
		expect((await state()).current).toBe(1);
		expect(await axe('[data-search-highlight]')).toEqual([]);
	});

	it('highlights from a shared ?q= link, and not on an ordinary visit', async () => {
		const r = oracle.find((o) => occurrences(o, '民法典').length > 0)!;
		await open(`/reports/${r.report.id}/?q=${encodeURIComponent('民法典')}`);
		await page.waitForSelector('[data-search-highlight]:not([hidden])');
		const total = occurrences(r, '民法典').reduce((n, o) => n + o.count, 0);
		expect(await page.evaluate(() => CSS.highlights.get('search-hit')?.size)).toBe(total);
		await page.click('[data-hl-clear]');
		expect(await page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0)).toBe(0);
		expect(new URL(page.url()).searchParams.has('q')).toBe(false);
		await open(`/reports/${r.report.id}/`);
		expect(await page.locator('[data-search-highlight]').isHidden()).toBe(true);
	});

	it('raised no console error and fetched nothing outside the site', () => {
		expect(consoleErrors).toEqual([]);
		expect(offSite).toEqual([]);
	});
});
