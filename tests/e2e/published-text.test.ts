/**
 * The page, the index and the find bar hold one text: for every report of the built site,
 * the blocks the page marks as report text (data-pb) read, in order, exactly as the units
 * decoded from the report's record in the built Pagefind bundle; and the find bar counts
 * exactly the occurrences a plain substring count finds in those blocks, and nothing in the
 * facts around them (region, year, division code).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeContent } from '../../src/search/shared/codec.ts';
import { META_KEY, decodeInfo } from '../../src/search/shared/meta.ts';
import { FURNITURE } from '../../scripts/lib/search-oracle.ts';
import { DIST, builtReports } from '../fixtures/site/dist.ts';
import { useSite } from './session.ts';

const site = useSite(DIST);
let page: Page;

beforeAll(async () => {
	page = await site.browser.context.newPage();
});

/** The whole-report records of the built index, by report id: each unit's text as indexed. */
function indexedUnits(): Map<string, string[]> {
	const units = new Map<string, string[]>();
	const parts = join(DIST, 'pagefind', 'parts');
	for (const part of readdirSync(parts)) {
		const folder = join(parts, part, 'fragment');
		for (const file of readdirSync(folder)) {
			const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
			const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: Record<string, string> };
			const info = decodeInfo(fragment.meta[META_KEY]!);
			const { chars, unitEnds } = decodeContent(fragment.content);
			let start = 0;
			units.set(
				info.id,
				info.u.map((u, i) => {
					// The record keeps folded characters plus patches that restore the text as written.
					const original = chars.slice(start, unitEnds[i]);
					for (const [k, s] of u.x ?? []) original[k] = s;
					start = unitEnds[i]!;
					return original.join('');
				}),
			);
		}
	}
	return units;
}

/** Text of each data-pb element in the live page, the furniture the oracle leaves out left out too. */
const pageBlocks = () =>
	page.$$eval(
		'[data-pb]',
		(els, furniture) =>
			els.map((el) => {
				const copy = el.cloneNode(true) as HTMLElement;
				copy.querySelectorAll(furniture).forEach((n) => n.remove());
				return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
			}),
		FURNITURE,
	);

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('published text', () => {
	const reports = builtReports();

	it('is the same on the page and in the index, block by block, for every report', async () => {
		const index = indexedUnits();
		expect(index.size).toBe(reports.length);
		for (const r of reports) {
			await page.goto(`${site.server.url}/reports/${r.id}/`);
			const blocks = (await pageBlocks()).filter((t) => t !== '');
			expect(blocks.length, r.id).toBeGreaterThan(10);
			expect(index.get(r.id), r.id).toEqual(blocks);
		}
	});

	it('is what the find bar counts: every occurrence in the blocks, none in the facts around them', async () => {
		for (const r of reports) {
			await page.goto(`${site.server.url}/reports/${r.id}/`);
			const text = (await pageBlocks()).join('\n').replace(/\s/g, '');
			// A string the page shows in its header facts but the report text does not hold.
			const facts = [r.region.code, `${r.reportYear}年`].filter((f): f is string => Boolean(f));
			for (const q of ['法治', '的', r.region.township ?? '镇', ...facts]) {
				await page.goto(`${site.server.url}/reports/${r.id}/?q=${encodeURIComponent(q)}`);
				await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-highlight]')?.dataset.matches !== undefined);
				const matches = Number(await page.$eval('[data-search-highlight]', (el) => (el as HTMLElement).dataset.matches));
				expect(matches, `${r.id} ${q}`).toBe(count(text, q));
			}
			expect(count(text, r.region.code!), `${r.id}: the division code is not report text`).toBe(0);
		}
	});
});
