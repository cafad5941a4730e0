/**
 * Reading the built library in a browser: browse to a report, land on deep links,
 * copy permalinks and citations, and use it without JavaScript.
 */
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtReports, DIST, gold } from '../fixtures/site/dist.ts';
import { chromiumPath, launchBrowser, type Browser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let server: StaticServer;
let browser: Browser;
const reports = builtReports();
const errors: string[] = [];

beforeAll(async () => {
	server = await serveStatic(DIST);
	browser = await launchBrowser();
	await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width, height: 900 });
	page.on('console', (m) => m.type() === 'error' && errors.push(`${path}: ${m.text()}`));
	page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
	await page.goto(server.url + path);
	return page;
}

/** The report for a gold seed entry, by region and year (ids are the parser's business). */
function reportFor(file: string) {
	const g = gold.find((x) => x.file === file)!;
	const r = reports.find((x) => x.source.file === file);
	expect(r, `report for ${file}`).toBeDefined();
	return { g, r: r! };
}

describe('browsing', () => {
	it('goes home → province → county → township → report by clicking names', async () => {
		const { g, r } = reportFor(gold[0]!.file);
		const page = await open('/');
		await page.locator('.region-tree').getByRole('link', { name: g.region.province!, exact: true }).click();
		await expect.poll(() => page.locator('h1').textContent()).toContain(g.region.province!);
		await page.getByRole('link', { name: g.region.county!, exact: true }).first().click();
		await expect.poll(() => page.locator('h1').textContent()).toContain(g.region.county!);
		await page.locator('table').getByRole('link', { name: g.region.township!, exact: true }).click();
		await expect.poll(() => page.locator('h1').textContent()).toContain(g.region.township!);
		await page.getByRole('link', { name: `${g.reportYear}年`, exact: true }).click();
		await page.waitForURL(`**/reports/${r.id}/`);
		expect((await page.locator('h1').textContent())?.replace(/\s+/g, ' ')).toBe(g.title.replace(/\s+/g, ' '));
		await page.close();
	});

	it('reaches every report within two clicks of home', async () => {
		const links = async (path: string) => {
			const html = await (await fetch(server.url + path)).text();
			return [...html.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1]!);
		};
		const first = new Set(await links('/'));
		const reachable = new Set(first);
		for (const path of first) if (path.endsWith('/')) for (const l of await links(path)) reachable.add(l);
		for (const r of reports) expect(reachable.has(`/reports/${r.id}/`), r.id).toBe(true);
	});

	it('links each report to the previous and next year of its township', async () => {
		const byPlace = new Map<string, typeof reports>();
		for (const r of reports) {
			const key = JSON.stringify([r.region.province, r.region.county, r.region.township]);
			byPlace.set(key, [...(byPlace.get(key) ?? []), r]);
		}
		for (const group of byPlace.values()) {
			group.sort((a, b) => a.reportYear - b.reportYear);
			for (const [i, r] of group.entries()) {
				const html = await (await fetch(`${server.url}/reports/${r.id}/`)).text();
				const prev = /<a href="\/reports\/([^/]+)\/" rel="prev"/.exec(html)?.[1];
				const next = /<a href="\/reports\/([^/]+)\/" rel="next"/.exec(html)?.[1];
				expect(prev).toBe(group[i - 1]?.id);
				expect(next).toBe(group[i + 1]?.id);
			}
		}
	});
});

describe('report page', () => {
	it('shows the header facts, warnings, and a contents list with type badges', async () => {
		const labels: Record<string, string> = { measures: '举措成效', leaderDuties: '第一责任人履职', problems: '存在问题', plans: '下一年计划', other: '其他' };
		const page = await browser.context.newPage();
		for (const r of reports) {
			await page.goto(`${server.url}/reports/${r.id}/`);
			const head = (await page.locator('.report-head').innerText()).replace(/\s+/g, '');
			for (const fact of [...r.issuers, r.docNumber, r.signer, r.recipients, r.region.code, r.region.township]) {
				if (fact) expect(head, `${r.id}: ${fact}`).toContain(fact.replace(/\s+/g, ''));
			}
			const warnings = await page.locator('.warnings li').allInnerTexts();
			expect(warnings.length).toBe(r.warnings.length);
			r.warnings.forEach((w, i) => expect(warnings[i]).toContain(w.message));
			const toc = await page.locator('.toc details > ol > li').evaluateAll((items) =>
				items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href'), badge: li.querySelector('.badge')!.textContent })),
			);
			expect(toc).toEqual(r.sections.map((s) => ({ href: `#${s.id}`, badge: labels[s.type] })));
		}
		await page.close();
	});
});

