/** eachInPool: every item once, at most `size` at a time, and a failure stops further starts. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachInPool, folderMaker } from '../../src/utils/file-pool.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('eachInPool', () => {
	it('works on every item once, never more than the size at a time, and keeps that many busy', async () => {
		const items = Array.from({ length: 50 }, (_, i) => i);
		const done: number[] = [];
		let running = 0;
		let most = 0;
		await eachInPool(items, async (i) => {
			running++;
			most = Math.max(most, running);
			await tick(i % 3);
			running--;
			done.push(i);
		}, 4);
		expect(done.sort((a, b) => a - b)).toEqual(items);
		expect(most).toBe(4);
	});

	it('starts nothing after a failure, and rejects with it once the work already started has ended', async () => {
		const started: number[] = [];
		const ended: number[] = [];
		const outcome = eachInPool(Array.from({ length: 40 }, (_, i) => i), async (i) => {
			started.push(i);
			await tick(i === 5 ? 1 : 5);
			if (i === 5) throw new Error('item 5 failed');
			ended.push(i);
		}, 8);
		await expect(outcome).rejects.toThrow('item 5 failed');
		// The eight running when item 5 failed finished; nothing after them began.
		expect(started.length).toBeLessThan(40);
		expect(ended.sort((a, b) => a - b)).toEqual(started.filter((i) => i !== 5).sort((a, b) => a - b));
	});

	it('does nothing for no items', async () => {
		let calls = 0;
		await eachInPool([], async () => void calls++);
		expect(calls).toBe(0);
	});
});

describe('folderMaker', () => {
	it('asks for each folder once however many files go into it', async () => {
		const root = mkdtempSync(join(tmpdir(), 'fazhi-pool-'));
		const make = folderMaker();
		const first = make(join(root, 'a', 'b'));
		expect(make(join(root, 'a', 'b'))).toBe(first);
		await first;
		expect(existsSync(join(root, 'a', 'b'))).toBe(true);
		rmSync(root, { recursive: true, force: true });
	});
});
