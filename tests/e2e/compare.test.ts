/**
 * Compare pages list each report's part as an outline (headings and first lines, linked into
 * the report), so their size grows with the number of cards, not with the reports' length;
 * listings are a year at a time, reached from the type's overview of counts, and every part of
 * a type is on its year's listing and its province's, none dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtReports, DIST, sitePaths } from '../fixtures/site/dist.ts';
import { useSite } from './session.ts';

/** A compare page may hold this much besides its cards, and this much per card. */
const PAGE_BYTES = 12_000;
const CARD_BYTES = 1_600;

const site = useSite(DIST);
const compact = (s: string) => s.replace(/\s+/g, '');
let page: Page;
beforeAll(async () => {
	page = await site.browser.context.newPage();
});

interface Card {
	href: string;
	lines: Array<{ href: string; text: string }>;
}

/** Every card of a listing, following its pager to the last page. */
async function listing(path: string): Promise<Card[]> {
	const cards: Card[] = [];
	for (let next: string | null = path; next; ) {
		await page.goto(site.server.url + next);
		cards.push(
			...(await page.$$eval('article.compare-card', (els) =>
				els.map((el) => ({
					href: new URL(el.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname + el.querySelector('h2 a')!.getAttribute('href')!.replace(/^[^#]*/, ''),
					lines: [...el.querySelectorAll('.compare-outline a')].map((a) => ({ href: a.getAttribute('href')!, text: a.textContent ?? '' })),
				})),
			)),
		);
		next = await page.$eval('.pager a[rel="next"]', (a) => a.getAttribute('href')).catch(() => null);
	}
	return cards;
}

interface Count {
	province: string;
	href: string;
	count: number;
}

/** The overview's linked counts: per row (全部地区 first, then each province), per year. */
async function overview(anchor: string): Promise<Count[]> {
	await page.goto(site.server.url + `/compare/${anchor}/`);
	expect(await page.locator('article.compare-card').count()).toBe(0);
	return page.$$eval('.compare-overview tbody tr', (rows) =>
		rows.flatMap((row) => [...row.querySelectorAll('td a')].map((a) => ({ province: row.querySelector('th')!.textContent ?? '', href: a.getAttribute('href')!, count: Number(a.textContent) }))),
	);
}

const TYPES = [['measures', 'measures'], ['problems', 'problems'], ['plans', 'plans'], ['leaderDuties', 'leader-duties']] as const;

describe('compare pages', () => {
	it('stay within a fixed size per card', () => {
		const pages = sitePaths().filter((p) => p.startsWith('/compare/') && p.endsWith('.html') && p !== '/compare/index.html');
		expect(pages.length).toBeGreaterThan(10);
		for (const p of pages) {
			const html = readFileSync(join(DIST, p), 'utf8');
			const cards = html.split('<article class="compare-card"').length - 1;
			expect(Buffer.byteLength(html), `${p} (${cards} cards)`).toBeLessThanOrEqual(PAGE_BYTES + CARD_BYTES * cards);
		}
	});

	it('list every part of a type once, each line starting the text it links to on the report page', async () => {
		const reports = builtReports();
		const texts = new Map<string, Map<string, string>>();
		const textOf = async (href: string) => {
			const [path, anchor] = href.split('#') as [string, string];
			if (!texts.has(path)) {
				await page.goto(site.server.url + path);
				texts.set(path, new Map(await page.$$eval('[id]', (els) => els.map((e) => [e.id, e.textContent ?? ''] as [string, string]))));
			}
			return texts.get(path)!.get(anchor);
		};
		for (const [type, anchor] of TYPES) {
			const years = (await overview(anchor)).filter((c) => c.province === '全部地区');
			expect(years.length, type).toBeGreaterThan(0);
			const cards: Card[] = [];
			for (const year of years) cards.push(...(await listing(year.href)));
			const expected = reports.flatMap((r) => r.sections.filter((s) => s.type === type).map((s) => `/reports/${r.id}/#${s.id}`));
			expect(cards.map((c) => c.href).sort(), type).toEqual(expected.sort());
			for (const card of cards) {
				expect(card.lines.length, card.href).toBeGreaterThan(0);
				for (const line of card.lines) {
					const target = await textOf(line.href);
					expect(target, `${line.href} is not on the report page`).toBeDefined();
					expect(compact(target!).startsWith(compact(line.text.replace(/…$/, ''))), `${line.href}: ${line.text}`).toBe(true);
				}
			}
		}
	});

	it('count on the overview exactly the cards of each year and province, each card of that year and place', async () => {
		const reports = new Map(builtReports().map((r) => [r.id, r]));
		for (const [type, anchor] of TYPES) {
			const counts = await overview(anchor);
			const total = counts.filter((c) => c.province === '全部地区').reduce((n, c) => n + c.count, 0);
			expect(total, type).toBe([...reports.values()].reduce((n, r) => n + r.sections.filter((s) => s.type === type).length, 0));
			for (const c of counts) {
				const year = Number(/\/(\d{4})\/$/.exec(c.href)?.[1]);
				const cards = await listing(c.href);
				expect(cards.length, `${type} ${c.province} ${year}`).toBe(c.count);
				for (const card of cards) {
					const r = reports.get(card.href.split('/')[2]!)!;
					expect(r.reportYear, card.href).toBe(year);
					if (c.province !== '全部地区') expect(r.region.province ?? '未知', card.href).toBe(c.province);
				}
			}
		}
	});
});
