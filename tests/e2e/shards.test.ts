/**
 * A sharded build with two shards, as the README's CI matrix runs it: 重庆市's four seeds
 * (shard `cq`, in several index parts) and 福建省's one (shard `fj`) built as independent jobs,
 * a catalogue job over all five, then scripts/assemble-shards.ts. One search spans both
 * shards, facets count both, and every link from the catalogue pages reaches a shard's page.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, buildTemp, runNode } from './builds.ts';
import { expectedIds, loadOracle, type OracleReport } from './search-oracle.ts';
import { useSite } from './session.ts';

const FUJIAN = '003_4b5947e6a3d500ee.txt';
const root = buildTemp('shards');
const out = join(root, 'site');
const dist = (name: string) => join(root, `dist-${name}`);
let oracle: OracleReport[];

function folderOf(name: string, files: string[]): string {
	const dir = join(root, name);
	mkdirSync(dir);
	for (const f of files) copyFileSync(join('seeds', f), join(dir, f));
	return dir;
}

const assemble = (catalogue: string, ...shards: string[]) =>
	runNode(['scripts/assemble-shards.ts', '--out', out, '--catalogue', catalogue, ...shards]);

beforeAll(async () => {
	oracle = await loadOracle();
	const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
	const chongqing = folderOf('cq', seeds.filter((f) => f !== FUJIAN));
	const fujian = folderOf('fj', [FUJIAN]);
	// Independent jobs: each its own reports, cache and output.
	for (const [name, folder, env] of [
		['cq', chongqing, { SEARCH_SHARD: 'cq', SEARCH_PART_SIZE: '2' }],
		['fj', fujian, { SEARCH_SHARD: 'fj' }],
		['catalogue', resolve('seeds'), { SITE_PAGES: 'catalogue' }],
	] as const) {
		const built = await astroBuild(folder, dist(name), env);
		expect(built.code, built.output).toBe(0);
	}
	const joined = await assemble(dist('catalogue'), dist('cq'), dist('fj'));
	expect(joined.code, joined.output).toBe(0);
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sharded build', () => {
	it('writes no report pages or index in the catalogue job, and every part once in the site', () => {
		expect(existsSync(join(dist('catalogue'), 'reports'))).toBe(false);
		expect(existsSync(join(dist('catalogue'), 'pagefind'))).toBe(false);
		const partsOf = (folder: string) => JSON.parse(readFileSync(join(folder, 'pagefind', 'parts.json'), 'utf8')).parts as string[];
		expect(partsOf(dist('cq')).length).toBeGreaterThanOrEqual(2);
		const all = [...partsOf(dist('cq')), ...partsOf(dist('fj'))].sort();
		expect(JSON.parse(readFileSync(join(out, 'pagefind', 'parts.json'), 'utf8'))).toEqual({ parts: all, scopes: all });
		expect(readdirSync(join(out, 'reports')).sort()).toEqual(oracle.map((o) => o.report.id).sort());
	});

	it('refuses shards that leave a listed report without a page, naming it', async () => {
		const joined = await assemble(dist('catalogue'), dist('cq'));
		expect(joined.code).toBe(1);
		expect(joined.output).toContain('fujian-yongan-gongchuanzhen-2023 is listed by the catalogue but no shard built its page');
	});

	it('refuses two shards with the same part names, saying what to change', async () => {
		const joined = await assemble(dist('catalogue'), dist('fj'), dist('fj'), dist('cq'));
		expect(joined.code).toBe(1);
		expect(joined.output).toMatch(/index part fj-1 is in two shards.*own SEARCH_SHARD/);
	});
});

describe('the assembled site', () => {
	// Reassembled: the refusal tests above removed nothing, but rebuild the site to be sure it is whole.
	beforeAll(async () => {
		const joined = await assemble(dist('catalogue'), dist('cq'), dist('fj'));
		expect(joined.code, joined.output).toBe(0);
	});
	const site = useSite(out);
	let page: Page;
	const failed: string[] = [];
	beforeAll(async () => {
		page = await site.browser.context.newPage();
		page.on('pageerror', (e) => failed.push(e.message));
		page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
	});

	const shownIds = () => page.$$eval('[data-report-id]', (els) => els.map((e) => (e as HTMLElement).dataset.reportId!).sort());
	const search = async (q: string) => {
		await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(q)}`);
		await page.waitForSelector('#search-results[data-search-status="done"]');
	};

	it('answers a query with every matching report of both shards, and counts both in the facets', async () => {
		const q = '法律顾问';
		const expected = expectedIds(oracle, q);
		const provinces = new Set(expected.map((id) => oracle.find((o) => o.report.id === id)!.report.region.province));
		expect(provinces).toEqual(new Set(['重庆市', '福建省']));
		await search(q);
		expect(await shownIds()).toEqual(expected);
		for (const province of provinces) {
			const n = expected.filter((id) => oracle.find((o) => o.report.id === id)!.report.region.province === province).length;
			const label = page.locator('label', { has: page.locator(`input[data-facet="province"][value="${province}"]`) });
			expect(await label.textContent()).toContain(`(${n})`);
		}
		// A facet narrows across parts: only the other shard's reports remain.
		await page.evaluate(() => (document.getElementById('search-results')!.dataset.searchStatus = 'stale'));
		await page.check('input[data-facet="province"][value="福建省"]');
		await page.waitForSelector('#search-results[data-search-status="done"]');
		expect(await shownIds()).toEqual(['fujian-yongan-gongchuanzhen-2023']);
		// The result links to the shard's report page, which highlights the match.
		await page.click('[data-report-id="fujian-yongan-gongchuanzhen-2023"] a');
		await page.waitForURL(/\/reports\/fujian-yongan-gongchuanzhen-2023\//);
		await page.waitForSelector('[data-search-highlight]:not([hidden])');
		expect(await page.evaluate(() => CSS.highlights.get('search-hit')?.size)).toBeGreaterThan(0);
		expect(failed).toEqual([]);
	});

	it('finds a one-character query in every report across parts', async () => {
		await search('法');
		expect(await shownIds()).toEqual(oracle.map((o) => o.report.id).sort());
		expect(failed).toEqual([]);
	});

	it('links from home and region pages (catalogue job) to report pages (shard jobs) that exist', async () => {
		// Breadth-first from home through the region tree to the report pages.
		const visited = new Set<string>(['/']);
		const queue = ['/'];
		while (queue.length) {
			const path = queue.shift()!;
			const response = await page.goto(`${site.server.url}${path}`);
			expect(response?.status(), path).toBe(200);
			if (path.startsWith('/reports/')) continue;
			const links = await page.$$eval('a[href]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			for (const next of links) {
				if (visited.has(next) || !(next.startsWith('/reports/') || next.startsWith('/regions/'))) continue;
				visited.add(next);
				queue.push(next);
			}
		}
		for (const o of oracle) expect(visited, o.report.id).toContain(`/reports/${o.report.id}/`);
		expect(failed).toEqual([]);
	});
});
