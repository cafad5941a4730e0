/**
 * The index step of a build, after Astro: the cached summaries of the reports folder (the
 * parse-once pass, which parses only what is new) in, Pagefind parts out. Shared by the
 * integration's hook and scripts/build-search-index.ts, both of which run it in a process
 * of its own (spawnIndexer), so Pagefind's memory never adds to Astro's.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { BuildOptions } from '../../config/options.ts';
import { optionsEnv } from '../../config/options.ts';
import { prepareCorpus } from '../../corpus/prepare.ts';
import type { Log } from '../../corpus/progress.ts';
import { INDEX_CHUNK_POSITIONS, writeSearchParts } from './indexer.ts';
import { partCacheFor } from './part-cache.ts';

export interface IndexRun {
	options: BuildOptions;
	/** Project root. */
	root: string;
	/** The built site. */
	distDir: string;
	/** Pagefind's chunk size, as the environment of this process gives it to Pagefind. */
	chunkPositions: string;
	log: Log;
}

export async function buildIndex({ options, root, distDir, chunkPositions, log }: IndexRun): Promise<void> {
	if (options.sitePages === 'catalogue') {
		log('SITE_PAGES=catalogue: no search index (the shard builds write it).');
		return;
	}
	const prepared = await prepareCorpus({ folder: resolve(root, options.reportsDir), cacheDir: resolve(root, options.cacheDir), root, log });
	if (prepared.problems.length > 0) throw new Error(`${prepared.problems.length} bad report file(s): ${prepared.problems.map((p) => p.file).join(', ')}. Run the build to see why.`);
	await writeSearchParts({
		summaries: prepared.summaries,
		store: prepared.store,
		pagefindDir: join(distDir, 'pagefind'),
		shard: options.searchShard,
		partSize: options.searchPartSize,
		cache: partCacheFor(options, root),
		root,
		chunkPositions,
		log,
	});
}

/** Environment the indexer's process needs: the build's options, and Pagefind's chunk size. */
export function indexerEnv(options: BuildOptions): Record<string, string> {
	return { ...optionsEnv(options), PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_POSITIONS) };
}

/** Runs scripts/build-search-index.ts on `distDir` in a child process; rejects when it fails. */
export function spawnIndexer(root: string, distDir: string, options: BuildOptions, log: Log): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [join(root, 'scripts/build-search-index.ts'), '--dist', distDir], {
			cwd: root,
			env: { ...process.env, ...indexerEnv(options) },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let errors = '';
		child.stdout.on('data', (d: Buffer) => String(d).trimEnd().split('\n').forEach((line) => log(line)));
		child.stderr.on('data', (d: Buffer) => (errors += d));
		child.on('close', (code) => (code === 0 ? done() : fail(new Error(`The search index failed (exit ${code}):\n${errors}`))));
	});
}
