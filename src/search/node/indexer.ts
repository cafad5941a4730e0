/**
 * Writes the search index from the parse-once cache: report summaries say which part each
 * report goes to, and each part's records are built from its reports' cached published
 * blocks, one part at a time. A part whose reports and code are unchanged since the last
 * build is copied from the part cache without reading a single report.
 * Output: dist/pagefind/parts/<shard>-<n>/ (see shared/parts.ts), each with its report table
 * (shared/table.ts), dist/pagefind/parts.json and dist/pagefind/prefix/.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { ArtefactStore } from '../../corpus/artefacts.ts';
import { progressLog, type Log } from '../../corpus/progress.ts';
import { codeVersion } from '../../corpus/version.ts';
import { townshipKey } from '../../report/places.ts';
import type { ReportSummary } from '../../report/summary.ts';
import { writeManifest } from './manifest.ts';
import { PARTS_DIR, partition } from '../shared/parts.ts';
import { writePartTable, type TableEntry } from './part-table.ts';
import { bundleDigest, type PartCache } from './part-cache.ts';
import { reportEntry, type RecordEntry, type SearchRecord } from './records.ts';

/** Word positions per Pagefind index chunk; the indexer's process must see it as PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE. */
export const INDEX_CHUNK_POSITIONS = 5000;

/** Code that shapes a record, besides the artefacts (whose keys carry their own version). */
const RECORD_SOURCES = ['src/search'];

export interface IndexInput {
	summaries: ReportSummary[];
	store: ArtefactStore;
	/** Output folder (`dist/pagefind`). */
	pagefindDir: string;
	shard: string;
	partSize: number;
	cache: PartCache;
	/** Project root, for the code version. */
	root: string;
	/** Pagefind's chunk size as its process sees it (part of each bundle's digest). */
	chunkPositions: string;
	log?: Log;
}

/** Which part a report goes to: its township's (src/report/places.ts), so a township's years share one part. */
const partKey = (report: ReportSummary): string => townshipKey(report);

export async function writeSearchParts(input: IndexInput): Promise<{ parts: number; reused: number }> {
	const { summaries, store, pagefindDir, shard, partSize, cache, root, log } = input;
	const sorted = [...summaries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const parts = partition(sorted, shard, partSize, partKey);
	removeShardParts(join(pagefindDir, PARTS_DIR), shard);
	const settings = { pagefind: pagefindVersion(), chunk: input.chunkPositions, code: codeVersion(root, RECORD_SOURCES) };
	const progress = progressLog('index', parts.length, log);
	const todo: Array<{ outputPath: string; digest: string; items: ReportSummary[] }> = [];
	for (const part of parts) {
		const outputPath = join(pagefindDir, PARTS_DIR, part.name);
		const digest = bundleDigest({ kind: 'reports', ...settings }, part.items.map((s) => s.key));
		if (await cache.restore(digest, outputPath)) progress.tick();
		else todo.push({ outputPath, digest, items: part.items });
	}
	const entriesOf = (items: ReportSummary[]) => items.map((s) => reportEntry(s, store.read(s.key).blocks));
	/** A written part's table (which reads its fragments back, about 1.1 s for 1,200 reports) and its cache copy. */
	const finish = ({ outputPath, digest }: (typeof todo)[number], written: TableEntry[]) => {
		writePartTable(outputPath, written);
		cache.save(digest, outputPath);
		progress.tick();
	};
	// While Pagefind's process writes a part, Node is otherwise idle: it finishes the part
	// written before (its table) and builds the next part's records (1.8 s of a part's
	// 13-14 s), so neither waits between one part's write and the next.
	let entries = todo.length ? entriesOf(todo[0]!.items) : [];
	let last: { job: (typeof todo)[number]; entries: TableEntry[] } | null = null;
	for (const [i, job] of todo.entries()) {
		let next: RecordEntry[] = [];
		await writeRecords(entries.map((e) => e.record), job.outputPath, () => {
			if (last) finish(last.job, last.entries);
			last = null;
			next = i + 1 < todo.length ? entriesOf(todo[i + 1]!.items) : [];
		});
		// The table needs each record's URL and facts, not its words.
		last = { job, entries: entries.map(({ record, facts }) => ({ record: { url: record.url }, facts })) };
		entries = next;
	}
	if (last) finish(last.job, last.entries);
	const reused = parts.length - todo.length;
	cache.prune();
	writeManifest(pagefindDir);
	progress.done(`${summaries.length} reports in ${parts.length} part(s)${reused ? `, ${reused} of ${parts.length} parts unchanged since the last build` : ''}`);
	return { parts: parts.length, reused };
}

/** Parts a previous run of this shard left (another part count), so none is served twice. */
function removeShardParts(dir: string, shard: string): void {
	if (!existsSync(dir)) return;
	const own = new RegExp(`^${shard}-\\d+$`);
	for (const name of readdirSync(dir)) if (own.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
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

/**
 * Writes one Pagefind bundle of `records`, then stops Pagefind's process: its memory goes with it.
 * Pagefind cuts its word index into chunks of about 20,000 word positions; a query fetches
 * one chunk per token per part, and our tokens are character pairs, mostly rare, so smaller
 * chunks fetch far less. Measured on a part of 1,200 reports over 10 queries, meta plus
 * chunks per query: 82 KB at 20,000, 52 KB at 5,000, 68 KB at 2,000. The setting is
 * Pagefind's (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, read by its process from the environment,
 * which the build gives the indexer's process: scripts/build-search-index.ts).
 * `whileWriting` runs once Pagefind's process has been asked to write, before its answer.
 */
export async function writeRecords(records: SearchRecord[], outputPath: string, whileWriting?: () => void): Promise<void> {
	try {
		const { index } = check('createIndex', await pagefind.createIndex({ writePlayground: false }));
		if (!index) throw new Error('Pagefind createIndex returned no index');
		for (const record of records) check(`indexing ${record.url}`, await index.addCustomRecord(record));
		const writing = index.writeFiles({ outputPath });
		// Awaited below; marked handled so that, when the caller's work fails, the write that
		// stopping Pagefind cuts short does not also report an unhandled rejection.
		writing.catch(() => undefined);
		whileWriting?.();
		check('writeFiles', await writing);
	} finally {
		await pagefind.close();
	}
}
