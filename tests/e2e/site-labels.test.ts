/**
 * Finding and naming things (issue 14): the search page on a phone and when nothing is
 * found, result titles, navigation labels, the downloads page, listings' part badges, wide
 * tables on a phone and the figures page on a desktop. Oracles: the built data files and
 * the pages' own text.
 */
import type { Page } from 'playwright-core';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtReports, DIST, downloads, pageTypes } from '../fixtures/site/dist.ts';
import { readCsv } from '../fixtures/csv.ts';
import { searchDone } from './search-page.ts';
import { useSite } from './session.ts';

const site = useSite(DIST);
const reports = builtReports();
const pages = pageTypes();
const Q = '法律顾问';
const buildDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(statSync(join(DIST, 'data/files.json')).mtime);

async function open(path: string, width = 1280, height = 900): Promise<Page> {
	const page = await site.browser.context.newPage();
	await page.setViewportSize({ width, height });
	await page.goto(site.server.url + path);
	return page;
}

const searched = searchDone;

describe('search page', () => {
	it('on a phone shows results on the first screen, facets behind 筛选, and one search box', async () => {
		const page = await open(`/search/?q=${encodeURIComponent(Q)}`, 375, 812);
		await searched(page);
		expect(await page.locator('input[type="search"]:visible').count()).toBe(1);
		const first = await page.locator('.hit').first().boundingBox();
		expect(first!.y + 60).toBeLessThan(812);
		const facet = page.locator('#search-facets fieldset').first();
		expect(await facet.isVisible()).toBe(false);
		await page.locator('summary', { hasText: '筛选' }).click();
		expect(await facet.isVisible()).toBe(true);
		await page.close();
	});

	it('on a desktop shows the facets without asking', async () => {
		const page = await open(`/search/?q=${encodeURIComponent(Q)}`);
		await searched(page);
		expect(await page.locator('#search-facets fieldset').first().isVisible()).toBe(true);
		expect(await page.locator('input[type="search"]:visible').count()).toBe(1);
		await page.close();
	});

	it('titles each result by place and year, then the report’s own title', async () => {
		const page = await open(`/search/?q=${encodeURIComponent(Q)}`);
		await searched(page);
		const hits = await page.locator('.hit').evaluateAll((els) =>
			els.map((e) => ({ id: (e as HTMLElement).dataset.reportId!, title: e.querySelector('h3')!.textContent!, text: (e as HTMLElement).innerText })),
		);
		expect(hits.length).toBeGreaterThan(1);
		for (const hit of hits) {
			const r = reports.find((x) => x.id === hit.id)!;
			expect(hit.title.startsWith(r.region.province!), hit.title).toBe(true);
			expect(hit.title).toContain(r.region.township!);
			expect(hit.title).toContain(`${r.reportYear}年`);
			expect(hit.title).not.toContain(r.title);
			expect(hit.text).toContain(r.title);
		}
		await page.close();
	});

	it('when nothing is found shows help, not facets and sort', async () => {
		const absent = '这段文字不在任何报告里';
		for (const query of [`q=${encodeURIComponent(absent)}`, `q=${encodeURIComponent(absent)}&year=2023`]) {
			const page = await open(`/search/?${query}`);
			await searched(page);
			expect(await page.locator('#search-summary').innerText()).toContain('没有找到');
			expect(await page.locator('#search-sort').isVisible()).toBe(false);
			expect(await page.locator('.search-aside').isVisible()).toBe(false);
			const help = page.locator('#search-help');
			expect(await help.isVisible()).toBe(true);
			expect(await help.getByRole('link', { name: '地区' }).getAttribute('href')).toBe('/regions/');
			const unfiltered = help.getByRole('link', { name: /去掉筛选条件/ });
			if (query.includes('year=')) {
				expect(await unfiltered.isVisible()).toBe(true);
				const href = new URL((await unfiltered.getAttribute('href'))!, site.server.url);
				expect(href.searchParams.get('q')).toBe(absent);
				expect(href.searchParams.has('year')).toBe(false);
			} else {
				expect(await unfiltered.isVisible()).toBe(false);
			}
			await page.close();
		}
	});

	it('with no query shows no facets or sort', async () => {
		const page = await open('/search/');
		await searched(page);
		expect(await page.locator('#search-sort').isVisible()).toBe(false);
		expect(await page.locator('.search-aside').isVisible()).toBe(false);
		expect(await page.locator('#search-help').isVisible()).toBe(true);
		await page.close();
	});
});

