/**
 * The search index as an Astro integration: hook wiring only (the logic is src/search/node/build-index.ts).
 * After `astro build` it runs the indexer in a process of its own, unless the build's
 * SEARCH_INDEX=separate says a later step does (`npm run build`, scripts/build.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from '../config/options.ts';
import { spawnIndexer } from '../search/node/build-index.ts';

export default function searchIndex(options: BuildOptions): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'fazhi-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (options.searchIndex === 'separate') {
					logger.info('SEARCH_INDEX=separate: the search index is built after Astro exits.');
					return;
				}
				await spawnIndexer(root, fileURLToPath(dir), options, (m) => logger.info(m));
			},
		},
	};
}
