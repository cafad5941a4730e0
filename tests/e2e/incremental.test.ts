/**
 * An incremental build (Astro's experimental.incrementalBuild, pages with a cacheKey) after one
 * report is added writes exactly the pages a fresh build writes, while keeping the pages the
 * new report does not touch: a cache key that missed something a page shows would leave that
 * page stale, one that digested too much would keep nothing. The last build's pages are put
 * back before Astro starts (src/utils/kept-pages.ts), so a build after removing the report
 * again must drop its pages.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, buildTemp, type RunResult } from './builds.ts';

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
/**
 * The seed added by the second build: 万古镇 (大足区, 重庆市) 2023, in a year and a province the
 * library already has (a new year or province changes every comparison listing's filter links).
 */
const ADDED = '000_503008dac59c57ce.txt';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && d.name.endsWith('.html'))
		.map((d) => relative(dir, join(d.parentPath, d.name)))
		.sort();
}

/** Pages a build log says were taken from the last build (Astro prints `(restored)` or `(cached)` after the path). */
const restoredPages = (log: string) => new Set([...log.matchAll(/(\S+\.html)\s+\((?:restored|cached)\)/g)].map((m) => m[1]!.replace(/^\//, '')));

describe('an incremental build after adding one report', () => {
	const temps: string[] = [];
	let fresh: string;
	let again: string;
	let second: RunResult;
	let first: string;
	let removed: string;

	beforeAll(async () => {
		const folder = buildTemp('incremental-in');
		const cache = buildTemp('incremental-cache');
		first = buildTemp('incremental-first');
		again = buildTemp('incremental-again');
		fresh = buildTemp('incremental-fresh');
		removed = buildTemp('incremental-removed');
		temps.push(folder, cache, first, again, fresh, `${fresh}-cache`, removed);
		for (const f of SEEDS.filter((f) => f !== ADDED)) copyFileSync(join('seeds', f), join(folder, f));
		const built = await astroBuild(folder, first, { ASTRO_CACHE_DIR: cache });
		expect(built.code, built.output).toBe(0);
		copyFileSync(join('seeds', ADDED), join(folder, ADDED));
		second = await astroBuild(folder, again, { ASTRO_CACHE_DIR: cache });
		expect(second.code, second.output).toBe(0);
		const full = await astroBuild(folder, fresh);
		expect(full.code, full.output).toBe(0);
		rmSync(join(folder, ADDED));
		const third = await astroBuild(folder, removed, { ASTRO_CACHE_DIR: cache });
		expect(third.code, third.output).toBe(0);
	});

	afterAll(() => {
		for (const t of temps) rmSync(t, { recursive: true, force: true });
	});

	it('writes every page and download exactly as a fresh build of the same reports does', () => {
		const pages = htmlFiles(fresh);
		expect(htmlFiles(again)).toEqual(pages);
		const differ = pages.filter((p) => !readFileSync(join(again, p)).equals(readFileSync(join(fresh, p))));
		expect(differ).toEqual([]);
		const data = readdirSync(join(fresh, 'data')).sort();
		expect(readdirSync(join(again, 'data')).sort()).toEqual(data);
		// Read after the third build too: a download linked from a cache file rewritten in place would show that build's data.
		const changed = data.filter((f) => !readFileSync(join(again, 'data', f)).equals(readFileSync(join(fresh, 'data', f))));
		expect(changed).toEqual([]);
	});

	it('keeps the catalogue pages the new report is not on, and renders those it is on', () => {
		const restored = restoredPages(second.output);
		// Kept pages were put back before Astro started, so it restored none itself.
		expect(second.output).not.toMatch(/\(restored\)/);
		const pages = htmlFiles(fresh);
		const pick = (re: RegExp) => pages.filter((p) => re.test(p));
		// Untouched by a 2023 report of 万古镇: the 2024 listings, 福建省's listings, the other townships and counties.
		const untouched = [
			...pick(/^compare\/[a-z-]+\/(?:[a-z]+\/)?2024\/index\.html$/),
			...pick(/^compare\/[a-z-]+\/fujiansheng\/2023\/index\.html$/),
			...pick(/^regions\/[^/]+\/[^/]+\/(?!wanguzhen\/)[^/]+\/index\.html$/),
			...pick(/^regions\/[^/]+\/(?!dazuqu\/)[^/]+\/index\.html$/),
		];
		expect(untouched.length).toBeGreaterThan(10);
		const stale = untouched.filter((p) => !restored.has(p));
		expect(stale).toEqual([]);
		// On it: the 2023 listings of the country and of 重庆市, its township page (new) and its county's grid.
		const touched = [...pick(/^compare\/[a-z-]+\/(?:chongqingshi\/)?2023\/index\.html$/), ...pick(/\/wanguzhen\/index\.html$/), ...pick(/^regions\/[^/]+\/dazuqu\/index\.html$/)];
		expect(touched.length).toBeGreaterThan(5);
		expect(touched.filter((p) => restored.has(p))).toEqual([]);
		// The insight downloads are keyed by what they hold: a year the new report's matches and figures do not reach is kept.
		const keptData = [...second.output.matchAll(/\/data\/([^\s/]+?)\/?\s+\((?:restored|cached)\)/g)].map((m) => m[1]);
		expect(keptData.some((f) => /^(figures|similar)-2024/.test(f!))).toBe(true);
		expect(keptData.filter((f) => /^(figures|similar)-2023/.test(f!))).toEqual([]);
	});

	it('after the report is removed again, drops its pages and writes every page as the first build did', () => {
		const pages = htmlFiles(first);
		expect(pages.length).toBeGreaterThan(10);
		expect(htmlFiles(fresh).filter((p) => !pages.includes(p)).length, 'the added report had pages of its own').toBeGreaterThan(0);
		expect(htmlFiles(removed)).toEqual(pages);
		const differ = pages.filter((p) => !readFileSync(join(removed, p)).equals(readFileSync(join(first, p))));
		expect(differ).toEqual([]);
	});
});
