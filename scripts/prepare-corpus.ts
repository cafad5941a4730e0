/**
 * The parse-once pass on its own (the first phase of `npm run build`): parses and renders
 * every report the cache lacks and writes the downloads, so the Astro build that follows
 * finds the cache warm. Every bad file is listed at once.
 *   node scripts/prepare-corpus.ts
 * Options come from the environment (src/config/options.ts): REPORTS_DIR, ASTRO_CACHE_DIR.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { buildOptions } from '../src/config/options.ts';
import { prepareCorpus } from '../src/corpus/prepare.ts';
import { prepareDownloads } from '../src/exports/index.ts';

const log = (m: string) => console.log(`[prepare] ${m}`);
try {
	const options = buildOptions();
	const root = process.cwd();
	const folder = resolve(root, options.reportsDir);
	const cacheDir = resolve(root, options.cacheDir);
	// Parsing and rendering are CPU-bound and independent per file: one thread per core.
	const prepared = await prepareCorpus({ folder, cacheDir, root, log, workers: availableParallelism() });
	if (prepared.problems.length > 0) {
		console.error(`${prepared.problems.length} file(s) in ${folder} could not be published as reports:\n${prepared.problems.map((p) => `  - ${p.file}: ${p.reason}`).join('\n')}\nFix or remove the files listed, then build again.`);
		process.exit(1);
	}
	await prepareDownloads({ summaries: prepared.summaries, store: prepared.store, cacheDir, folder, root, log });
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
