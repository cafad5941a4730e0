/** Writes a synthetic corpus of N reports for a benchmark run and returns its files. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, type SyntheticFile } from '../synth/corpus.ts';
import { buildPool } from '../synth/pool.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** The corpus of a size, the same every time for a seed; one more file than asked, held back for the "add one report" rebuild. */
export function corpusFiles(count: number, seed = 1): SyntheticFile[] {
	return [...generateCorpus(count + 1, buildPool(SEEDS), seed)];
}

/** Writes the corpus of a size into `dir` (emptied first), but the held-back file. */
export function writeCorpus(dir: string, count: number, seed = 1): SyntheticFile[] {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const files = corpusFiles(count, seed);
	for (const f of files.slice(0, count)) writeFileSync(join(dir, f.file), f.bytes);
	return files;
}
