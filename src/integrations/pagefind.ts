/**
 * Builds the search index after `astro build`, through Pagefind's Node API (the model
 * Starlight follows), from the parsed reports rather than from the HTML: the index holds
 * character-pair tokens (src/search/codec.ts) that no HTML page shows.
 * Output: dist/pagefind/parts/<shard>-<n>/ and dist/pagefind/scopes/<shard>-<n>/ (Pagefind
 * bundles per part, see src/search/parts.ts), dist/pagefind/parts.json and dist/pagefind/prefix/.
 * Env: SEARCH_SHARD names this build's parts (default `main`), SEARCH_PART_SIZE caps reports
 * per part, SITE_PAGES=catalogue skips the index (a sharded build's catalogue job).
 */
import type { AstroIntegration } from 'astro';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Report } from '../report/schema.ts';
import { writeManifest } from '../search/manifest.ts';
import { DEFAULT_PART_SIZE, PARTS_DIR, SCOPES_DIR, partition } from '../search/parts.ts';
import { buildsReportPages } from '../utils/pages.ts';
import { reportRecord, scopeRecords, type SearchRecord } from '../search/records.ts';

export interface SearchIndexOptions {
	/** Folder of report files; defaults to REPORTS_DIR or `seeds`, as the content collection does. */
	folder?: string;
}

/** Writes the index of `reports` as parts into `pagefindDir`, then the manifest over every part found there. */
export async function writeSearchParts(reports: Report[], pagefindDir: string, shard = 'main', partSize = DEFAULT_PART_SIZE): Promise<{ records: number; parts: number }> {
	const sorted = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const parts = partition(sorted, shard, partSize);
	let records = 0;
	for (const part of parts) {
		records += (await writeSearchIndex(part.items, join(pagefindDir, PARTS_DIR, part.name), 'reports')).records;
		records += (await writeSearchIndex(part.items, join(pagefindDir, SCOPES_DIR, part.name), 'scopes')).records;
	}
	writeManifest(pagefindDir);
	return { records, parts: parts.length };
}

function envPartSize(): number {
	const raw = process.env.SEARCH_PART_SIZE;
	return raw ? Number(raw) : DEFAULT_PART_SIZE;
}

interface PagefindResponse {
	errors: string[];
}

function check<T extends PagefindResponse>(what: string, response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind ${what} failed:\n  ${response.errors.join('\n  ')}`);
	return response;
}

/** Word positions per Pagefind index chunk (see writeSearchIndex). */
const INDEX_CHUNK_POSITIONS = 5000;

const RECORDS: Record<'reports' | 'scopes', (report: Report) => SearchRecord[]> = {
	reports: (report) => [reportRecord(report)],
	scopes: scopeRecords,
};

/**
 * Writes one Pagefind bundle of `reports` into `outputPath` (whole-report records, or
 * per-section ones), then stops Pagefind's process: its memory goes with it.
 */
export async function writeSearchIndex(reports: Report[], outputPath: string, kind: 'reports' | 'scopes' = 'reports'): Promise<{ records: number }> {
	// Pagefind cuts its word index into chunks of about 20,000 word positions; a query
	// fetches one chunk per token per part, and our tokens are character pairs, mostly rare,
	// so smaller chunks fetch far less. Measured on a part of 1,200 reports over 10 queries,
	// meta plus chunks per query: 82 KB at 20,000, 52 KB at 5,000, 68 KB at 2,000. The
	// setting is Pagefind's (marked unstable); without it only bytes change, never results.
	process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_POSITIONS);
	try {
		const { index } = check('createIndex', await pagefind.createIndex({ writePlayground: false }));
		if (!index) throw new Error('Pagefind createIndex returned no index');
		let records = 0;
		for (const report of reports) {
			for (const record of RECORDS[kind](report)) {
				check(`indexing ${record.url}`, await index.addCustomRecord(record));
				records++;
			}
		}
		check('writeFiles', await index.writeFiles({ outputPath }));
		return { records };
	} finally {
		await pagefind.close();
	}
}

/**
 * Indexes the reports of REPORTS_DIR (relative to `root`) into `distDir/pagefind/`, as the
 * environment says (SEARCH_SHARD, SEARCH_PART_SIZE, SITE_PAGES). Shared by the integration
 * and scripts/build-search-index.ts.
 */
export async function indexFromEnv(root: string, distDir: string, log: (message: string) => void, folder?: string): Promise<void> {
	if (!buildsReportPages()) {
		log('SITE_PAGES=catalogue: no search index (the shard builds write it).');
		return;
	}
	const started = performance.now();
	const from = folder ?? (process.env.REPORTS_DIR || 'seeds');
	const { parseFolder } = await import('../report/index.ts');
	const reports = await parseFolder(isAbsolute(from) ? from : resolve(root, from));
	const shard = process.env.SEARCH_SHARD || 'main';
	const { records, parts } = await writeSearchParts(reports, join(distDir, 'pagefind'), shard, envPartSize());
	log(`Indexed ${reports.length} reports (${records} records) in ${parts} part(s) in ${Math.round(performance.now() - started)} ms.`);
}

/**
 * The index after `astro build`. With SEARCH_INDEX=separate (what `npm run build` sets) it is
 * left to scripts/build-search-index.ts, run once Astro has exited: Astro still holds its
 * memory during this hook (2.8 GB at 10,000 reports), and Pagefind's would add to it.
 */
export default function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'fazhi-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.SEARCH_INDEX === 'separate') {
					logger.info('SEARCH_INDEX=separate: the search index is built after Astro exits.');
					return;
				}
				await indexFromEnv(root, fileURLToPath(dir), (m) => logger.info(m), options.folder);
			},
		},
	};
}
