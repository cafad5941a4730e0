/** The index in parts: how reports are split, and the manifest the browser reads first. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchParts } from '../../src/integrations/pagefind.ts';
import { parseFiles } from '../../src/report/index.ts';
import { readChunks } from '../../src/search/chunks.ts';
import { checkShardName, partition } from '../../src/search/parts.ts';
import { generateCorpus } from '../../src/synth/corpus.ts';
import { buildPool } from '../../src/synth/pool.ts';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('partition', () => {
	it('cuts items in order into parts of at most the size, none empty, none lost', () => {
		const items = Array.from({ length: 11 }, (_, i) => i);
		const parts = partition(items, 'cq', 4);
		expect(parts.map((p) => p.name)).toEqual(['cq-1', 'cq-2', 'cq-3']);
		expect(parts.map((p) => p.items)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10]]);
		expect(partition([], 'cq', 4)).toEqual([]);
	});

	it('rejects shard names that are not safe folder and URL names, and sizes below one', () => {
		for (const bad of ['', 'Chong Qing', '../x', '重庆', '-a']) expect(() => checkShardName(bad), bad).toThrow(/lowercase letters, digits/);
		expect(checkShardName('north_2')).toBe('north_2');
		expect(() => partition([1], 'a', 0)).toThrow(/whole number ≥ 1/);
	});
});

describe('writeSearchParts', () => {
	it('writes one Pagefind bundle per part, a manifest of them, and one preload map over all', async () => {
		const files = [...generateCorpus(30, buildPool('seeds'), 3)].map((f) => ({ file: f.file, bytes: f.bytes }));
		const { reports } = parseFiles(files);
		const pagefind = join(dir, 'pagefind');
		const { parts } = await writeSearchParts(reports, pagefind, 'main', 12);
		expect(parts).toBe(3);
		expect(JSON.parse(readFileSync(join(pagefind, 'parts.json'), 'utf8'))).toEqual({ parts: ['main-1', 'main-2', 'main-3'], scopes: ['main-1', 'main-2', 'main-3'] });
		for (const name of ['main-1', 'main-2', 'main-3']) {
			const bundle = join(pagefind, 'parts', name);
			expect(existsSync(join(bundle, 'pagefind.js')), name).toBe(true);
			// Pagefind's own UI files are dropped: the site never loads them.
			expect(readdirSync(bundle).filter((f) => /ui\.(js|css)$/.test(f)), name).toEqual([]);
			expect(readChunks(bundle).length, name).toBeGreaterThan(0);
		}
		// Every report is indexed in exactly one part.
		const idsOf = (name: string) => {
			const folder = join(pagefind, 'parts', name, 'fragment');
			const urls = readdirSync(folder).map((f) => {
				const text = gunzipSync(readFileSync(join(folder, f))).toString('utf8');
				return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
			});
			return new Set(urls.map((u) => u.split('/')[2]!));
		};
		const perPart = ['main-1', 'main-2', 'main-3'].map(idsOf);
		expect(perPart.map((ids) => ids.size)).toEqual([12, 12, 6]);
		expect(new Set(perPart.flatMap((ids) => [...ids]))).toEqual(new Set(reports.map((r) => r.id)));
		expect(readdirSync(join(pagefind, 'prefix')).length).toBe(36);
	}, 60_000);
});
