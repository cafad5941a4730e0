/**
 * Namesakes kept apart on every page: a private build of the clash corpus
 * (tests/fixtures/places/clashes.ts: 济南 and 枣庄's 市中区, 内江 and 乐山's 白马镇, two 城关镇,
 * 东莞市 and 四会市's 东城街道, two years each). The oracle is the corpus itself, the pages are
 * read as text (static pages from dist, the search page in Chromium).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtReports } from '../fixtures/site/dist.ts';
import { clashCorpus, type ClashFile, type ClashPlace } from '../fixtures/places/clashes.ts';
import { astroBuild, buildTemp } from './builds.ts';
import { useSite } from './session.ts';

const root = buildTemp('places');
const outDir = join(root, 'out');
const files: ClashFile[] = clashCorpus();
const places = [...new Map(files.map((f) => [f.place.code, f.place])).values()];
const table: { counties: Record<string, string> } = JSON.parse(readFileSync('src/report/data/divisions.json', 'utf8'));
/** File → report id, from the site's own data export. */
let idOf: Map<string, string>;

beforeAll(async () => {
	const folder = join(root, 'reports');
	mkdirSync(folder);
	for (const f of files) writeFileSync(join(folder, f.file), f.bytes);
	const result = await astroBuild(folder, outDir);
	expect(result.code, result.output).toBe(0);
	idOf = new Map(builtReports(outDir).map((r) => [r.source.file, r.id]));
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const site = useSite(outDir);

const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
/** The page's text, tags dropped. */
const text = (page: string) => page.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
const h1 = (page: string) => text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)![1]!);
const links = (page: string, prefix: string) => [...page.matchAll(/href="([^"#]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith(prefix));
const mainOf = (page: string) => /<main[\s\S]*<\/main>/.exec(page)![0];
/** Site paths (`/regions/a/b/`) of the pages `depth` folders below /regions/. */
function regionPages(depth: number): string[] {
	const walk = (dir: string, left: number): string[] =>
		left === 0 ? [dir] : readdirSync(join(outDir, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => walk(`${dir}${e.name}/`, left - 1));
	return walk('/regions/', depth);
}

const reportsOf = (p: ClashPlace) => files.filter((f) => f.place.code === p.code).map((f) => idOf.get(f.file)!);
const countyCodes = [...new Set(places.map((p) => p.countyCode))];
const namesakes = (name: string) => Object.values(table.counties).filter((c) => c.split('|')[0] === name).length;
const townshipNamesakes = (name: string) => Object.values(table.counties).flatMap((c) => c.split('|').slice(1)).filter((t) => t.slice(3) === name).length;
/** What the corpus says a place's county is called where names from several provinces meet. */
const countyText = (p: ClashPlace) => (p.county && namesakes(p.county) > 1 ? `${p.county}（${p.city ?? p.province}）` : p.county || p.city!);

describe('region pages', () => {
	it('count every county and township of the corpus on the home page', () => {
		const home = text(html('/'));
		expect(home).toContain(`${countyCodes.length}个县级地区`);
		expect(home).toContain(`${places.length}个乡镇（街道）`);
		expect(home).toContain(`${files.length}份报告`);
	});

	it('give each township its own page, under its own county, city and province, listing its own reports', () => {
		const pages = regionPages(3);
		expect(pages).toHaveLength(places.length);
		for (const p of places) {
			const found = pages.filter((path) => text(html(path)).includes(`区划代码 ${p.code}`));
			expect(found, p.code).toHaveLength(1);
			const page = html(found[0]!);
			expect(h1(page), p.code).toBe(`${p.township} ${p.province}${p.city ?? ''}${p.county}`);
			expect(links(mainOf(page), '/reports/').sort(), p.code).toEqual(reportsOf(p).map((id) => `/reports/${id}/`).sort());
			// The breadcrumb's county is the labelled one: 市中区（枣庄市）.
			expect(text(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(page)![0]), p.code).toContain(countyText(p));
		}
	});

	it('give each county code its own page, naming its city, with only its own townships', () => {
		const pages = regionPages(2);
		expect(pages).toHaveLength(countyCodes.length);
		const townshipPages = regionPages(3);
		for (const code of countyCodes) {
			const mine = places.filter((p) => p.countyCode === code);
			const p = mine[0]!;
			// The county page whose township links lead to this county's townships.
			const found = pages.filter((path) => townshipPages.some((t) => t.startsWith(path) && text(html(t)).includes(`区划代码 ${p.code}`)));
			expect(found, code).toHaveLength(1);
			const page = html(found[0]!);
			expect(h1(page), code).toBe(`${p.county || p.city} ${p.province}${p.county ? (p.city ?? '') : ''}`);
			const linked = [...new Set(links(mainOf(page), found[0]!).filter((l) => l !== found[0]))];
			expect(linked.length, code).toBe(mine.length);
			for (const t of linked) expect(mine.some((m) => text(html(t)).includes(`区划代码 ${m.code}`)), t).toBe(true);
		}
	});

	it('list namesake counties apart on the province page, each labelled with its city', () => {
		const shandong = text(html(regionPages(1).find((path) => text(html(path)).includes('山东省'))!));
		for (const p of places.filter((q) => q.province === '山东省')) expect(shandong).toContain(countyText(p));
	});

	it('link a report to its own county and township pages', () => {
		for (const p of places) {
			for (const id of reportsOf(p)) {
				const page = html(`/reports/${id}/`);
				const region = /<dt>所属地区<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(page)![1]!;
				expect(text(region), id).toContain(countyText(p));
				const township = links(region, '/regions/').at(-1)!;
				expect(text(html(township)), id).toContain(`区划代码 ${p.code}`);
			}
		}
	});
});

describe('follow-up', () => {
	it('gives each township one page with only its own two years', () => {
		const provinces = links(html('/followup/'), '/followup/in/');
		const townships = [...new Set(provinces.flatMap((p) => links(mainOf(html(p)), '/followup/').filter((l) => l !== '/followup/' && !l.startsWith('/followup/in/'))))];
		expect(townships).toHaveLength(places.length);
		for (const p of places) {
			const own = reportsOf(p).map((id) => `/reports/${id}/`);
			const found = townships.filter((t) => links(mainOf(html(t)), '/reports/').some((l) => own.some((o) => l.startsWith(o))));
			expect(found, p.code).toHaveLength(1);
			const linked = new Set(links(mainOf(html(found[0]!)), '/reports/').map((l) => l.replace(/^(\/reports\/[^/]+\/).*/, '$1')));
			expect([...linked].sort(), p.code).toEqual(own.sort());
			expect(h1(html(found[0]!)), p.code).toContain(`${p.province}${p.city ?? ''}${p.county}${p.township}`);
		}
	});
});

describe('search facets', () => {
	it('list every namesake county and township as its own value, labelled with its parent, counting its own reports', async () => {
		const page = await site.browser.context.newPage();
		await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('法治政府建设')}`);
		await page.waitForSelector('#search-results[data-search-status="done"]');
		const facet = (key: string) =>
			page.$$eval(`input[data-facet="${key}"]`, (inputs) => inputs.map((i) => ({ value: (i as HTMLInputElement).value, label: i.parentElement!.textContent!.trim() })));
		const counties = await facet('county');
		expect(counties).toHaveLength(countyCodes.length);
		for (const code of countyCodes) {
			const p = places.find((q) => q.countyCode === code)!;
			const n = files.filter((f) => f.place.countyCode === code).length;
			expect(counties.filter((c) => c.label === `${countyText(p)} (${n})`), code).toHaveLength(1);
		}
		const townships = await facet('township');
		expect(townships).toHaveLength(places.length);
		for (const p of places) {
			const parent = p.county && namesakes(p.county) > 1 ? `${p.city}${p.county}` : p.county || p.city!;
			const label = townshipNamesakes(p.township) > 1 ? `${p.township}（${parent}）` : p.township;
			expect(townships.filter((t) => t.label === `${label} (${reportsOf(p).length})`), p.code).toHaveLength(1);
		}
		// Choosing one 市中区 finds its reports, not its namesake's.
		const zaozhuang = places.filter((p) => p.kind === 'county-in-two-cities')[1]!;
		const value = counties.find((c) => c.label.startsWith(countyText(zaozhuang)))!.value;
		await page.evaluate(() => (document.getElementById('search-results')!.dataset.searchStatus = 'stale'));
		await page.check(`input[data-facet="county"][value="${value}"]`);
		await page.waitForSelector('#search-results[data-search-status="done"]');
		const shown = await page.$$eval('[data-report-id]', (els) => els.map((e) => (e as HTMLElement).dataset.reportId!).sort());
		expect(shown).toEqual(reportsOf(zaozhuang).sort());
		await page.close();
	});
});
