/**
 * Year over year in the browser. The seeds hold one year per township, so this builds a tiny
 * library of its own (REPORTS_DIR, temp outDir and cache): 万古镇 2023 (seed 000) and a 2024
 * report made from it with the years moved on and two figures changed: 实际检查 609 → 700 家次,
 * and 到庭应诉率 100% → 120%, a rate that cannot be (存疑). The same library tests the figures
 * over the years and the copied-text summary (the 2024 report is nearly all 2023's text).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from '../fixtures/insight/axe.ts';
import { builtReports } from '../fixtures/site/dist.ts';
import { launchBrowser, type Browser } from '../../scripts/lib/browser.ts';
import { astroBuild, buildTemp } from './builds.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const SEED = 'seeds/000_503008dac59c57ce.txt';
const root = buildTemp('insight');
let server: StaticServer;
let browser: Browser;
let outDir: string;

beforeAll(async () => {
	const folder = join(root, 'reports');
	outDir = join(root, 'out');
	mkdirSync(folder);
	copyFileSync(SEED, join(folder, 'wangu-2023.txt'));
	const next = readFileSync(SEED, 'utf8').replace(/2024/g, '2025').replace(/2023/g, '2024').replace('实际检查 609 家次', '实际检查 700 家次').replace('到庭应诉率100%', '到庭应诉率120%');
	writeFileSync(join(folder, 'wangu-2024.txt'), next);
	const result = await astroBuild(folder, outDir);
	expect(result.code, result.output).toBe(0);
	server = await serveStatic(outDir);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
	const page = await browser.context.newPage();
	const response = await page.goto(server.url + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

describe('year over year', () => {
	const ids = () => {
		const reports = builtReports(outDir);
		const of = (year: number) => reports.find((r) => r.reportYear === year)!;
		// Follow-up pages are keyed by the township's division code.
		return { earlier: of(2023), later: of(2024), township: of(2023).region.code! };
	};

	it('lists the township with both years under its province', async () => {
		const page = await open('/followup/');
		const province = page.locator('main li', { hasText: '重庆市' });
		expect(await province.textContent()).toContain('1 个乡镇');
		await province.locator('a').click();
		await page.waitForURL('**/followup/in/*/');
		const item = page.locator('main li', { hasText: '万古镇' });
		expect(await item.textContent()).toContain('2023、2024');
		await page.close();
	});

	it('sets 2023’s plans beside 2024’s measures and problems, each block linked to its report', async () => {
		const { earlier, later, township } = ids();
		const page = await open(`/followup/${township}/`);
		const pair = page.locator('#y2023-2024');
		const [plans, work] = [pair.locator('.columns > div').nth(0), pair.locator('.columns > div').nth(1)];
		const plansText = earlier.sections.filter((s) => s.type === 'plans').flatMap((s) => s.paragraphs.map((p) => p.text));
		expect(plansText.length).toBeGreaterThan(0);
		for (const text of plansText) expect(await plans.textContent()).toContain(text);
		// The parser removes the spaces PDF extraction left around figures.
		expect(await work.textContent()).toContain('实际检查700家次');
		expect(await work.textContent()).not.toContain('实际检查609家次');
		expect(await plans.locator('h4 a').first().getAttribute('href')).toMatch(new RegExp(`^/reports/${earlier.id}/#plans`));
		expect(await work.locator('h4 a').first().getAttribute('href')).toMatch(new RegExp(`^/reports/${later.id}/#measures`));
		expect(await seriousAxeFindings(page)).toEqual([]);
		await page.close();
	});

	it('is linked both ways from the report pages', async () => {
		const { earlier, later, township } = ids();
		for (const [report, text] of [[earlier, '看本报告的计划在2024年的落实情况'], [later, '对照2023年报告的计划，看本年落实情况']] as const) {
			const page = await open(`/reports/${report.id}/`);
			const link = page.locator('a', { hasText: text });
			expect(await link.getAttribute('href')).toBe(`/followup/${township}/#y2023-2024`);
			await link.click();
			await page.waitForURL(`**/followup/${township}/#y2023-2024`);
			await page.close();
		}
	});

	it('flags the 2024 report’s repeated paragraphs, identical or edited, as the same township’s other year, linked to them', async () => {
		const { earlier, later } = ids();
		const page = await open(`/reports/${later.id}/`);
		const section = page.locator('section', { has: page.locator('#insight-copies') });
		expect(await section.textContent()).toContain('本乡镇其他年度');
		const targets = await section.locator(`a[href^="/reports/${earlier.id}/#"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		// measures-s1-s2-p1 names no year, so it is copied unchanged; measures-s2-s2-p1 had 609 changed to 700.
		expect(targets).toContain(`/reports/${earlier.id}/#measures-s1-s2-p1`);
		const edited = section.locator('li', { has: page.locator(`a[href="/reports/${earlier.id}/#measures-s2-s2-p1"]`) });
		// Each source is followed by its score, or 相同 when identical (the legend above the list says so).
		expect(await edited.textContent()).toMatch(/年 0\.\d\d/);
		expect(await section.locator('li', { has: page.locator(`a[href="/reports/${earlier.id}/#measures-s1-s2-p1"]`) }).textContent()).toMatch(/年 相同/);
		expect(await seriousAxeFindings(page)).toEqual([]);
		await page.close();
	});

	it('leads the copied-text panel with the share and the closest report, the paragraph list folded until asked for', async () => {
		const { earlier, later } = ids();
		const page = await open(`/reports/${later.id}/`);
		const section = page.locator('section', { has: page.locator('#insight-copies') });
		const summary = await section.locator('p').first().textContent();
		const [, percent, copied, total] = /约\s*([\d.]+)%.*?（(\d+) \/ (\d+) 字/.exec(summary!.replace(/\s+/g, ' '))!;
		// Only two figures changed: nearly all of 2024 is 2023's text.
		expect(Number(copied) / Number(total)).toBeGreaterThan(0.8);
		expect(Math.abs(Number(percent) - (100 * Number(copied)) / Number(total))).toBeLessThan(0.1);
		const closest = section.locator('ol.closest li');
		expect(await closest.count()).toBe(1);
		expect(await closest.locator('a').getAttribute('href')).toBe(`/reports/${earlier.id}/`);
		expect(await closest.textContent()).toContain('本乡镇其他年度');
		const list = section.locator('ul.copies');
		expect(await list.isVisible()).toBe(false);
		const folded = section.locator('details.copies-list > summary');
		expect((await folded.boundingBox())!.y).toBeGreaterThan((await closest.first().boundingBox())!.y);
		await folded.click();
		expect(await list.isVisible()).toBe(true);
		expect(await list.locator(`a[href^="/reports/${earlier.id}/#"]`).count()).toBeGreaterThan(0);
		for (const dark of [false, true]) {
			await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
			expect(await seriousAxeFindings(page)).toEqual([]);
		}
		await page.close();
	});
});

