/**
 * The query language end to end, on the seeds site, through the real search page: every
 * rule (terms ANDed, ASCII and ideographic spaces, quoted phrases, exclusions, literal
 * hyphens, full-width forms both ways) and a mixed query, with facets, counts, order and
 * landing; the empty result's reasons and ways out; every occurrence in context; the CSV
 * export; and the report page's find bar on the same queries. Expected answers come from
 * scripts/lib/search-oracle.ts (plain substring tests, none of the search code).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../../scripts/lib/browser.ts';
import { readCsv } from '../fixtures/csv.ts';
import { searchDone } from './search-page.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { expectedIds, firstTermAnchors, loadOracle, oracleQuery, occurrences, plain, type OracleReport } from '../../scripts/lib/search-oracle.ts';

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

const search = (q: string, extra = '') => open(`/search/?q=${encodeURIComponent(q)}${extra}`);

async function rerun(act: () => Promise<unknown>): Promise<void> {
	await page.evaluate(() => (document.getElementById('search-results')!.dataset.searchStatus = 'stale'));
	await act();
	await done();
}

const shownIds = () => page.$$eval('[data-report-id]', (els) => els.map((e) => (e as HTMLElement).dataset.reportId!).sort());
const total = (r: OracleReport, q: string) => occurrences(r, q).reduce((n, o) => n + o.count, 0);
const report = (id: string) => oracle.find((o) => o.report.id === id)!;

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

/** Each rule's queries, and a mixed one; every one must have matches on the seeds and differ from its terms' plain concatenation. */
const RULES: Record<string, string[]> = {
	'every term (AND), ASCII space': ['法律顾问 行政复议', '法律顾问 民法典'],
	'every term (AND), ideographic space': ['法律顾问\u3000民法典', '\u3000普法\u3000\u3000宪法 '],
	'quoted phrase, spaces inside ignored': ['"法律 顾问"', '“人民 调解”', '"合法性 审查" 宪法'],
	exclusion: ['法律顾问 -行政复议', '普法 -"民法 典"', '-民法典 人民调解'],
	'full-width query, half-width text': ['２０２３', '１２３４８'],
	'half-width query, full-width text': ['(一)', '法律顾问 (二)'],
	mixed: ['“法律 顾问” 普法 -民法典 ２０２３'],
};

