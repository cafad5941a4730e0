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
import { CopyShareSchema, FigureSchema, IndicatorSchema, LawSchema, SimilarMatchSchema, type Law } from '../../src/insight/schema.ts';
import { readCsv } from '../fixtures/csv.ts';
import { seriousAxeFindings } from '../fixtures/insight/axe.ts';
import { builtReports, DIST, insightTexts } from '../fixtures/site/dist.ts';
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
		expect((await page.locator('mark').allTextContents()).sort()).toEqual(civil.citations.map((c) => `《${c.written}》`).sort());
		// The site lists citations in its own report order; the link names the citation it opens.
		const link = page.locator('a', { hasText: '查看原文段落' }).first();
		const href = (await link.getAttribute('href'))!;
		const first = civil.citations.find((c) => href.endsWith(`/reports/${c.reportId}/#${c.paragraphId}`))!;
		expect(first, href).toBeDefined();
		await link.click();
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
	const valueCell = /^\d+(\.\d+)?(-\d+(\.\d+)?)?(余|多|约|近|超|以上|以下)*$/;

	it('gives 万古镇’s 实际检查 609 家次 (read in the seed) a row of its own: indicator, value, unit and sentence, linked to its paragraph', async () => {
		const page = await open('/figures/');
		const link = page.locator(`a[href="/reports/${wangu.id}/#measures-s2-s2-p1"]`, { hasText: /^609$/ });
		const row = page.locator('table.figure-rows tbody tr', { has: link });
		expect(await row.count()).toBe(1);
		const cells = await row.locator('td').allTextContents();
		expect(cells.slice(0, 3)).toEqual(['行政检查次数', '609', '家次']);
		// The parser removes the spaces PDF extraction left around figures.
		expect(cells[3]).toContain('实际检查609家次');
		expect(wangu.text.replace(/\s+/g, '')).toContain(cells[3]!.replace(/\s+/g, ''));
		await page.close();
	});

	it('puts one value in each value cell: 万古镇’s three fines (3500, 48810, 150000 in the seed) are three rows', async () => {
		const page = await open('/figures/');
		const values = await page.locator('table.figure-rows td.value').allTextContents();
		expect(values.length).toBeGreaterThan(0);
		for (const v of values) expect(v).toMatch(valueCell);
		const fines = page.locator('table.figure-rows tbody tr', { has: page.locator(`a[href="/reports/${wangu.id}/"]`), hasText: '罚款金额' });
		expect(await fines.locator('td.value').allTextContents()).toEqual(['3500', '48810', '150000']);
		expect(await page.locator('main').textContent()).not.toContain('src/insight');
		await page.close();
	});

	it('offers the same rows as CSV: one figure per row with its report, indicator, value, unit and sentence', () => {
		// One file a year: the same header in each, the rows together.
		const tables = insightTexts('figures-table').map(readCsv);
		expect(new Set(tables.map((t) => JSON.stringify(t[0]))).size).toBe(1);
		const header = tables[0]![0];
		const rows = tables.flatMap((t) => t.slice(1));
		const col = (name: string) => header!.indexOf(name);
		for (const name of ['report_id', 'indicator', 'value', 'unit', 'sentence', 'doubt']) expect(col(name), name).toBeGreaterThanOrEqual(0);
		expect(rows).toHaveLength(insight.figures.filter((f) => f.indicator).length);
		for (const r of rows) expect(r[col('value')]).toMatch(/^\d+(\.\d+)?$/);
		const mine = rows.filter((r) => r[col('report_id')] === wangu.id);
		const inspections = mine.filter((r) => r[col('indicator')] === 'inspections');
		expect(inspections.map((r) => [r[col('value')], r[col('unit')]])).toEqual([['609', '家次']]);
		expect(inspections[0]![col('sentence')]).toContain('实际检查609家次');
		expect(mine.filter((r) => r[col('indicator')] === 'fines').map((r) => r[col('value')])).toEqual(['3500', '48810', '150000']);
	});
});