describe('deep links', () => {
	it('gives every section and paragraph its anchor, and each a permalink to itself', async () => {
		for (const r of reports) {
			const html = await (await fetch(`${server.url}/reports/${r.id}/`)).text();
			const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
			expect(new Set(ids).size, `${r.id}: duplicate ids`).toBe(ids.length);
			const paragraphs = [
				...r.preamble,
				...r.sections.flatMap((s) => [...s.paragraphs, ...s.children.flatMap((c) => [...c.paragraphs, ...c.children.flatMap((l) => l.paragraphs)])]),
				...r.closing,
			];
			// The anchor is in the HTML (a link works without script); a section's permalink too.
			for (const p of paragraphs) expect(html, p.id).toContain(`<p id="${p.id}"`);
			for (const s of r.sections) {
				expect(html, s.id).toContain(`<section id="${s.id}"`);
				expect(html, s.id).toContain(`href="#${s.id}"`);
			}
			// A paragraph's ¶ permalink is added by the page script, one per paragraph, pointing at it.
			const page = await open(`/reports/${r.id}/`);
			const links = await page.locator('.report-body p[id]').evaluateAll((ps) => ps.map((p) => [p.id, [...p.querySelectorAll('a.permalink')].map((a) => a.getAttribute('href'))]));
			expect(Object.fromEntries(links)).toEqual(Object.fromEntries(paragraphs.map((p) => [p.id, [`#${p.id}`]])));
			await page.close();
		}
	});

	for (const width of [1280, 768, 375]) {
		it(`lands on #problems in view and marked, below the header (${width}px)`, async () => {
			const r = reports.find((x) => x.sections.some((s) => s.id === 'problems'))!;
			const page = await open(`/reports/${r.id}/#problems`, width);
			const state = await page.evaluate(() => {
				const target = document.getElementById('problems')!;
				const heading = target.querySelector('h2, h3')!;
				const header = document.querySelector('.site-header')!;
				const headerBottom = getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
				const box = heading.getBoundingClientRect();
				return {
					targeted: target.matches(':target'),
					top: box.top,
					bottom: box.bottom,
					headerBottom,
					viewport: innerHeight,
					mark: getComputedStyle(heading).backgroundColor,
					plain: getComputedStyle(document.querySelector('#measures h2, #measures h3') ?? document.body).backgroundColor,
				};
			});
			expect(state.targeted).toBe(true);
			expect(state.top).toBeGreaterThanOrEqual(state.headerBottom);
			expect(state.bottom).toBeLessThanOrEqual(state.viewport);
			expect(state.mark).not.toBe(state.plain);
			await page.close();
		});
	}

	it('marks a targeted paragraph', async () => {
		const r = reports.find((x) => x.sections.find((s) => s.id === 'plans')?.children[0]?.paragraphs[0])!;
		const id = r.sections.find((s) => s.id === 'plans')!.children[0]!.paragraphs[0]!.id;
		const page = await open(`/reports/${r.id}/#${id}`);
		const state = await page.locator(`[id="${id}"]`).evaluate((el) => ({
			targeted: el.matches(':target'),
			background: getComputedStyle(el).backgroundColor,
			top: el.getBoundingClientRect().top,
		}));
		expect(state.targeted).toBe(true);
		expect(state.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
		expect(state.top).toBeGreaterThan(0);
		expect(state.top).toBeLessThan(900);
		await page.close();
	});
});

describe('copying', () => {
	const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

	it('copies the full URL of a paragraph permalink and still follows it', async () => {
		const r = reports[0]!;
		const id = r.sections[0]!.children[0]?.paragraphs[0]?.id ?? r.preamble[0]!.id;
		const page = await open(`/reports/${r.id}/?q=test`);
		await page.locator(`[id="${id}"]`).hover();
		await page.locator(`a.permalink[href="#${id}"]`).click();
		expect(await clipboard(page)).toBe(`${server.url}/reports/${r.id}/#${id}`);
		expect(new URL(page.url()).hash).toBe(`#${id}`);
		await expect.poll(() => page.getByRole('status').textContent()).toContain('已复制');
		await page.close();
	});

	it('copies a GB/T 7714-style citation for a section, a paragraph and the report', async () => {
		const { g, r } = reportFor(gold[0]!.file);
		const page = await open(`/reports/${r.id}/`);
		// Issuers once, the title without them, [R/OL], (issued)[accessed], then the URL (details in reading.test.ts).
		const title = g.issuers.reduce((t, issuer) => t.replace(issuer, ''), g.title).trim();
		const head = `${g.issuers.join(', ')}. ${title}`;
		const dates = new RegExp(`\\[R/OL\\]\\. \\(${g.issuedDate}\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. `);
		const base = `${server.url}/reports/${r.id}/`;
		const problems = r.sections.find((s) => s.id === 'problems')!;

		await page.locator('#problems').getByRole('button', { name: '复制本节引用' }).first().click();
		const section = await clipboard(page);
		expect(section.startsWith(`${head}: `)).toBe(true);
		expect(section).toContain(problems.heading!);
		expect(section).toMatch(dates);
		expect(section.endsWith(` ${base}#problems`)).toBe(true);

		const p = problems.paragraphs[0]!;
		await page.locator(`[id="${p.id}"]`).hover();
		await page.locator(`[id="${p.id}"]`).getByRole('button', { name: '复制本段引用' }).click();
		expect(await clipboard(page)).toBe(section.replace(/#problems$/, `#${p.id}`));

		await page.getByRole('button', { name: '复制本报告引用' }).click();
		const whole = await clipboard(page);
		expect(whole.startsWith(`${head}[R/OL]. `)).toBe(true);
		expect(whole).toMatch(dates);
		expect(whole.endsWith(` ${base}`)).toBe(true);
		await page.close();
	});

	it('focuses the search box with the / key', async () => {
		const page = await open('/');
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
		await page.close();
	});
});

describe('without JavaScript', () => {
	it('shows the report, hides copy buttons, and permalinks still navigate', async () => {
		const b = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
		try {
			const context = await b.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			const r = reports[0]!;
			await page.goto(`${server.url}/reports/${r.id}/`);
			expect(await page.locator('h1').textContent()).toBe(r.title);
			expect(await page.locator('button[data-cite]:visible').count()).toBe(0);
			await page.locator('a.permalink[href="#problems"]').click();
			expect(new URL(page.url()).hash).toBe('#problems');
			expect(await page.locator('#problems').evaluate((el) => el.matches(':target'))).toBe(true);
			const form = page.locator('form[role="search"]');
			expect(await form.getAttribute('action')).toBe('/search/');
			expect(await form.locator('input[name="q"][type="search"]').count()).toBe(1);
		} finally {
			await b.close();
		}
	});
});

describe('console', () => {
	it('logged no errors on any page visited', () => {
		expect(errors).toEqual([]);
	});
});
