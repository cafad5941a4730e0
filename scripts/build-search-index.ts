/**
 * Writes dist/pagefind/ from the parse-once cache after `astro build` (`npm run build` runs
 * both; the integration runs this too, as a child process).
 *   node scripts/build-search-index.ts [--dist dist]
 * Options come from the environment (src/config/options.ts): REPORTS_DIR, SEARCH_SHARD,
 * SEARCH_PART_SIZE, SEARCH_PART_CACHE, SITE_PAGES, ASTRO_CACHE_DIR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOptions } from '../src/config/options.ts';
import { buildIndex, indexerEnv } from '../src/search/node/build-index.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist);
if (!existsSync(dist)) {
	console.error(`No built site at ${dist}: run \`astro build\` first (or pass --dist <folder>).`);
	process.exit(1);
}
try {
	const options = buildOptions();
	// Pagefind reads its chunk size from its own process's environment: run again with it set.
	const chunkPositions = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
	if (!chunkPositions) {
		const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, ...indexerEnv(options) } });
		process.exit(again.status ?? 1);
	}
	await buildIndex({ options, root: process.cwd(), distDir: dist, chunkPositions, log: (m) => console.log(`[search-index] ${m}`) });
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
