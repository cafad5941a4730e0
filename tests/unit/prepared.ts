/** A synthetic corpus written to a temporary folder and run through the parse-once pass, for index tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { prepareCorpus, type PreparedCorpus } from '../../src/corpus/prepare.ts';
import { generateCorpus } from '../../scripts/synth/corpus.ts';
import { buildPool } from '../../scripts/synth/pool.ts';
import { afterAll } from 'vitest';

/** The folders this test file made; removed when its tests are done (they piled up in /tmp, one per call). */
const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export async function preparedCorpus(count: number, seed: number, take = count): Promise<PreparedCorpus & { folder: string; cacheDir: string }> {
	const base = mkdtempSync(join(tmpdir(), 'fazhi-prepared-'));
	made.push(base);
	const folder = join(base, 'reports');
	mkdirSync(folder);
	[...generateCorpus(count, buildPool('seeds'), seed)].slice(0, take).forEach((f) => writeFileSync(join(folder, f.file), f.bytes));
	const cacheDir = join(base, 'cache');
	const prepared = await prepareCorpus({ folder, cacheDir, root: resolve('.') });
	return { ...prepared, folder, cacheDir };
}
