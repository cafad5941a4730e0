/** Writes a synthetic corpus of N reports for a benchmark run and returns its files. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, type SyntheticFile } from '../synth/corpus.ts';
import { buildPool } from '../synth/pool.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');

export function writeCorpus(dir: string, count: number, seed = 1): SyntheticFile[] {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	// One more than asked: the extra file is held back for the "add one report" rebuild.
	const files = [...generateCorpus(count + 1, buildPool(SEEDS), seed)];
	for (const f of files.slice(0, count)) writeFileSync(join(dir, f.file), f.bytes);
	return files;
}
