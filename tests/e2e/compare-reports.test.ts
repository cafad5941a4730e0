/**
 * Side by side (/compare/reports/) in the built seed library (dist/): picking with 加入对比 on
 * report pages and in search results, the aligned table read from the chosen report pages, the
 * URL as the whole state, the messages for unknown ids and wrong counts, axe light and dark,
 * 375 px. Expected text comes from the per-year JSON downloads (builtReports).
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from '../fixtures/insight/axe.ts';
import { builtReports, DIST } from '../fixtures/site/dist.ts';
import { useSite } from './session.ts';

const site = useSite(DIST);
const reports = builtReports();
const wangu = reports.find((r) => r.region.township === '万古镇')!;
const gongchuan = reports.find((r) => r.region.township === '贡川镇')!;
const ROWS = ['举措成效', '第一责任人履职', '存在问题', '下一年计划'];
const compareUrl = (...ids: string[]) => `/compare/reports/?${ids.map((id) => `r=${id}`).join('&')}`;

async function open(path: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
	const page = await site.browser.context.newPage();
	await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
	await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
	await page.goto(site.server.url + path);
	if (path.startsWith('/compare/reports/')) await page.waitForSelector('#compare-reports[data-status="done"]');
	return page;
}

beforeEach(async () => {
	// Picks live in localStorage, shared by every page of the browser profile.
	const page = await open('/');
	await page.evaluate(() => localStorage.clear());
	await page.close();
});

describe('picking', () => {
	it('加入对比 on two report pages leads to their comparison', async () => {
		const page = await open(`/reports/${wangu.id}/`);
		const toggle = page.getByRole('button', { name: '加入对比' });
		await toggle.click();
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('.compare-note').textContent()).toContain('再选 1 份');
		await page.goto(`${site.server.url}/reports/${gongchuan.id}/`);
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		await toggle.click();
		const link = page.locator('.compare-note a');
		expect(await link.getAttribute('href')).toBe(compareUrl(wangu.id, gongchuan.id));
		await link.click();
		await page.waitForSelector('#compare-reports[data-status="done"]');
		expect(await page.locator('table.compare-reports thead th a:first-child').allTextContents()).toEqual(['重庆市大足区万古镇 2023年', '福建省三明市永安市贡川镇 2023年']);
		await page.close();
	});

	it('pressing it again removes the report; a fifth pick is refused with a message', async () => {
		const page = await open(`/reports/${reports[0]!.id}/`);
		const toggle = page.getByRole('button', { name: '加入对比' });
		await toggle.click();
		await toggle.click();
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		expect(await page.evaluate(() => localStorage.getItem('fazhi-compare-picks'))).toBe('[]');
		for (const r of reports.slice(0, 4)) {
			await page.goto(`${site.server.url}/reports/${r.id}/`);
			await toggle.click();
		}
		expect(await page.locator('.compare-note a').textContent()).toContain('4 份');
		await page.goto(`${site.server.url}/reports/${reports[4]!.id}/`);
		await toggle.click();
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		expect(await page.locator('.compare-note').textContent()).toContain('最多对比 4 份');
		await page.close();
	});

	it('search results have 加入对比 too, and a picked result links to the comparison', async () => {
		const page = await open('/search/?q=法律顾问');
		await page.waitForSelector('#search-results[data-search-status="done"]');
		const hits = page.locator('li.hit');
		expect(await hits.count()).toBeGreaterThanOrEqual(2);
		const ids = await hits.evaluateAll((els) => els.slice(0, 2).map((e) => (e as HTMLElement).dataset.reportId!));
		for (const i of [0, 1]) await hits.nth(i).getByRole('button', { name: '加入对比' }).click();
		const link = hits.nth(1).locator('.compare-note a');
		expect(await link.getAttribute('href')).toBe(compareUrl(...ids));
		// Both controls follow the picks: the first result's note links to the two as well.
		expect(await hits.nth(0).locator('.compare-note a').getAttribute('href')).toBe(compareUrl(...ids));
		await link.click();
		await page.waitForSelector('#compare-reports[data-status="done"]');
		expect(await page.locator('table.compare-reports thead th[scope="col"]').count()).toBe(3);
		await page.close();
	});
});

describe('the comparison', () => {
	it('aligns one row per part, each cell the report’s text of that part with a link to it', async () => {
		const page = await open(compareUrl(wangu.id, gongchuan.id));
		const rows = page.locator('table.compare-reports tbody tr');
		expect(await rows.locator('th').allTextContents()).toEqual(ROWS);
		const problems = rows.nth(2).locator('td').first();
		const section = wangu.sections.find((s) => s.type === 'problems')!;
		const paragraphs = [section, ...section.children].flatMap((b) => b.paragraphs.map((p) => p.text));
		expect(paragraphs.length).toBeGreaterThan(0);
		const text = (await problems.textContent())!;
		for (const p of paragraphs) expect(text).toContain(p);
		expect(await problems.locator('a').first().getAttribute('href')).toBe(`/reports/${wangu.id}/#${section.id}`);
		// 贡川镇 has no 第一责任人履职 part: its cell says so.
		expect(await rows.nth(1).locator('td').nth(1).textContent()).toBe('未找到该部分');
		expect(await page.title()).toContain('万古镇');
		await page.close();
	});

	it('loads only the chosen reports’ pages, all from the site itself', async () => {
		const page = await site.browser.context.newPage();
		const requested: string[] = [];
		const fetched: string[] = [];
		page.on('request', (req) => {
			requested.push(req.url());
			if (req.resourceType() === 'fetch') fetched.push(new URL(req.url()).pathname);
		});
		await page.goto(site.server.url + compareUrl(wangu.id, gongchuan.id));
		await page.waitForSelector('#compare-reports[data-status="done"]');
		await page.waitForLoadState('networkidle');
		expect(requested.filter((u) => !u.startsWith(site.server.url))).toEqual([]);
		expect(fetched.sort()).toEqual([`/reports/${gongchuan.id}/`, `/reports/${wangu.id}/`].sort());
		await page.close();
	});

	it('is the URL alone: a shared link shows the same reports with nothing stored, and can drop one', async () => {
		const all = reports.slice(0, 4).map((r) => r.id);
		const page = await open(compareUrl(...all));
		expect(await page.locator('table.compare-reports thead th[scope="col"]').count()).toBe(5);
		const removed = page.locator('.compare-remove').first();
		expect(await removed.getAttribute('href')).toBe(compareUrl(...all.slice(1)));
		await removed.click();
		await page.waitForSelector('#compare-reports[data-status="done"]');
		expect(await page.locator('table.compare-reports thead th[scope="col"]').count()).toBe(4);
		await page.close();
	});

	it('shows text as text: markup characters in a part are never interpreted', async () => {
		const page = await open(compareUrl(wangu.id, gongchuan.id));
		// Feed the renderer a part holding markup through its own data path.
		// A report page whose first paragraph of 举措成效 shows markup as text (escaped in its HTML, as the site writes it).
		await page.route((url) => /^\/reports\/[^/]+\/$/.test(url.pathname), async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(/(<section id="measures"[\s\S]*?<p id="[^"]+" data-pb="\d+">)/, '$1&lt;img src=x onerror=&quot;window.hacked=1&quot;&gt;&amp;amp;&lt;b&gt;粗&lt;/b&gt;');
			await route.fulfill({ response, body: html });
		});
		await page.reload();
		await page.waitForSelector('#compare-reports[data-status="done"]');
		expect(await page.locator('table.compare-reports img, table.compare-reports b').count()).toBe(0);
		expect(await page.locator('table.compare-reports td').first().textContent()).toContain('<b>粗</b>');
		expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
		await page.close();
	});
});

describe('messages', () => {
	it.each([
		['no report', '', '尚未选择报告'],
		['one report', compareUrl(wangu.id).slice('/compare/reports/'.length), '至少需要 2 份'],
		['five reports', compareUrl(...reports.map((r) => r.id)).slice('/compare/reports/'.length), '最多可同时对比 4 份'],
		['a malformed id', compareUrl(wangu.id, '<b>x</b>').slice('/compare/reports/'.length), '无法识别的报告编号'],
	])('%s: says what to do instead of a table', async (_name, query, expected) => {
		const page = await open(`/compare/reports/${query}`);
		expect(await page.locator('.compare-message').textContent()).toContain(expected);
		expect(await page.locator('table').count()).toBe(0);
		await page.close();
	});

	it('names an unknown id, and still compares the others when two remain', async () => {
		let page = await open(compareUrl(wangu.id, 'nosuch-2023'));
		let text = (await page.locator('#compare-reports').textContent())!;
		expect(text).toContain('未找到以下报告：nosuch-2023');
		expect(text).toContain('只选了 1 份');
		await page.close();
		page = await open(compareUrl(wangu.id, 'nosuch-2023', gongchuan.id));
		text = (await page.locator('#compare-reports').textContent())!;
		expect(text).toContain('未找到以下报告：nosuch-2023');
		expect(await page.locator('table.compare-reports thead th[scope="col"]').count()).toBe(3);
		await page.close();
	});
});

describe('quality', () => {
	for (const dark of [false, true]) {
		it(`has no serious or critical axe findings (${dark ? 'dark' : 'light'}), with the table and with a message, and on a picked report page`, async () => {
			for (const path of [compareUrl(...reports.slice(0, 4).map((r) => r.id)), compareUrl(wangu.id)]) {
				const page = await open(path, { dark });
				expect(await seriousAxeFindings(page), path).toEqual([]);
				await page.close();
			}
			const page = await open(`/reports/${wangu.id}/`, { dark });
			await page.getByRole('button', { name: '加入对比' }).click();
			expect(await seriousAxeFindings(page)).toEqual([]);
			await page.close();
		});
	}

	it('at 375 px the page does not scroll sideways; the table scrolls in its own box, and says so', async () => {
		const page = await open(compareUrl(wangu.id, gongchuan.id), { width: 375 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		const box = await page.locator('.compare-scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
		expect(box.scroll).toBeGreaterThan(box.client);
		expect(await page.locator('.compare-scroll-hint').isVisible()).toBe(true);
		await page.close();
	});
});