describe('/figures/ charts', () => {
	const html = () => readFileSync(join(DIST, 'figures/index.html'), 'utf8');

	it('are SVG in the page’s HTML, with no script shipped for them', async () => {
		expect(html()).toMatch(/<figure class="chart[^"]*"[^>]*>[\s\S]*?<svg[\s\S]*?<\/svg>/);
		const scripts = async (path: string) => {
			const page = await open(path);
			const found = await page.locator('script').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src || e.textContent || ''));
			await page.close();
			return found;
		};
		const onFigures = await scripts('/figures/');
		const onLaws = await scripts('/laws/');
		expect(onFigures.filter((s) => !onLaws.includes(s))).toEqual([]);
	});

	it('set the reports per province and year beside their chart, as reports.json has them', async () => {
		const page = await open('/figures/');
		const table = page.locator('#table-reports');
		const years = [...new Set(reports.map((r) => r.reportYear))].sort();
		expect(await table.locator('thead th').allTextContents()).toEqual(['省份', ...years.map((y) => `${y}年`), '合计']);
		const provinces = [...new Set(reports.map((r) => r.region.province))];
		expect(await table.locator('tbody tr').count()).toBe(provinces.length);
		for (const p of provinces) {
			const cells = await table.locator('tbody tr', { has: page.locator('th', { hasText: p! }) }).locator('td').allTextContents();
			const n = (y: number) => reports.filter((r) => r.region.province === p && r.reportYear === y).length;
			expect(cells).toEqual([...years.map((y) => String(n(y))), String(reports.filter((r) => r.region.province === p).length)]);
		}
		expect(await page.locator('figure.chart', { has: table }).locator('svg').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('set each indicator’s yearly medians beside its chart, as the figures downloads give the figures', async () => {
		const figures = insightTexts('figures').flatMap((t) => (JSON.parse(t) as { figures: { reportId: string; indicator: string | null; value: number; doubt: string | null }[] }).figures);
		const year = new Map(reports.map((r) => [r.id, r.reportYear]));
		const page = await open('/figures/');
		const tables = page.locator('table[data-indicator]');
		const ids = await tables.evaluateAll((ts) => ts.map((t) => t.getAttribute('data-indicator')!));
		expect(ids.sort()).toEqual([...new Set(figures.filter((f) => f.indicator && !f.doubt).map((f) => f.indicator!))].sort());
		for (const id of ids) {
			const perReport = new Map<string, number>();
			for (const f of figures) if (f.indicator === id && !f.doubt) perReport.set(f.reportId, Math.max(perReport.get(f.reportId) ?? 0, f.value));
			const expected = [...new Set([...perReport.keys()].map((r) => year.get(r)!))].sort().map((y) => {
				const values = [...perReport].filter(([r]) => year.get(r) === y).map(([, v]) => v).sort((a, b) => a - b);
				const m = values.length % 2 ? values[(values.length - 1) / 2]! : (values[values.length / 2 - 1]! + values[values.length / 2]!) / 2;
				return [String(y), String(Math.round(m * 100) / 100), String(values.length)];
			});
			const table = page.locator(`table[data-indicator="${id}"]`);
			const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
			expect(rows, id).toEqual(expected);
			expect(await page.locator('figure.chart', { has: table }).locator('svg').count(), id).toBe(1);
		}
		await page.close();
	});
});

describe('exports', () => {
	it('publish laws, figures and similar as their schemas describe', () => {
		const read = (f: string) => JSON.parse(readFileSync(join(DIST, 'data', f), 'utf8'));
		const volumes = (dataset: 'laws' | 'figures' | 'similar') => insightTexts(dataset).map((t) => JSON.parse(t));
		// The downloads come in year volumes, the site in region order: compare in one order (stable within a report).
		const byReport = <T extends { reportId: string }>(xs: T[]) => [...xs].sort((a, b) => a.reportId.localeCompare(b.reportId));
		const canon = (laws: Law[]) => laws.map((l) => ({ ...l, citations: byReport(l.citations) }));
		expect(canon(volumes('laws').flatMap((v) => z.array(LawSchema).parse(v)))).toEqual(canon(insight.laws));
		const figures = volumes('figures').map((v) => z.object({ indicators: z.array(IndicatorSchema), figures: z.array(FigureSchema) }).parse(v));
		for (const f of figures) expect(f.indicators).toEqual(insight.indicators);
		expect(byReport(figures.flatMap((f) => f.figures))).toEqual(byReport(insight.figures));
		const similar = volumes('similar').map((v) => z.object({ matches: z.array(SimilarMatchSchema), shares: z.array(CopyShareSchema) }).parse(v));
		expect(byReport(similar.flatMap((s) => s.matches))).toEqual(byReport(insight.similar));
		expect(similar.flatMap((s) => s.shares.map((x) => x.reportId)).sort()).toEqual(reports.map((r) => r.id).sort());
		for (const f of ['laws', 'figures', 'similar']) expect(read(`${f}.schema.json`)).toHaveProperty('type');
	});
});

describe('report page', () => {
	it('lists its cited laws linked to their pages, and its 数据一览 linked to paragraphs', async () => {
		const page = await open(`/reports/${wangu.id}/`);
		const laws = page.locator('section', { has: page.locator('#insight-laws') });
		const civil = insight.laws.find((l) => l.aliases.includes('民法典'))!;
		// The name is the law's one link, and the panel says where it leads.
		expect(await laws.locator(`a[href="/laws/${civil.id}/"]`).allTextContents()).toEqual(['《中华人民共和国民法典》']);
		expect(await laws.textContent()).toContain('还有哪些报告引用');
		const table = page.locator('table.figure-table');
		await page.locator('#insight-figures + details > summary').click();
		const mine = insight.figures.filter((f) => f.reportId === wangu.id);
		expect(await table.locator('tbody tr').count()).toBe(mine.length);
		const row = table.locator('tr', { hasText: '实际检查' });
		expect(await row.locator('a').getAttribute('href')).toBe('#measures-s2-s2-p1');
		expect(await row.locator('td').nth(2).textContent()).toBe('行政检查次数');
		expect(await seriousAxeFindings(page)).toEqual([]);
		await page.close();
	});
});

describe('accessibility', () => {
	const civilId = () => insight.laws.find((l) => l.aliases.includes('民法典'))!.id;
	for (const path of ['/laws/', 'law', '/laws/kinds/law/', '/figures/', '/figures/doubtful/', '/followup/']) {
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