describe('the query language', () => {
	for (const [rule, queries] of Object.entries(RULES)) {
		it(`${rule}: lists exactly the matching reports, with true counts, in order, landing on the first term`, async () => {
			for (const q of queries) {
				const expected = expectedIds(oracle, q);
				expect(expected.length, q).toBeGreaterThan(0);
				await search(q);
				expect(await shownIds(), q).toEqual(expected);
				expect(await page.textContent('#search-summary'), q).toContain(`共 ${expected.length} 篇报告`);
				const shown = await page.$$eval('[data-report-id]', (els) =>
					els.map((e) => ({ id: (e as HTMLElement).dataset.reportId!, count: Number(e.querySelector('.hit-meta strong')!.textContent), href: e.querySelector('h3 a')!.getAttribute('href')! })),
				);
				for (const { id, count, href } of shown) {
					expect(count, `${q} ${id}`).toBe(total(report(id), q));
					expect(firstTermAnchors(report(id), q), `${q} ${id} ${href}`).toContain(decodeURIComponent(new URL(href, server.url).hash.slice(1)));
				}
				const counts = shown.map((x) => x.count);
				expect(counts).toEqual([...counts].sort((a, b) => b - a));
			}
		});
	}

	it('takes a hyphen inside a term literally', async () => {
		// No seed has a hyphenated range; the term must not exclude 2025 or find 2021 alone.
		await search('2021-2025');
		expect(await shownIds()).toEqual(expectedIds(oracle, '2021-2025'));
		expect(oracleQuery('2021-2025')).toEqual({ include: ['2021-2025'], exclude: [] });
		expect(await page.textContent('#search-summary')).toContain('没有找到');
	});

	it('keeps facets, section counts, year order and the URL for a query of several terms', async () => {
		const q = '法律顾问 -民法典';
		await search(q);
		const all = expectedIds(oracle, q);
		const byId = new Map(oracle.map((o) => [o.report.id, o.report]));
		for (const province of new Set(all.map((id) => byId.get(id)!.region.province!))) {
			const label = page.locator('label', { has: page.locator(`input[data-facet="province"][value="${province}"]`) });
			expect(await label.textContent()).toContain(`(${all.filter((id) => byId.get(id)!.region.province === province).length})`);
		}
		for (const scope of ['front', 'measures', 'leaderDuties', 'problems', 'plans', 'other', 'closing']) {
			const n = expectedIds(oracle, q, (_, u) => u.scope === scope).length;
			const input = page.locator(`input[data-facet="scope"][value="${scope}"]`);
			if (n === 0) expect(await input.count(), scope).toBe(0);
			else expect(await page.locator('label', { has: input }).textContent(), scope).toContain(`(${n})`);
		}
		const year = String(byId.get(all[0]!)!.reportYear);
		await rerun(() => page.check(`input[data-facet="year"][value="${year}"]`));
		expect(await shownIds()).toEqual(all.filter((id) => String(byId.get(id)!.reportYear) === year));
		expect(new URL(page.url()).searchParams.get('q')).toBe(q);
		// The year facet's own counts ignore its selection, so other years stay choosable.
		const other = all.find((id) => String(byId.get(id)!.reportYear) !== year);
		if (other) expect(await page.locator(`input[data-facet="year"][value="${byId.get(other)!.reportYear}"]`).count()).toBe(1);
		await rerun(() => page.uncheck(`input[data-facet="year"][value="${year}"]`));
		// Within a section: the whole query within that kind of section.
		const scoped = expectedIds(oracle, q, (_, u) => u.scope === 'measures');
		await rerun(() => page.check('input[data-facet="scope"][value="measures"]'));
		expect(await shownIds()).toEqual(scoped);
		await rerun(() => page.selectOption('#search-sort', 'year-asc'));
		const years = await page.$$eval('.hit-meta', (s) => s.map((x) => Number(x.textContent!.slice(0, 4))));
		expect(years).toEqual([...years].sort((a, b) => a - b));
		await page.reload();
		await done();
		expect(await shownIds()).toEqual(scoped);
	});
});

describe('an empty result', () => {
	it('says a query of exclusions only needs a word to look for', async () => {
		await search('-宪法 -民法典');
		expect(await page.textContent('#search-summary')).toContain('至少一个要查找的词');
		expect(await shownIds()).toEqual([]);
	});

	it('names terms found alone but not together, and drops one on request', async () => {
		const q = '民法典 行政复议';
		expect(expectedIds(oracle, q)).toEqual([]);
		await search(q);
		const why = (await page.textContent('#search-why'))!;
		expect(why).toContain(`“民法典”单独可找到 ${expectedIds(oracle, '民法典').length} 篇`);
		expect(why).toContain(`“行政复议”单独可找到 ${expectedIds(oracle, '行政复议').length} 篇`);
		expect(why).toContain('没有报告同时包含全部词语');
		await search('法律顾问 量子计算机');
		expect(await page.textContent('#search-why')).toContain('“量子计算机”单独没有找到');
		await rerun(() => page.click('button.why-action:text("去掉“量子计算机”")'));
		expect(new URL(page.url()).searchParams.get('q')).toBe('法律顾问');
		expect(await shownIds()).toEqual(expectedIds(oracle, '法律顾问'));
	});

	it('says when the exclusions or the filters removed every hit, and clears them', async () => {
		const q = '民法典 -宪法';
		expect(expectedIds(oracle, q)).toEqual([]);
		await search(q);
		expect(await page.textContent('#search-why')).toContain(`不排除“宪法”时有 ${expectedIds(oracle, '民法典').length} 篇`);
		await rerun(() => page.click('button.why-action:text("去掉排除词")'));
		expect(await shownIds()).toEqual(expectedIds(oracle, '民法典'));
		// A province without the term.
		const provinces = [...new Set(oracle.map((o) => o.report.region.province!))];
		const holding = new Set(expectedIds(oracle, '行政复议').map((id) => report(id).report.region.province));
		const without = provinces.find((p) => !holding.has(p))!;
		await search('行政复议', `&province=${encodeURIComponent(without)}`);
		expect(await page.textContent('#search-why')).toContain(`不加筛选共有 ${expectedIds(oracle, '行政复议').length} 篇`);
		await rerun(() => page.click('button.why-action:text("清除筛选")'));
		expect(new URL(page.url()).searchParams.has('province')).toBe(false);
		expect(await shownIds()).toEqual(expectedIds(oracle, '行政复议'));
	});
});

