/**
 * Year over year in the browser. The seeds hold one year per township, so this builds a tiny
 * library of its own (REPORTS_DIR, temp outDir and cache): 万古镇 2023 (seed 000) and a 2024
 * report made from it with the years moved on and one figure changed.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from '../fixtures/insight/axe.ts';
import { builtReports } from '../fixtures/site/dist.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { astroBuild, buildTemp } from './builds.ts';
import { serveStatic, type StaticServer } from './server.ts';

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
	const next = readFileSync(SEED, 'utf8').replace(/2024/g, '2025').replace(/2023/g, '2024').replace('实际检查 609 家次', '实际检查 700 家次');
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
		expect(await edited.textContent()).toMatch(/相似度 0\.\d+/);
		expect(await section.locator('li', { has: page.locator(`a[href="/reports/${earlier.id}/#measures-s1-s2-p1"]`) }).textContent()).toContain('完全相同');
		expect(await seriousAxeFindings(page)).toEqual([]);
		await page.close();
	});
});
