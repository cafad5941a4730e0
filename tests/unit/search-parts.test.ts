/** The index in parts: how reports are split, and the manifest the browser reads first. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { ArtefactStore } from '../../src/corpus/artefacts.ts';
import type { ReportSummary } from '../../src/report/summary.ts';
import { writeSearchParts as writeParts } from '../../src/search/node/indexer.ts';
import { readChunks } from '../../src/search/node/chunks.ts';
import { readPartTable } from '../../src/search/node/part-table.ts';
import { tableHashes } from '../../src/search/shared/table.ts';
import { openPartCache, type PartCache } from '../../src/search/node/part-cache.ts';
import { checkShardName, partition } from '../../src/search/shared/parts.ts';
import { townshipKey } from '../../src/report/places.ts';
import { preparedCorpus } from './prepared.ts';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-parts-'));
const none: PartCache = { restore: async () => false, save: () => {}, prune: () => {} };

/** The indexer over prepared reports, into `pagefindDir`. */
function writeSearchParts(corpus: { summaries: ReportSummary[]; store: ArtefactStore }, pagefindDir: string, shard: string, partSize: number, cache = none) {
	return writeParts({ ...corpus, pagefindDir, shard, partSize, cache, root: resolve('.'), chunkPositions: '5000' });
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('partition', () => {
	const ids = (n: number) => Array.from({ length: n }, (_, i) => `report-${String(i).padStart(4, '0')}`);

	it('puts every item in exactly one part of at most the size, in the given order, none empty', () => {
		const items = ids(100);
		const parts = partition(items, 'cq', 30);
		expect(parts.length).toBeGreaterThanOrEqual(4);
		for (const part of parts) {
			expect(part.name).toMatch(/^cq-\d+$/);
			expect(part.items.length).toBeGreaterThan(0);
			expect(part.items.length).toBeLessThanOrEqual(30);
			expect(part.items).toEqual([...part.items].sort());
		}
		expect(parts.flatMap((p) => p.items).sort()).toEqual(items);
		expect(new Set(parts.map((p) => p.name)).size).toBe(parts.length);
		expect(partition(items, 'cq', 30)).toEqual(parts);
		expect(partition([], 'cq', 4)).toEqual([]);
	});

	it('changes only the part an added item falls in, so a rebuild reuses the others', () => {
		const before = partition(ids(100), 'cq', 30);
		const after = partition([...ids(100), 'report-new'], 'cq', 30);
		expect(after.map((p) => p.name)).toEqual(before.map((p) => p.name));
		const changed = after.filter((p, i) => JSON.stringify(p.items) !== JSON.stringify(before[i]!.items));
		expect(changed.length).toBe(1);
		expect(changed[0]!.items).toContain('report-new');
	});

	it('still keeps parts within the size when keys collide', () => {
		const parts = partition(ids(5), 'cq', 2, () => 'same');
		expect(parts.map((p) => p.items.length)).toEqual([2, 2, 1]);
	});

	it('rejects shard names that are not safe folder and URL names, and sizes below one', () => {
		for (const bad of ['', 'Chong Qing', '../x', '重庆', '-a']) expect(() => checkShardName(bad), bad).toThrow(/lowercase letters, digits/);
		expect(checkShardName('north_2')).toBe('north_2');
		expect(() => partition([1], 'a', 0)).toThrow(/whole number ≥ 1/);
	});
});

/** Report ids a Pagefind bundle holds, read from its fragments. */
function idsIn(bundle: string): Set<string> {
	const folder = join(bundle, 'fragment');
	const urls = readdirSync(folder).map((f) => {
		const text = gunzipSync(readFileSync(join(folder, f))).toString('utf8');
		return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
	});
	return new Set(urls.map((u) => u.split('/')[2]!));
}

describe('writeSearchParts', () => {
	it('writes one Pagefind bundle per part, a manifest of them, and one preload map over all', async () => {
		const corpus = await preparedCorpus(30, 3);
		const reports = corpus.summaries;
		const pagefind = join(dir, 'pagefind');
		const { parts } = await writeSearchParts(corpus, pagefind, 'main', 12);
		const names = readdirSync(join(pagefind, 'parts')).sort();
		expect(names.length).toBe(parts);
		expect(parts).toBeGreaterThanOrEqual(3);
		expect(JSON.parse(readFileSync(join(pagefind, 'parts.json'), 'utf8'))).toEqual({ parts: names, collisions: {} });
		for (const name of names) {
			const bundle = join(pagefind, 'parts', name);
			expect(existsSync(join(bundle, 'pagefind.js')), name).toBe(true);
			// Pagefind's own UI files are dropped: the site never loads them.
			expect(readdirSync(bundle).filter((f) => /ui\.(js|css)$/.test(f)), name).toEqual([]);
			expect(readChunks(bundle).length, name).toBeGreaterThan(0);
			// Its report table has a row for each of its pages.
			expect(tableHashes(readPartTable(bundle)).length, name).toBe(idsIn(bundle).size);
		}
		// Every report is indexed in exactly one part, none over the size.
		const perPart = names.map((name) => idsIn(join(pagefind, 'parts', name)));
		for (const ids of perPart) expect(ids.size).toBeLessThanOrEqual(12);
		expect(perPart.reduce((sum, ids) => sum + ids.size, 0)).toBe(30);
		expect(new Set(perPart.flatMap((ids) => [...ids]))).toEqual(new Set(reports.map((r) => r.id)));
		// A township's years share one part.
		const partOf = new Map(perPart.flatMap((ids, i) => [...ids].map((id) => [id, i] as const)));
		const township = (id: string) => JSON.stringify(reports.find((r) => r.id === id)!.region);
		const partsOfTownship = new Map<string, Set<number>>();
		for (const [id, part] of partOf) partsOfTownship.set(township(id), (partsOfTownship.get(township(id)) ?? new Set()).add(part));
		expect(partsOfTownship.size).toBeLessThan(reports.length);
		for (const [place, found] of partsOfTownship) expect(found.size, place).toBe(1);
		expect(readdirSync(join(pagefind, 'prefix')).length).toBeGreaterThan(0);
	}, 60_000);

	it('stops with the cache entry that cannot be read, while the part before it is written', async () => {
		const corpus = await preparedCorpus(30, 3);
		// Parts as the indexer cuts them (by township); a report of the second part lost its entry.
		const parts = partition([...corpus.summaries].sort((a, b) => (a.id < b.id ? -1 : 1)), 'main', 12, townshipKey);
		const lost = parts[1]!.items[0]!;
		const summaries = corpus.summaries.map((s) => (s === lost ? { ...s, key: 'ffmissing' } : s));
		await expect(writeSearchParts({ ...corpus, summaries }, join(dir, 'lost'), 'main', 12)).rejects.toThrow(/no entry ffmissing in /);
	}, 60_000);
});

describe('part cache', () => {
	/** Every file under a folder with its bytes, by relative path. */
	const filesOf = (folder: string) =>
		Object.fromEntries(
			(readdirSync(folder, { recursive: true, withFileTypes: true }) as Dirent[])
				.filter((e) => e.isFile())
				.map((e) => {
					const path = join(e.parentPath, e.name);
					return [relative(folder, path), readFileSync(path).toString('base64')];
				}),
		);

	it('re-indexes only the part an added report falls in, and serves the same files as a fresh build', async () => {
		const corpus = await preparedCorpus(31, 9);
		const cacheDir = join(dir, 'cache');
		const first = await writeSearchParts({ ...corpus, summaries: corpus.summaries.slice(0, 30) }, join(dir, 'cached-1'), 'main', 12, openPartCache(cacheDir));
		expect(first.reused).toBe(0);
		expect(readdirSync(cacheDir).length).toBe(first.parts);

		const second = await writeSearchParts(corpus, join(dir, 'cached-2'), 'main', 12, openPartCache(cacheDir));
		expect(second.parts).toBe(first.parts);
		expect(second.reused).toBe(second.parts - 1);
		// Bundles no longer used are dropped: the cache stays one build's size.
		expect(readdirSync(cacheDir).length).toBe(second.parts);

		await writeSearchParts(corpus, join(dir, 'fresh'), 'main', 12);
		expect(filesOf(join(dir, 'cached-2'))).toEqual(filesOf(join(dir, 'fresh')));
	}, 90_000);

	it('links the unchanged parts from the cache, and builds into the same folder never write through those links', async () => {
		const corpus = await preparedCorpus(31, 9);
		const cacheDir = join(dir, 'linked-cache');
		const pagefind = join(dir, 'linked');
		const fewer = { ...corpus, summaries: corpus.summaries.slice(0, 30) };
		await writeSearchParts(fewer, pagefind, 'main', 12, openPartCache(cacheDir));
		const cached = filesOf(cacheDir);
		// Again, all 31 reports, into the same folder: one part is written afresh, the others linked.
		const { reused } = await writeSearchParts(corpus, pagefind, 'main', 12, openPartCache(cacheDir));
		expect(reused).toBeGreaterThan(0);
		const linked = readdirSync(join(pagefind, 'parts')).filter((name) => {
			const entry = join(pagefind, 'parts', name, 'pagefind-entry.json');
			return readdirSync(cacheDir).some((digest) => statSync(join(cacheDir, digest, 'pagefind-entry.json')).ino === statSync(entry).ino);
		});
		expect(linked.length).toBe(reused);
		// And back to 30 reports in that folder: the part that changed is written anew, not through a link.
		await writeSearchParts(fewer, pagefind, 'main', 12, openPartCache(cacheDir));
		const after = filesOf(cacheDir);
		for (const [path, bytes] of Object.entries(cached)) if (path in after) expect(after[path], path).toBe(bytes);
		await writeSearchParts(fewer, join(dir, 'linked-fresh'), 'main', 12);
		expect(filesOf(pagefind)).toEqual(filesOf(join(dir, 'linked-fresh')));
	}, 90_000);

	it('drops parts an earlier build of the shard left with another part count', async () => {
		const corpus = await preparedCorpus(20, 7);
		const pagefind = join(dir, 'recount');
		await writeSearchParts(corpus, pagefind, 'main', 4);
		const { parts } = await writeSearchParts(corpus, pagefind, 'main', 20);
		expect(parts).toBe(1);
		expect(readdirSync(join(pagefind, 'parts'))).toEqual(['main-1']);
		expect(idsIn(join(pagefind, 'parts', 'main-1')).size).toBe(20);
	}, 90_000);
});
