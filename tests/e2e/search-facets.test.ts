/**
 * Every place facet value with results can be chosen (issue 15, item 2), on a library with
 * more counties and townships than a facet lists (its own build of a synthetic corpus over
 * real places): all provinces always show; counties and townships get a type-to-filter box
 * that matches names and pinyin initials; the hint to choose the level above shows only
 * while that level is not chosen.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { Page } from 'playwright-core';
import { searchDone } from './search-page.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode } from '../../scripts/synth/noise.ts';
import { allTownships, type Place } from '../../scripts/synth/places.ts';
import { buildPool } from '../../scripts/synth/pool.ts';
import { Random } from '../../scripts/synth/random.ts';
import { composeReport } from '../../scripts/synth/report.ts';
import { astroBuild, buildTemp } from './builds.ts';
import { expectedIds, loadOracle, type OracleReport } from '../../scripts/lib/search-oracle.ts';
import { useSite } from './session.ts';

const Q = '法治';
/** The most values a long facet lists before its filter box is needed (src/search/browser/facets.ts says 30). */
const LISTED = 30;
const HINT = '可先选择上一级地区缩小范围';
const root = buildTemp('facets');
const folder = join(root, 'reports');
const outDir = join(root, 'out');
let oracle: OracleReport[];

/**
 * One township in every province, plus one in each of LISTED + 4 counties of the province
 * with the most counties: more provinces, counties and townships than a facet lists, and
 * more counties than that inside one province.
 */
function facetCorpus(): Place[] {
	const firstPerCounty = new Map<string, Place>();
	for (const place of allTownships()) if (!firstPerCounty.has(place.code.slice(0, 6))) firstPerCounty.set(place.code.slice(0, 6), place);
	const counties = [...firstPerCounty.values()];
	const provinces = [...new Set(counties.map((p) => p.province))];
	const biggest = provinces.map((p) => counties.filter((c) => c.province === p)).sort((a, b) => b.length - a.length)[0]!;
	const chosen = [...provinces.map((p) => counties.find((c) => c.province === p)!), ...biggest.slice(1, LISTED + 5)];
	return [...new Map(chosen.map((p) => [p.code, p])).values()];
}

beforeAll(async () => {
	mkdirSync(folder);
	const pool = buildPool('seeds');
	const rng = new Random(7);
	facetCorpus().forEach((place, i) => writeFileSync(join(folder, `facets_${String(i).padStart(3, '0')}.txt`), encode(composeReport(place, 2023, pool, rng).lines.join('\n'), 'utf-8')));
	const result = await astroBuild(folder, outDir, { SEARCH_PART_SIZE: '40' });
	expect(result.code, result.output).toBe(0);
	oracle = await loadOracle(outDir, folder);
}, 300_000);
const site = useSite(outDir);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const done = searchDone;

async function searched(path: string): Promise<Page> {
	const page = await site.browser.context.newPage();
	await page.goto(site.server.url + path);
	await done(page);
	return page;
}