describe('labels', () => {
	it('names each header and footer link after the page it opens, one name per page', async () => {
		const page = await open('/');
		const links = await page.locator('.site-header nav a, .site-footer a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, label: a.textContent!.trim() })));
		for (const a of links) {
			for (const b of links) if (a.href !== b.href) expect(b.label.includes(a.label), `${a.label} (${a.href}) vs ${b.label} (${b.href})`).toBe(false);
		}
		for (const { href, label } of links) {
			if (href === '/') continue;
			await page.goto(site.server.url + href);
			expect(await page.locator('h1').innerText(), href).toContain(label);
		}
		await page.close();
	});
});

describe('/data/', () => {
	const html = () => readFileSync(join(DIST, 'data/index.html'), 'utf8');

	it('has one title, no heading repeating it, and headings in the reader’s words', async () => {
		const page = await open('/data/');
		const h1 = await page.locator('h1').allInnerTexts();
		expect(h1).toHaveLength(1);
		const h2 = await page.locator('h2').allInnerTexts();
		expect(h2).not.toContain(h1[0]);
		expect(new Set(h2).size).toBe(h2.length);
		for (const h of h2) expect(h, 'no schema names in headings').not.toMatch(/[a-z][A-Z]/);
		await page.close();
	});

	it('states each file’s size, the build date and the terms of use', async () => {
		const page = await open('/data/');
		// Every download shows its size beside it (data-file-size names the file).
		const rows = await page.locator('[data-file-size]').evaluateAll((els) => els.map((el) => ({ file: `/data/${el.getAttribute('data-file-size')}`, size: el.textContent!.trim() })));
		expect(rows.length).toBeGreaterThanOrEqual(7);
		const links = await page.locator('a[href^="/data/"][download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(new Set(links)).toEqual(new Set(rows.map((r) => r.file)));
		const unit: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9 };
		for (const { file, size } of rows) {
			const m = /^([\d.]+) (B|KB|MB|GB)$/.exec(size);
			expect(m, `${file}: ${size}`).not.toBeNull();
			const bytes = statSync(join(DIST, file)).size;
			expect(Math.abs(Number(m![1]) * unit[m![2]!]! - bytes) / bytes, `${file}: ${size} vs ${bytes} bytes`).toBeLessThan(0.05);
		}
		expect(await page.locator('time[datetime]').first().getAttribute('datetime')).toBe(buildDate);
		const text = await page.locator('main').innerText();
		const [y, mo, d] = buildDate.split('-').map(Number);
		expect(text).toContain(`${y}年${mo}月${d}日`);
		expect(text).toContain('使用条件');
		expect(text).toMatch(/许可|CC BY/);
		await page.close();
	});

	it('says in Chinese what every field of the JSON downloads and column of the CSV downloads means', () => {
		const page = html();
		const r = reports.find((x) => x.warnings.some((w) => w.line)) ?? reports[0]!;
		const json = reports[0]!;
		const section = json.sections.find((s) => s.children.length > 0)!;
		const fields = new Set([
			...Object.keys(json),
			...Object.keys(json.region),
			...Object.keys(json.source),
			...Object.keys(section),
			...Object.keys(section.children[0]!),
			...Object.keys(json.preamble[0] ?? section.paragraphs[0]),
			...Object.keys(r.warnings.find((w) => w.line) ?? r.warnings[0] ?? {}),
		]);
		const csv = downloads().find((f) => f.format === 'csv' && !f.gzip && f.year !== null)!;
		const columns = readCsv(readFileSync(join(DIST, 'data', csv.name), 'utf8'))[0]!;
		for (const name of [...fields, ...columns]) {
			const m = new RegExp(`<dt[^>]*><code[^>]*>${name}</code></dt><dd[^>]*>([^<]*)`).exec(page);
			expect(m, `no explanation of ${name}`).not.toBeNull();
			expect(m![1], name).toMatch(/[\u4e00-\u9fff]/);
		}
	});
});

describe('listings and tables', () => {
	it('show one badge per kind of part, even for a report with two parts of one kind', async () => {
		const twice = reports.find((r) => new Set(r.sections.map((s) => s.type)).size < r.sections.length)!;
		expect(twice).toBeDefined();
		const page = await open(`/years/${twice.reportYear}/`);
		const badges = await page.locator(`.report-list li:has(a[href="/reports/${twice.id}/"]) .badge`).allInnerTexts();
		expect(badges.length).toBe(new Set(twice.sections.map((s) => s.type)).size);
		expect(new Set(badges).size).toBe(badges.length);
		await page.close();
	});

	it('on a phone never widen the page, and a table that scrolls says so', async () => {
		const paths = [pages.home!, pages.report!, '/figures/', '/data/', pages.year!, pages.township!];
		for (const path of paths) {
			const page = await open(path, 375, 812);
			await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
			const state = await page.evaluate(() => ({
				width: document.documentElement.scrollWidth,
				wide: [...document.querySelectorAll('table')]
					.filter((t) => t.getBoundingClientRect().width > innerWidth)
					.map((t) => {
						const box = t.closest<HTMLElement>('.table-scroll');
						return { boxed: Boolean(box), cue: box ? getComputedStyle(box, '::before').content : '', focusable: box ? box.tabIndex >= 0 : false };
					}),
			}));
			expect(state.width, path).toBeLessThanOrEqual(376);
			for (const t of state.wide) {
				expect(t.boxed, `${path}: a wide table outside .table-scroll`).toBe(true);
				expect(t.cue, `${path}: no scroll cue`).toContain('滑动');
				expect(t.focusable, `${path}: scrollable table not focusable`).toBe(true);
			}
			await page.close();
		}
	});

	it('the figures page fits 1280 px and names no source file', async () => {
		const page = await open('/figures/');
		const state = await page.evaluate(() => {
			const table = document.querySelector('table.figure-rows')!;
			const box = table.closest('.table-scroll')!;
			return { table: table.scrollWidth, box: box.clientWidth, page: document.documentElement.scrollWidth, text: document.body.innerText };
		});
		expect(state.table).toBeLessThanOrEqual(state.box);
		expect(state.page).toBeLessThanOrEqual(1280);
		expect(state.text).not.toMatch(/src\/|\.ts\b/);
		await page.close();
	});
});