describe('figures over the years', () => {
	const ids = () => {
		const reports = builtReports(outDir);
		return { later: reports.find((r) => r.reportYear === 2024)! };
	};
	const rowsOf = (page: Page, indicator: string) =>
		page.locator(`table[data-indicator="${indicator}"] tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));

	it('charts 行政检查次数 as 609 in 2023 and 700 in 2024, beside its table', async () => {
		const page = await open('/figures/');
		expect(await rowsOf(page, 'inspections')).toEqual([['2023', '609', '1'], ['2024', '700', '1']]);
		const chart = page.locator('figure.chart', { has: page.locator('table[data-indicator="inspections"]') });
		expect(await chart.locator('svg circle').count()).toBe(2);
		await page.close();
	});

	it('leaves 2024’s 到庭应诉率120% out of the chart and lists it, with why, for checking', async () => {
		const { later } = ids();
		const page = await open('/figures/');
		expect(await rowsOf(page, 'court-appearance-rate')).toEqual([['2023', '100', '1']]);
		await page.locator('a', { hasText: '个数字存疑' }).click();
		await page.waitForURL('**/figures/doubtful/');
		const rows = page.locator('table.figure-rows tbody tr');
		expect(await rows.count()).toBe(1);
		const cells = await rows.first().locator('td').allTextContents();
		expect(cells[0]).toBe('负责人出庭应诉率');
		expect(cells[1]).toBe('120');
		expect(cells[4]).toContain('存疑');
		expect(cells[4]).toContain('超过100%');
		expect(await rows.first().locator('th a').getAttribute('href')).toBe(`/reports/${later.id}/`);
		expect(await seriousAxeFindings(page)).toEqual([]);
		await page.close();
	});

	it('marks the figure 存疑 in the report’s own 数据一览', async () => {
		const { later } = ids();
		const page = await open(`/reports/${later.id}/`);
		await page.locator('#insight-figures + details > summary').click();
		const row = page.locator('table.figure-table tbody tr', { hasText: '120%' });
		expect(await row.textContent()).toContain('存疑');
		await page.close();
	});
});
