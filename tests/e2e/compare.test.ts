/**
 * Compare pages list each report's part as an outline (headings and first lines, linked into
 * the report), so their size grows with the number of cards, not with the reports' length;
 * and every part of a type is on its listing, none dropped.
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
		for (const [type, anchor] of [['measures', 'measures'], ['problems', 'problems'], ['plans', 'plans'], ['leaderDuties', 'leader-duties']] as const) {
			const cards = await listing(`/compare/${anchor}/`);
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
});
