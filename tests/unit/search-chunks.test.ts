/**
 * One-character queries are Pagefind prefix searches, and Pagefind fetches only the index
 * chunk whose range holds the prefix. With a few hundred reports a common character's
 * tokens span several chunks; the preload map must make the browser fetch all of them.
 * Here Pagefind's chunk choice (pagefind_web request_indexes) is replayed on a real index.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRecords } from '../../src/search/node/indexer.ts';
import { reportEntry } from '../../src/search/node/records.ts';
import { parseFiles } from '../../src/report/index.ts';
import { codeLength } from '../../src/search/shared/codec.ts';
import { readChunks, readPagefindFile, writePrefixPreloads, type Chunk } from '../../src/search/node/chunks.ts';
import { prefixShard } from '../../src/search/shared/prefix.ts';
import { generateCorpus } from '../../scripts/synth/corpus.ts';
import { buildPool } from '../../scripts/synth/pool.ts';

/** pagefind_web's request_indexes for one term: strict range match, else loose prefix match. */
function chunksFor(term: string, chunks: Chunk[]): Chunk[] {
	const strict = chunks.filter((c) => term >= c.from && term <= c.to);
	if (strict.length) return strict;
	return chunks.filter((c) => {
		const pre = (s: string, n: number) => [...s].slice(0, Math.min([...term].length, n)).join('');
		return pre(term, [...c.from].length) >= pre(c.from, [...c.from].length) && pre(term, [...c.to].length) <= pre(c.to, [...c.to].length);
	});
}

let dir: string;
let chunks: Chunk[];
const words = new Map<string, string[]>();

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'fazhi-search-'));
	const files = [...generateCorpus(150, buildPool('seeds'), 7)].map((f) => ({ file: f.file, bytes: f.bytes }));
	const { reports } = parseFiles(files);
	await writeRecords(reports.map((r) => reportEntry(r).record), dir);
	writePrefixPreloads([dir], dir);
	chunks = readChunks(dir);
	for (const c of chunks) words.set(c.hash, ((readPagefindFile(join(dir, 'index', `${c.hash}.pf_index`)) as unknown[])[0] as Array<[string]>).map((w) => w[0]));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('prefix preloads', () => {
	it('make every chunk holding a character’s tokens load for a one-character query', () => {
		expect(chunks.length).toBeGreaterThan(5);
		const codes = new Set([...words.values()].flat().filter((w) => /^[0-9a-z]+$/.test(w)).map((w) => w.slice(0, codeLength(w))));
		let spanning = 0;
		for (const code of codes) {
			const needed = chunks.filter((c) => words.get(c.hash)!.some((w) => w.startsWith(code))).map((c) => c.hash);
			const shard = JSON.parse(readFileSync(join(dir, prefixShard(code)), 'utf8')) as Record<string, string[]>;
			const terms = [code, ...(shard[code] ?? [])];
			const loaded = new Set(terms.flatMap((t) => chunksFor(t, chunks).map((c) => c.hash)));
			const plain = new Set(chunksFor(code, chunks).map((c) => c.hash));
			if (needed.some((h) => !plain.has(h))) spanning++;
			expect(needed.filter((h) => !loaded.has(h)), code).toEqual([]);
		}
		// The corpus is big enough that Pagefind alone would have missed chunks.
		expect(spanning).toBeGreaterThan(0);
	});
});
