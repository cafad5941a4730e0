/**
 * 缺项一览 in the built seed library (dist/): counts per province and year, each province's list
 * of reports lacking a required part, the CSV, links from header and home, axe light and dark,
 * 375 px. The expected gaps are read from the per-year JSON downloads with a plain check of section
 * types, not with the site's own code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../fixtures/csv.ts';
import { seriousAxeFindings } from '../fixtures/insight/axe.ts';
import { builtReports, DIST } from '../fixtures/site/dist.ts';
import { useSite } from './session.ts';

const site = useSite(DIST);
const reports = builtReports();
const REQUIRED = { measures: '举措成效', leaderDuties: '第一责任人履职', problems: '存在问题', plans: '下一年计划' } as const;
type Required = keyof typeof REQUIRED;
const lacks = (r: (typeof reports)[number]) => (Object.keys(REQUIRED) as Required[]).filter((t) => !r.sections.some((s) => s.type === t));
const incomplete = reports.filter((r) => lacks(r).length > 0);

async function open(path: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
	const page = await site.browser.context.newPage();
	await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
	await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
	const response = await page.goto(site.server.url + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

/** Each body row of a count table as [region, year, ...numbers], the spanning region cell carried down. */
function countRows(page: Page, table: string): Promise<string[][]> {
	return page.$$eval(`${table} tbody tr`, (rows) => {
		let region = '';
		return rows.map((tr) => {
			const group = tr.querySelector('th[scope="rowgroup"]');
			if (group) region = group.textContent!.trim();
			return [region, tr.querySelector('th[scope="row"]')!.textContent!.trim(), ...[...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())];
		});
	});
}

describe('/completeness/', () => {
	it('the seeds include a report without 第一责任人履职 (贡川镇), so the pages have something to show', () => {
		expect(incomplete.map((r) => r.region.township)).toContain('贡川镇');
		expect(lacks(incomplete.find((r) => r.region.township === '贡川镇')!)).toEqual(['leaderDuties']);
	});

	it('counts reports, incomplete ones and each missing part per province and year', async () => {
		const page = await open('/completeness/');
		const expected = new Map<string, number[]>();
		for (const r of reports) {
			const key = `${r.region.province}|${r.reportYear}年`;
			const row = expected.get(key) ?? [0, 0, 0, 0, 0, 0];
			const missing = lacks(r);
			row[0]!++;
			if (missing.length) row[1]!++;
			(Object.keys(REQUIRED) as Required[]).forEach((t, i) => missing.includes(t) && row[2 + i]!++);
			expected.set(key, row);
		}
		const shown = await countRows(page, 'table.completeness');
		expect(new Map(shown.map(([region, year, ...n]) => [`${region}|${year}`, n.map(Number)]))).toEqual(expected);
		expect(await page.locator('thead th').allTextContents()).toEqual(['省级地区', '年度', '报告', '缺项报告', ...Object.values(REQUIRED).map((l) => `缺${l}`)]);
		const stats = await page.locator('.stats').textContent();
		expect(stats).toContain(`${reports.length}份报告`);
		expect(stats).toContain(`${incomplete.length}份缺项`);
		await page.close();
	});

	it('is linked from the header of every page and from the home page', async () => {
		const page = await open('/');
		expect(await page.locator('.site-header nav a[href="/completeness/"]').count()).toBe(1);
		expect(await page.locator('main a[href="/completeness/"]').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('each province’s page lists exactly its incomplete reports with the parts they lack, linked', async () => {
		const index = await open('/completeness/');
		const provinces = await index.$$eval('table.completeness th[scope="rowgroup"] a', (as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')!]));
		expect(provinces.map(([name]) => name).sort()).toEqual([...new Set(reports.map((r) => r.region.province!))].sort());
		await index.close();
		for (const [name, href] of provinces) {
			const page = await open(href!);
			const rows = await page.$$eval('table.incomplete tbody tr', (trs) =>
				trs.map((tr) => ({ href: tr.querySelector('a')!.getAttribute('href'), parts: [...tr.querySelectorAll('.badge')].map((b) => b.textContent!.trim()) })),
			);
			const mine = incomplete.filter((r) => r.region.province === name);
			expect(rows.sort((a, b) => a.href!.localeCompare(b.href!))).toEqual(
				mine.map((r) => ({ href: `/reports/${r.id}/`, parts: lacks(r).map((t) => REQUIRED[t]) })).sort((a, b) => a.href.localeCompare(b.href)),
			);
			if (mine.length === 0) expect(await page.locator('main').textContent()).toContain('都包含四个必备部分');
			// A county with gaps links to its first listed report's row (one page here), others to the county page.
			const counties = await page.$$eval('table.completeness th[scope="rowgroup"] a', (as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')!]));
			for (const [county, to] of counties) {
				const listed = mine.find((r) => r.region.county === county);
				if (!listed) {
					expect(to).toMatch(/^\/regions\//);
					continue;
				}
				const [path, anchor] = to!.split('#');
				expect(path).toBe(href);
				expect(await page.locator(`[id="${anchor}"] a`).first().getAttribute('href')).toBe(`/reports/${listed.id}/`);
			}
			await page.close();
		}
	});

	it('its report links open the report', async () => {
		const gongchuan = incomplete.find((r) => r.region.township === '贡川镇')!;
		const page = await open('/completeness/');
		await page.locator('table.completeness a', { hasText: gongchuan.region.province! }).click();
		await page.locator(`table.incomplete a[href="/reports/${gongchuan.id}/"]`).click();
		await page.waitForURL(`**/reports/${gongchuan.id}/`);
		expect(await page.locator('h1').textContent()).toBe(gongchuan.title);
		await page.close();
	});
});

describe('/data/completeness.csv', () => {
	it('has one row per report, its missing parts named and 0/1 per part, and is linked from the page', async () => {
		const csv = readFileSync(join(DIST, 'data/completeness.csv'), 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = readCsv(csv);
		const header = rows[0]!;
		expect(rows).toHaveLength(reports.length + 1);
		for (const r of reports) {
			const row = rows.find((cells) => cells[0] === r.id)!;
			const at = (name: string) => row[header.indexOf(name)];
			expect(at('missing')).toBe(lacks(r).map((t) => REQUIRED[t]).join('、'));
			expect(at('missing_count')).toBe(String(lacks(r).length));
			for (const t of Object.keys(REQUIRED) as Required[]) expect(at(`has_${t}`)).toBe(lacks(r).includes(t) ? '0' : '1');
			expect(at('township')).toBe(r.region.township);
		}
		const page = await open('/completeness/');
		expect(await page.locator('a[href="/data/completeness.csv"]').count()).toBe(1);
		await page.close();
	});
});

describe('quality', () => {
	const paths = () => ['/completeness/', `/completeness/${readFileSync(join(DIST, 'completeness/index.html'), 'utf8').match(/href="\/completeness\/([^"/]+)\/"/)![1]}/`];
	for (const dark of [false, true]) {
		it(`has no serious or critical axe findings (${dark ? 'dark' : 'light'})`, async () => {
			for (const path of paths()) {
				const page = await open(path, { dark });
				expect(await seriousAxeFindings(page), path).toEqual([]);
				await page.close();
			}
		});
	}

	it('fits 375 px without the page scrolling sideways', async () => {
		for (const path of paths()) {
			const page = await open(path, { width: 375 });
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
			await page.close();
		}
	});
});
