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
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { townshipKey, type Report } from '../report/index.ts';
import { writeManifest } from '../search/manifest.ts';
import { DEFAULT_PART_SIZE, PARTS_DIR, SCOPES_DIR, partition } from '../search/parts.ts';
import { bundleDigest, partCacheFromEnv, type PartCache } from '../search/part-cache.ts';
import { buildsReportPages } from '../utils/pages.ts';
import { reportRecord, scopeRecords, type SearchRecord } from '../search/records.ts';

export interface SearchIndexOptions {
	/** Folder of report files; defaults to REPORTS_DIR or `seeds`, as the content collection does. */
	folder?: string;
}

/**
 * Writes the index of `reports` as parts into `pagefindDir`, then the manifest over every
 * part found there. A part whose records are unchanged since the last build is copied from
 * `cache` instead of indexed again.
 */
export async function writeSearchParts(reports: Report[], pagefindDir: string, shard = 'main', partSize = DEFAULT_PART_SIZE, cache?: PartCache): Promise<{ records: number; parts: number; reused: number }> {
	const sorted = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const parts = partition(sorted, shard, partSize, partKey);
	for (const kind of [PARTS_DIR, SCOPES_DIR]) removeShardParts(join(pagefindDir, kind), shard);
	const settings = { pagefind: pagefindVersion(), chunk: chunkPositions() };
	let records = 0;
	let reused = 0;
	for (const part of parts) {
		for (const [dir, kind] of [[PARTS_DIR, 'reports'], [SCOPES_DIR, 'scopes']] as const) {
			const partRecords = part.items.flatMap(RECORDS[kind]);
			const outputPath = join(pagefindDir, dir, part.name);
			const digest = bundleDigest({ kind, ...settings }, partRecords);
			records += partRecords.length;
			if (cache?.restore(digest, outputPath)) {
				reused++;
				continue;
			}
			await writeRecords(partRecords, outputPath);
			cache?.save(digest, outputPath);
		}
	}
	cache?.prune();
	writeManifest(pagefindDir);
	return { records, parts: parts.length, reused };
}

/**
 * Which part a report goes to: its township's, so a township's years share one part and
 * each part holds fewer places. Measured at 10,000 reports against keying by report id:
 * the same 9 parts, 400 rather than 880 counties each, and the filters a first query
 * fetches 26 → 19 KB per part.
 */
function partKey(report: Report): string {
	return townshipKey(report);
}

/** Parts a previous run of this shard left (another part count), so none is served twice. */
function removeShardParts(dir: string, shard: string): void {
	if (!existsSync(dir)) return;
	const own = new RegExp(`^${shard}-\\d+$`);
	for (const name of readdirSync(dir)) if (own.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
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

/** Pagefind's version goes into each part's cache digest: another version indexes afresh. */
function pagefindVersion(): string {
	try {
		return JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version;
	} catch {
		return 'unknown';
	}
}

/** Word positions per Pagefind index chunk (see writeRecords). */
const INDEX_CHUNK_POSITIONS = 5000;

const RECORDS: Record<'reports' | 'scopes', (report: Report) => SearchRecord[]> = {
	reports: (report) => [reportRecord(report)],
	scopes: scopeRecords,
};

function chunkPositions(): string {
	return process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(INDEX_CHUNK_POSITIONS);
}

/** Writes one Pagefind bundle of `reports` into `outputPath`: whole-report records, or per-section ones. */
export async function writeSearchIndex(reports: Report[], outputPath: string, kind: 'reports' | 'scopes' = 'reports'): Promise<{ records: number }> {
	const records = reports.flatMap(RECORDS[kind]);
	await writeRecords(records, outputPath);
	return { records: records.length };
}

/** Writes one Pagefind bundle of `records`, then stops Pagefind's process: its memory goes with it. */
async function writeRecords(records: SearchRecord[], outputPath: string): Promise<void> {
	// Pagefind cuts its word index into chunks of about 20,000 word positions; a query
	// fetches one chunk per token per part, and our tokens are character pairs, mostly rare,
	// so smaller chunks fetch far less. Measured on a part of 1,200 reports over 10 queries,
	// meta plus chunks per query: 82 KB at 20,000, 52 KB at 5,000, 68 KB at 2,000. The
	// setting is Pagefind's (marked unstable); without it only bytes change, never results.
	process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkPositions();
	try {
		const { index } = check('createIndex', await pagefind.createIndex({ writePlayground: false }));
		if (!index) throw new Error('Pagefind createIndex returned no index');
		for (const record of records) check(`indexing ${record.url}`, await index.addCustomRecord(record));
		check('writeFiles', await index.writeFiles({ outputPath }));
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
	const { records, parts, reused } = await writeSearchParts(reports, join(distDir, 'pagefind'), shard, envPartSize(), partCacheFromEnv(root));
	const kept = reused > 0 ? `, ${reused} of ${parts * 2} bundles unchanged since the last build` : '';
	log(`Indexed ${reports.length} reports (${records} records) in ${parts} part(s)${kept} in ${Math.round(performance.now() - started)} ms.`);
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
