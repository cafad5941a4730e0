/**
 * writeRecords with a mocked Pagefind: the caller's work runs after the write is asked for and
 * before its answer is awaited (the indexer builds the next part's records then), and a
 * failure in that work still closes Pagefind's process. And writeSearchParts' order: each
 * part's table is made while Pagefind writes the next part, never between two writes.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
vi.mock('pagefind', () => ({
	createIndex: async () => ({
		errors: [],
		index: {
			addCustomRecord: async (r: { url: string }) => (calls.push(`add ${r.url}`), { errors: [] }),
			writeFiles: (o: { outputPath: string }) => {
				calls.push(`write ${o.outputPath}`);
				return new Promise((done) => setTimeout(() => (calls.push('written'), done({ errors: [] })), 20));
			},
		},
	}),
	close: async () => void calls.push('close'),
}));

vi.mock('../../src/search/node/part-table.ts', () => ({
	writePartTable: (bundle: string, entries: unknown[]) => void calls.push(`table ${bundle.split('/').at(-1)} of ${entries.length}`),
}));
vi.mock('../../src/search/node/manifest.ts', () => ({ writeManifest: () => void calls.push('manifest') }));

const { writeRecords, writeSearchParts } = await import('../../src/search/node/indexer.ts');
const { preparedCorpus } = await import('./prepared.ts');
const record = (url: string) => ({ url, content: 'a', language: 'und', meta: {} });

describe('writeRecords', () => {
	beforeEach(() => void (calls.length = 0));

	it('runs the caller\'s work while Pagefind writes, then waits for the write', async () => {
		await writeRecords([record('/a/'), record('/b/')], '/out', () => void calls.push('next part'));
		expect(calls).toEqual(['add /a/', 'add /b/', 'write /out', 'next part', 'written', 'close']);
	});

	it('closes Pagefind when that work fails', async () => {
		await expect(writeRecords([record('/a/')], '/out', () => { throw new Error('bad artefact'); })).rejects.toThrow('bad artefact');
		expect(calls.at(-1)).toBe('close');
	});
});

describe('writeSearchParts', () => {
	beforeEach(async () => {
		// The failed-work test above leaves a write whose answer comes later: let it land first.
		await new Promise((r) => setTimeout(r, 40));
		calls.length = 0;
	});

	it('makes each part\'s table while Pagefind writes the next part, and the last one after', async () => {
		const corpus = await preparedCorpus(12, 5);
		const saved: string[] = [];
		const cache = { restore: async () => false, save: (_: string, path: string) => void saved.push(path.split('/').at(-1)!), prune: () => {} };
		const { parts } = await writeSearchParts({ ...corpus, pagefindDir: '/nowhere/pagefind', shard: 'main', partSize: 4, cache, root: '.', chunkPositions: '5000' });
		expect(parts).toBeGreaterThanOrEqual(3);
		const steps = calls.filter((c) => !c.startsWith('add '));
		const names = steps.filter((c) => c.startsWith('write ')).map((c) => c.split('/').at(-1)!);
		expect(names.length).toBe(parts);
		const expected: string[] = [];
		names.forEach((name, i) => {
			expected.push(`write /nowhere/pagefind/parts/${name}`);
			if (i > 0) expected.push(expect.stringMatching(new RegExp(`^table ${names[i - 1]} of \\d+$`)));
			expected.push('written', 'close');
		});
		expected.push(expect.stringMatching(new RegExp(`^table ${names.at(-1)} of \\d+$`)), 'manifest');
		expect(steps).toEqual(expected);
		// Every report is in one table, and each part is kept once its table is written.
		expect(steps.filter((c) => c.startsWith('table')).reduce((n, c) => n + Number(c.split(' of ')[1]), 0)).toBe(12);
		expect(saved).toEqual(names);
	});
});