/** Names listed in one facet, as the labels show them. */
const listed = (page: Page, key: string) => page.$$eval(`input[data-facet="${key}"]`, (inputs) => inputs.map((i) => i.parentElement!.textContent!.replace(/\(\d+\)\s*$/, '').trim()));
const facetText = (page: Page, key: string) => page.locator('fieldset.facet', { has: page.locator(`input[data-facet="${key}"]`) }).textContent();
/** axe violations inside `scope`. */
async function axe(page: Page, scope: string): Promise<string[]> {
	await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
	return page.evaluate(async (scope) => {
		type Axe = { run(context?: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
		const result = await (window as unknown as { axe: Axe }).axe.run({ include: [[scope]] });
		return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
	}, scope);
}
const initials = (name: string) => pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();

describe('place facets on a long list', () => {
	const places = (ids: string[], pick: (r: OracleReport) => string | null) => [...new Set(ids.map((id) => pick(oracle.find((o) => o.report.id === id)!)).filter((p): p is string => Boolean(p)))];

	it('lists every province, and the hint only where choosing the level above helps', async () => {
		const ids = expectedIds(oracle, Q);
		expect(places(ids, (r) => r.report.region.county).length).toBeGreaterThan(LISTED);
		expect(places(ids, (r) => r.report.region.province).length).toBeGreaterThan(LISTED);
		const page = await searched(`/search/?q=${encodeURIComponent(Q)}`);
		expect((await listed(page, 'province')).sort()).toEqual(places(ids, (r) => r.report.region.province).sort());
		expect(await listed(page, 'county')).toHaveLength(LISTED);
		expect(await facetText(page, 'county')).toContain(HINT);
		expect(await page.locator('input[data-facet-filter="county"]').count()).toBe(1);
		// Once a province is chosen, the counties' hint no longer asks for it; the one with the most counties still hides some.
		const provinces = places(ids, (r) => r.report.region.province);
		const countiesIn = (p: string) => places(ids, (r) => (r.report.region.province === p ? r.report.region.county : null));
		const province = provinces.sort((a, b) => countiesIn(b).length - countiesIn(a).length)[0]!;
		expect(countiesIn(province).length).toBeGreaterThan(LISTED);
		await page.evaluate(() => (document.getElementById('search-results')!.dataset.searchStatus = 'stale'));
		await page.locator('label', { hasText: province }).locator('input[data-facet="province"]').check();
		await done(page);
		expect(await facetText(page, 'county')).not.toContain(HINT);
		expect(await facetText(page, 'county')).toContain(`另有 ${countiesIn(province).length - LISTED} 项`);
		await page.close();
	});

	it('reaches a county not listed by typing its name or pinyin initials, and a township likewise', async () => {
		const ids = expectedIds(oracle, Q);
		const page = await searched(`/search/?q=${encodeURIComponent(Q)}`);
		const shown = await listed(page, 'county');
		// Labels may add the parent to a name (市中区（枣庄市）): a name is listed when a label holds it.
		const isListed = (labels: string[], name: string) => labels.some((l) => l.includes(name));
		const counties = places(ids, (r) => r.report.region.county);
		const unique = (name: string, all: string[]) => all.filter((n) => n.includes(name)).length === 1;
		const hidden = counties.filter((c) => !isListed(shown, c) && unique(c, counties));
		expect(hidden.length).toBeGreaterThan(0);
		const byName = hidden[0]!;
		const filter = page.locator('input[data-facet-filter="county"]');
		await filter.fill(byName);
		expect(isListed(await listed(page, 'county'), byName)).toBe(true);
		expect((await listed(page, 'county')).every((c) => c.includes(byName))).toBe(true);
		expect(await axe(page, '#search-facets')).toEqual([]);
		// Initials: a county whose initials no other county's name contains as letters.
		const byInitials = hidden.find((c) => hidden.filter((d) => initials(d).includes(initials(c))).length === 1) ?? hidden[0]!;
		await filter.fill(initials(byInitials));
		await page.waitForFunction((name) => [...document.querySelectorAll('input[data-facet="county"]')].some((i) => i.parentElement!.textContent!.includes(name)), byInitials);
		await page.evaluate(() => (document.getElementById('search-results')!.dataset.searchStatus = 'stale'));
		await page.locator('label', { hasText: byInitials }).locator('input[data-facet="county"]').check();
		await done(page);
		const inCounty = ids.filter((id) => oracle.find((o) => o.report.id === id)!.report.region.county === byInitials).sort();
		const got = await page.$$eval('[data-report-id]', (els) => els.map((e) => (e as HTMLElement).dataset.reportId!).sort());
		expect(got).toEqual(inCounty);
		// With a county chosen, the townships' hint does not ask for one.
		expect(await facetText(page, 'township')).not.toContain(HINT);
		await page.close();
		// Townships: the same box.
		const page2 = await searched(`/search/?q=${encodeURIComponent(Q)}`);
		const towns = await listed(page2, 'township');
		const townships = places(ids, (r) => r.report.region.township);
		const name = townships.find((t) => !isListed(towns, t) && unique(t, townships));
		expect(name).toBeDefined();
		expect(await facetText(page2, 'township')).toContain(HINT);
		await page2.locator('input[data-facet-filter="township"]').fill(name!);
		expect(isListed(await listed(page2, 'township'), name!)).toBe(true);
		await page2.close();
	});
});
