/**
 * A sharded build as the README's CI matrix runs it, through scripts/build-sharded.ts (the
 * jobs of .github/workflows/build.yml as parallel processes): the plan splits the seeds by
 * province into 重庆市's four (shard `p50`, in several index parts) and 福建省's one (`p35`),
 * both shard jobs and the catalogue job build, and the assemble job joins them. One search
 * spans both shards, facets count both, and every link from the catalogue pages reaches a
 * shard's page.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemp, runNode, type RunResult } from './builds.ts';
import { expectedIds, loadOracle, type OracleReport } from '../../scripts/lib/search-oracle.ts';
import { LIBRARY_TABLE_FILE, TABLE_FILE } from '../../src/search/shared/table.ts';
import { useSite } from './session.ts';

const FUJIAN = '003_4b5947e6a3d500ee.txt';
const root = buildTemp('shards');
const out = join(root, 'site');
const dist = (name: string) => join(root, `site-${name}`);
let oracle: OracleReport[];
let sharded: RunResult;

const assemble = (catalogue: string, ...shards: string[]) =>
	runNode(['scripts/assemble-shards.ts', '--out', out, '--catalogue', catalogue, ...shards]);

beforeAll(async () => {
	sharded = await runNode(['scripts/build-sharded.ts', '--work', root, '--jobs', '2'], { REPORTS_DIR: resolve('seeds'), SEARCH_PART_SIZE: '2', SITE_URL: '' });
	expect(sharded.code, sharded.output).toBe(0);
	oracle = await loadOracle(out);
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the local sharded build', () => {
	it('plans one shard per province and runs the jobs side by side', () => {
		const plan = JSON.parse(readFileSync(join(root, 'plan.json'), 'utf8')) as { shards: Array<{ name: string; files: string[] }> };
		const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
		expect(plan.shards.map((s) => [s.name, s.files])).toEqual([
			['p35', [FUJIAN]],
			['p50', seeds.filter((f) => f !== FUJIAN).sort()],
		]);
		// The catalogue job does not wait for the plan: it starts before the plan is done.
		const log = sharded.output;
		expect(log.indexOf('[catalogue] started')).toBeGreaterThanOrEqual(0);
		expect(log.indexOf('[catalogue] started')).toBeLessThan(log.indexOf('[plan] done'));
		expect(log.indexOf('[assemble] started')).toBeGreaterThan(Math.max(log.indexOf('[shard p35] done'), log.indexOf('[shard p50] done'), log.indexOf('[catalogue] done')));
	});

	it('stops at the plan naming every file that is not a report', async () => {
		const bad = 'tests/fixtures/bad';
		const planned = await runNode(['scripts/build-sharded.ts', '--job', 'plan', '--work', join(root, 'bad')], { REPORTS_DIR: resolve(bad) });
		expect(planned.code).toBe(1);
		for (const file of readdirSync(bad)) expect(planned.output).toContain(file);
	});
});

describe('sharded build', () => {
	it('writes no report pages or index in the catalogue job, and every part once in the site', () => {
		expect(existsSync(join(dist('catalogue'), 'reports'))).toBe(false);
		expect(existsSync(join(dist('catalogue'), 'pagefind'))).toBe(false);
		const partsOf = (folder: string) => JSON.parse(readFileSync(join(folder, 'pagefind', 'parts.json'), 'utf8')).parts as string[];
		expect(partsOf(dist('p50')).length).toBeGreaterThanOrEqual(2);
		const all = [...partsOf(dist('p50')), ...partsOf(dist('p35'))].sort();
		const manifest = JSON.parse(readFileSync(join(out, 'pagefind', 'parts.json'), 'utf8'));
		expect(manifest.parts).toEqual(all);
		// Every part keeps its report table.
		for (const part of all) expect(existsSync(join(out, 'pagefind', 'parts', part, TABLE_FILE)), part).toBe(true);
		// The library table the search page reads is of the assembled parts, both shards' together.
		const library = JSON.parse(gunzipSync(readFileSync(join(out, 'pagefind', LIBRARY_TABLE_FILE))).toString('utf8'));
		expect(library.parts.map((p: { part: string }) => p.part)).toEqual(all);
		expect(readdirSync(join(out, 'reports')).sort()).toEqual(oracle.map((o) => o.report.id).sort());
	});

	it('refuses shards that leave a listed report without a page, naming it', async () => {
		const joined = await assemble(dist('catalogue'), dist('p50'));
		expect(joined.code).toBe(1);
		expect(joined.output).toContain('fujian-yongan-gongchuanzhen-2023 is listed by the catalogue but no shard built its page');
	});

	it('refuses two shards with the same part names, saying what to change', async () => {
		const joined = await assemble(dist('catalogue'), dist('p35'), dist('p35'), dist('p50'));
		expect(joined.code).toBe(1);
		expect(joined.output).toMatch(/index part p35-1 is in two shards.*own SEARCH_SHARD/);
	});
});

describe('the assembled site', () => {
	// Reassembled: the refusal tests above removed nothing, but rebuild the site to be sure it is whole.
	beforeAll(async () => {
		const joined = await assemble(dist('catalogue'), dist('p50'), dist('p35'));
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
