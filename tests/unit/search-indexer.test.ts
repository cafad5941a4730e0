/**
 * The indexer's pieces without a real Pagefind: a bundle's two steps (records added, files
 * written) each stop Pagefind's process when they end or fail, and the scheduler writes
 * one part at a time in order while the next part loads.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadWhileWriting } from '../../src/search/node/in-turn.ts';

const calls: string[] = [];
let failAdd: string | null = null;
let failWrite = false;
vi.mock('pagefind', () => ({
	createIndex: async () => ({
		errors: [],
		index: {
			addCustomRecord: async (r: { url: string }) => (calls.push(`add ${r.url}`), { errors: r.url === failAdd ? ['bad record'] : [] }),
			writeFiles: async (o: { outputPath: string }) => (calls.push(`write ${o.outputPath}`), { errors: failWrite ? ['disk full'] : [] }),
		},
	}),
	close: async () => void calls.push('close'),
}));

const { addRecords } = await import('../../src/search/node/pagefind-bundle.ts');
const record = (url: string) => ({ url, content: 'a', language: 'und', meta: {} });

describe('addRecords', () => {
	beforeEach(() => {
		calls.length = 0;
		failAdd = null;
		failWrite = false;
	});

	it('adds every record, writes when asked, then stops Pagefind', async () => {
		const bundle = await addRecords([record('/a/'), record('/b/')]);
		expect(calls).toEqual(['add /a/', 'add /b/']);
		await bundle.write('/out');
		expect(calls).toEqual(['add /a/', 'add /b/', 'write /out', 'close']);
	});

	it('stops Pagefind when a record is refused, naming it', async () => {
		failAdd = '/b/';
		await expect(addRecords([record('/a/'), record('/b/')])).rejects.toThrow(/indexing \/b\/ failed:\n {2}bad record/);
		expect(calls.at(-1)).toBe('close');
	});

	it('stops Pagefind when writing fails, and when a bundle is discarded', async () => {
		failWrite = true;
		await expect((await addRecords([record('/a/')])).write('/out')).rejects.toThrow('writeFiles failed');
		expect(calls.at(-1)).toBe('close');
		calls.length = 0;
		await (await addRecords([record('/a/')])).discard();
		expect(calls).toEqual(['add /a/', 'close']);
	});
});

/** A scheduler run over `n` jobs whose stages take the given times, logging when each begins and ends. */
async function run(n: number, { loadMs = 5, writeMs = 5, failLoad = -1, failWrite: failAt = -1 } = {}) {
	const log: string[] = [];
	let writing = 0;
	let held = 0;
	let maxWriting = 0;
	let maxHeld = 0;
	const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
	const jobs = Array.from({ length: n }, (_, i) => i);
	const outcome = loadWhileWriting(jobs, {
		async load(i) {
			log.push(`load ${i}`);
			held++;
			maxHeld = Math.max(maxHeld, held);
			await wait(loadMs);
			if (i === failLoad) throw new Error(`load ${i} failed`);
			log.push(`loaded ${i}`);
			return `part ${i}`;
		},
		async write(loaded, i) {
			expect(loaded).toBe(`part ${i}`);
			writing++;
			maxWriting = Math.max(maxWriting, writing);
			log.push(`write ${i}`);
			await wait(writeMs);
			writing--;
			held--;
			if (i === failAt) throw new Error(`write ${i} failed`);
			log.push(`written ${i}`);
		},
		async discard(loaded) {
			held--;
			log.push(`discard ${loaded}`);
		},
	}).then(() => null, (e: Error) => e.message);
	return { error: await outcome, log, maxWriting, maxHeld, held: () => held };
}

describe('loadWhileWriting', () => {
	it('writes every job once, in order, one at a time, holding at most two', async () => {
		const { error, log, maxWriting, maxHeld } = await run(5);
		expect(error).toBeNull();
		expect(log.filter((l) => l.startsWith('written'))).toEqual([0, 1, 2, 3, 4].map((i) => `written ${i}`));
		expect(maxWriting).toBe(1);
		expect(maxHeld).toBe(2);
	});

	it('loads the next job while this one writes, not before', async () => {
		const { log } = await run(3, { loadMs: 1, writeMs: 20 });
		// Job 1 loads once job 0 is loaded, and is loaded before job 0's write ends; job 2
		// waits for job 0's write to end (two jobs held at most).
		expect(log.indexOf('load 1')).toBeGreaterThan(log.indexOf('loaded 0'));
		expect(log.indexOf('loaded 1')).toBeLessThan(log.indexOf('written 0'));
		expect(log.indexOf('load 2')).toBeGreaterThan(log.indexOf('written 0'));
	});

	it('waits for a slow load before writing it', async () => {
		const { log } = await run(2, { loadMs: 20, writeMs: 1 });
		expect(log.indexOf('write 1')).toBeGreaterThan(log.indexOf('loaded 1'));
	});

	it('stops at a failed write, discarding the job loaded after it', async () => {
		const { error, log, held } = await run(4, { failWrite: 1 });
		expect(error).toBe('write 1 failed');
		expect(log).toContain('discard part 2');
		expect(log.some((l) => l === 'load 3' || l === 'write 2')).toBe(false);
		expect(held()).toBe(0);
	});

	it('stops at a failed load, reporting it once the write before it ends', async () => {
		const onUnhandled = vi.fn();
		process.on('unhandledRejection', onUnhandled);
		const { error, log } = await run(3, { failLoad: 1, loadMs: 1, writeMs: 20 });
		process.off('unhandledRejection', onUnhandled);
		expect(error).toBe('load 1 failed');
		expect(log).toContain('written 0');
		expect(log).not.toContain('write 1');
		expect(onUnhandled).not.toHaveBeenCalled();
	});

	it('does nothing for no jobs', async () => {
		expect((await run(0)).log).toEqual([]);
	});
});