describe('a result in detail', () => {
	it('lists every occurrence in context, each linking to its block', async () => {
		const q = '法律顾问 民法典';
		await search(q);
		const item = page.locator('[data-report-id]').first();
		const id = (await item.getAttribute('data-report-id'))!;
		await item.locator('details.kwic summary').click();
		// The list is built when the details open (a toggle event, after the click).
		await item.locator('.kwic-list').waitFor();
		const entries = await item.locator('.kwic-list li').evaluateAll((lis) =>
			lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!), text: li.querySelector('.excerpt')!.textContent! })),
		);
		const r = report(id);
		expect(entries).toHaveLength(total(r, q));
		const { include } = oracleQuery(q);
		for (const e of entries) {
			const anchor = decodeURIComponent(new URL(e.href, server.url).hash.slice(1));
			expect(e.href.startsWith(`/reports/${id}/#`)).toBe(true);
			const unit = r.units.find((u) => u.anchor === anchor && include.some((t) => u.chars.join('').includes(t)));
			expect(unit, e.href).toBeDefined();
			expect(e.marks.some((m) => include.includes(plain(m)))).toBe(true);
			expect(unit!.chars.join('')).toContain(plain(e.text.replace(/…/g, '')));
		}
	});

	it('exports the result list as UTF-8 CSV with a BOM: report, place, year, count, link', async () => {
		const q = '法律顾问 -行政复议';
		await search(q);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('#search-export')]);
		const bytes = readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = readCsv(bytes.toString('utf8'));
		expect(header).toEqual(['报告', '地区', '年度', '匹配次数', '链接']);
		const expected = expectedIds(oracle, q);
		expect(rows.map((r) => r[4]!.match(/\/reports\/([^/]+)\//)![1]).sort()).toEqual(expected);
		for (const [title, place, year, count, link] of rows) {
			const r = report(link!.match(/\/reports\/([^/]+)\//)![1]!);
			expect(title).toBe(r.report.title);
			expect(place).toContain(r.report.region.county!);
			expect(Number(year)).toBe(r.report.reportYear);
			expect(Number(count)).toBe(total(r, q));
			expect(link!.startsWith(`${server.url}/reports/`)).toBe(true);
		}
		const counts = rows.map((r) => Number(r[3]));
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
	});
});

describe('the find bar on a report', () => {
	const hitsNow = () => page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0);

	it('highlights every term of the query, full-width forms matching half-width ones', async () => {
		for (const q of ['(一)', '法律顾问 民法典', '“人民 调解”']) {
			const id = expectedIds(oracle, q)[0]!;
			await open(`/reports/${id}/?q=${encodeURIComponent(q)}`);
			await page.waitForSelector('[data-search-highlight]:not([hidden])');
			expect(await hitsNow(), q).toBe(total(report(id), q));
		}
	});

	it('lands on the first term from a result of several terms', async () => {
		const q = '民法典 法律顾问';
		await search(q);
		const link = page.locator('[data-report-id] h3 a').first();
		await link.click();
		await page.waitForURL(/\/reports\//);
		await page.waitForSelector('[data-search-highlight]:not([hidden])');
		const current = await page.evaluate(() => [...(CSS.highlights.get('search-current') ?? [])][0]?.toString() ?? '');
		expect(plain(current)).toBe('民法典');
	});

	it('raised no console error and fetched nothing outside the site', () => {
		expect(consoleErrors).toEqual([]);
		expect(offSite).toEqual([]);
	});
});
