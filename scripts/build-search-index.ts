/**
 * Writes dist/pagefind/ after `astro build` has exited (`npm run build` runs both), so
 * Astro's memory and Pagefind's never add up. Same code as the integration.
 *   node scripts/build-search-index.ts [--dist dist]
 * Env: REPORTS_DIR, SEARCH_SHARD, SEARCH_PART_SIZE, SITE_PAGES (see src/integrations/pagefind.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexFromEnv } from '../src/integrations/pagefind.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist);
if (!existsSync(dist)) {
	console.error(`No built site at ${dist}: run \`astro build\` first (or pass --dist <folder>).`);
	process.exit(1);
}
try {
	await indexFromEnv(process.cwd(), dist, (m) => console.log(`[search-index] ${m}`));
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
