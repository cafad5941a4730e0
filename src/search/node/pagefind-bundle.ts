/**
 * One Pagefind bundle, in two steps: records added, then files written. Each bundle gets a
 * Pagefind process of its own (the npm package keeps one per module instance, so one per
 * thread), stopped once the bundle is written or discarded: its memory goes with it.
 */
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';

/** Word positions per Pagefind index chunk; the indexer's process must see it as PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE. */
export const INDEX_CHUNK_POSITIONS = 5000;

interface PagefindResponse {
	errors: string[];
}

function check<T extends PagefindResponse>(what: string, response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind ${what} failed:\n  ${response.errors.join('\n  ')}`);
	return response;
}

/** A bundle whose records Pagefind holds, not yet written. */
export interface LoadedBundle {
	/** Writes the bundle to `outputPath` and stops Pagefind's process. */
	write(outputPath: string): Promise<void>;
	/** Stops Pagefind's process without writing. */
	discard(): Promise<void>;
}

/**
 * Adds `records` to a new Pagefind index.
 * Pagefind cuts its word index into chunks of about 20,000 word positions; a query fetches
 * one chunk per token per part, and our tokens are character pairs, mostly rare, so smaller
 * chunks fetch far less. Measured on a part of 1,200 reports over 10 queries, meta plus
 * chunks per query: 82 KB at 20,000, 52 KB at 5,000, 68 KB at 2,000. The setting is
 * Pagefind's (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, read by its process from the environment,
 * which the build gives the indexer's process: scripts/build-search-index.ts).
 */
export async function addRecords(records: SearchRecord[]): Promise<LoadedBundle> {
	try {
		const { index } = check('createIndex', await pagefind.createIndex({ writePlayground: false }));
		if (!index) throw new Error('Pagefind createIndex returned no index');
		for (const record of records) check(`indexing ${record.url}`, await index.addCustomRecord(record));
		return {
			async write(outputPath) {
				try {
					check('writeFiles', await index.writeFiles({ outputPath }));
				} finally {
					await pagefind.close();
				}
			},
			async discard() {
				await pagefind.close();
			},
		};
	} catch (error) {
		await pagefind.close();
		throw error;
	}
}
