/**
 * The insight pages of the built seed library (dist/): cited laws, the indicator table and
 * its CSV, the data exports, and axe on each new page type. Expectations come from the
 * library run on the published reports, or from figures read by hand in the seeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { computeInsight } from '../../src/insight/index.ts';
import { CopyShareSchema, FigureSchema, IndicatorSchema, LawSchema, SimilarMatchSchema } from '../../src/insight/schema.ts';
import { seriousAxeFindings } from '../fixtures/insight/axe.ts';
import { builtReports, DIST } from '../fixtures/site/dist.ts';
import { useSite } from './session.ts';

const reports = builtReports();
const insight = computeInsight(reports);
const wangu = reports.find((r) => r.region.township === '万古镇')!;
const site = useSite(DIST);


async function open(path: string): Promise<Page> {
	const page = await site.browser.context.newPage();
	const response = await page.goto(site.server.url + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

describe('/laws/', () => {
	it('lists every law once, 《民法典》 under its full name with its report count', async () => {
		const page = await open('/laws/');
		const links = await page.locator('main table a').allTextContents();
		expect(links).toHaveLength(insight.laws.length);
		const civil = insight.laws.find((l) => l.aliases.includes('民法典'))!;
		const row = page.locator('tr', { has: page.locator(`a[href="/laws/${civil.id}/"]`) });
		await expect(row.locator('th').textContent()).resolves.toContain('《中华人民共和国民法典》');
		expect(await row.locator('td').first().textContent()).toBe(String(civil.reports));
		await page.close();
	});

	it('shows each citing paragraph of a law, and its link lands on that paragraph of the report', async () => {
		const civil = insight.laws.find((l) => l.aliases.includes('民法典'))!;
		const page = await open(`/laws/${civil.id}/`);
		const quotes = page.locator('blockquote');
		expect(await quotes.count()).toBe(civil.citations.length);
		expect(await page.locator('mark').allTextContents()).toEqual(civil.citations.map((c) => `《${c.written}》`));
		const first = civil.citations[0]!;
		await page.locator('a', { hasText: '查看原文段落' }).first().click();
		await page.waitForURL(`**/reports/${first.reportId}/#${first.paragraphId}`);
		expect(await page.locator(`[id="${first.paragraphId}"]`).textContent()).toContain(`《${first.written}》`);
		await page.close();
	});

	it('lists every title of a kind on the kind’s own page, local regulations apart from laws', async () => {
		const page = await open('/laws/kinds/local-regulation/');
		const names = await page.locator('main table tbody th a').allTextContents();
		expect(names.sort()).toEqual(insight.laws.filter((l) => l.kind === 'local-regulation').map((l) => `《${l.name}》`).sort());
		expect(names).toContain('《重庆市未成年人保护条例》');
		await page.close();
	});
});

describe('/figures/', () => {
	it('links 万古镇’s 实际检查 609 家次 (read in the seed) to its paragraph, and leaves unstated cells blank', async () => {
		const page = await open('/figures/');
		const headers = await page.locator('table.indicators thead th').allTextContents();
		const row = page.locator('table.indicators tbody tr', { has: page.locator(`a[href="/reports/${wangu.id}/"]`) });
		const cells = await row.locator('td').allTextContents();
		const at = (label: string) => cells[headers.indexOf(label) - 1];
		expect(at('行政检查次数')).toBe('609家次');
		expect(await row.locator('a', { hasText: '609家次' }).getAttribute('href')).toBe(`/reports/${wangu.id}/#measures-s2-s2-p1`);
		expect(at('矛盾纠纷调解成功率')).toBe('');
		await page.close();
	});

	it('offers the same table as CSV, one row per report, blanks where the report states nothing', async () => {
		const csv = readFileSync(join(DIST, 'data/figures-table.csv'), 'utf8').replace(/^\uFEFF/, '');
		const rows = csv.trim().split('\r\n').map((line) => line.slice(1, -1).split('","'));
		expect(rows).toHaveLength(reports.length + 1);
		const column = rows[0]!.findIndex((h) => h.startsWith('inspections '));
		const mine = rows.find((r) => r[0] === wangu.id)!;
		expect(mine[column]).toBe('609');
		const silent = insight.indicatorRows.find((r) => Object.keys(r.cells).length === 0)!;
		expect(rows.find((r) => r[0] === silent.reportId)!.slice(5).every((c) => c === '')).toBe(true);
	});
});

describe('exports', () => {
	it('publish laws, figures and similar as their schemas describe', () => {
		const read = (f: string) => JSON.parse(readFileSync(join(DIST, 'data', f), 'utf8'));
		expect(z.array(LawSchema).parse(read('laws.json'))).toEqual(insight.laws);
		const figures = z.object({ indicators: z.array(IndicatorSchema), figures: z.array(FigureSchema) }).parse(read('figures.json'));
		expect(figures.figures).toEqual(insight.figures);
		const similar = z.object({ matches: z.array(SimilarMatchSchema), shares: z.array(CopyShareSchema) }).parse(read('similar.json'));
		expect(similar.shares.map((s) => s.reportId).sort()).toEqual(reports.map((r) => r.id).sort());
		for (const f of ['laws', 'figures', 'similar']) expect(read(`${f}.schema.json`)).toHaveProperty('type');
	});
});

describe('report page', () => {
	it('lists its cited laws linked to their pages, and its 数据一览 linked to paragraphs', async () => {
		const page = await open(`/reports/${wangu.id}/`);
		const laws = page.locator('section', { has: page.locator('#insight-laws') });
		const civil = insight.laws.find((l) => l.aliases.includes('民法典'))!;
		expect(await laws.locator(`a[href="/laws/${civil.id}/"]`).textContent()).toBe('《中华人民共和国民法典》');
		const table = page.locator('table.figure-table');
		await page.locator('#insight-figures + details > summary').click();
		const mine = insight.figures.filter((f) => f.reportId === wangu.id);
		expect(await table.locator('tbody tr').count()).toBe(mine.length);
		const row = table.locator('tr', { hasText: '实际检查' });
		expect(await row.locator('a').getAttribute('href')).toBe(`/reports/${wangu.id}/#measures-s2-s2-p1`);
		expect(await row.locator('td').nth(2).textContent()).toBe('行政检查次数');
		expect(await seriousAxeFindings(page)).toEqual([]);
		await page.close();
	});
});

describe('accessibility', () => {
	const civilId = () => insight.laws.find((l) => l.aliases.includes('民法典'))!.id;
	for (const path of ['/laws/', 'law', '/laws/kinds/law/', '/figures/', '/followup/']) {
		for (const dark of [false, true]) {
			it(`has no serious or critical axe findings on ${path} (${dark ? 'dark' : 'light'})`, async () => {
				const page = await site.browser.context.newPage();
				await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
				await page.goto(site.server.url + (path === 'law' ? `/laws/${civilId()}/` : path));
				expect(await seriousAxeFindings(page)).toEqual([]);
				await page.close();
			});
		}
	}
});
