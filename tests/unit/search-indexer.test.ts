/**
 * writeRecords with a mocked Pagefind: the caller's work runs after the write is asked for and
 * before its answer is awaited (the indexer builds the next part's records then), and a
 * failure in that work still closes Pagefind's process.
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

const { writeRecords } = await import('../../src/search/node/indexer.ts');
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
