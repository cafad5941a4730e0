import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fillFileSizes, formatBytes } from '../../src/utils/file-sizes.ts';

describe('formatBytes', () => {
	it('uses decimal units with one decimal below 100', () => {
		expect([533, 1618, 59454, 134420, 2_500_000].map(formatBytes)).toEqual(['533 B', '1.6 KB', '59.5 KB', '134 KB', '2.5 MB']);
	});
});

describe('fillFileSizes', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));
	const site = (slots: string[]) => {
		dir = mkdtempSync(join(tmpdir(), 'fazhi-sizes-'));
		mkdirSync(join(dir, 'data'));
		writeFileSync(join(dir, 'data', 'index.html'), slots.map((f) => `<span data-file-size="${f}" data-x>—</span>`).join(''));
	};

	it('writes each listed file’s size into its slot', async () => {
		site(['a.json', 'b.csv']);
		writeFileSync(join(dir, 'data', 'a.json'), 'x'.repeat(1500));
		writeFileSync(join(dir, 'data', 'b.csv'), 'y');
		await fillFileSizes(dir);
		expect(readFileSync(join(dir, 'data', 'index.html'), 'utf8')).toBe('<span data-file-size="a.json" data-x>1.5 KB</span><span data-file-size="b.csv" data-x>1 B</span>');
	});

	it('names every listed file the build did not write', async () => {
		site(['a.json', 'gone.json', 'lost.csv']);
		writeFileSync(join(dir, 'data', 'a.json'), '{}');
		await expect(fillFileSizes(dir)).rejects.toThrow(/data\/gone\.json, data\/lost\.csv/);
	});
});
