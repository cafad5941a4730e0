/**
 * Writes the search index from the parse-once cache: report summaries say which part each
 * report goes to, and each part's records are built from its reports' cached published
 * blocks in a worker thread (part-writers.ts); one part is written while the next loads
 * (in-turn.ts). A part whose reports and code are unchanged since the last build is copied
 * from the part cache without reading a single report.
 * Output: dist/pagefind/parts/<shard>-<n>/ (see shared/parts.ts), each with its report table
 * (shared/table.ts), dist/pagefind/parts.json and dist/pagefind/prefix/.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ArtefactStore } from '../../corpus/artefacts.ts';
import { progressLog, type Log } from '../../corpus/progress.ts';
import { codeVersion } from '../../corpus/version.ts';
import { townshipKey } from '../../report/places.ts';
import type { ReportSummary } from '../../report/summary.ts';
import { writeManifest } from './manifest.ts';
import { PARTS_DIR, partition } from '../shared/parts.ts';
import { loadWhileWriting } from './in-turn.ts';
import { partWriters } from './part-writers.ts';
import { bundleDigest, type PartCache } from './part-cache.ts';

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
	const { summaries, pagefindDir, shard, partSize, cache, root, log } = input;
	const sorted = [...summaries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const parts = partition(sorted, shard, partSize, partKey);
	removeShardParts(join(pagefindDir, PARTS_DIR), shard);
	const settings = { pagefind: pagefindVersion(), chunk: input.chunkPositions, code: codeVersion(root, RECORD_SOURCES) };
	const progress = progressLog('index', parts.length, log);
	const todo: Array<{ outputPath: string; digest: string; items: ReportSummary[] }> = [];
	for (const part of parts) {
		const outputPath = join(pagefindDir, PARTS_DIR, part.name);
		const digest = bundleDigest({ kind: 'reports', ...settings }, part.items.map((s) => s.key));
		if (cache.restore(digest, outputPath)) progress.tick();
		else todo.push({ outputPath, digest, items: part.items });
	}
	if (todo.length) {
		const writers = partWriters(input.store, Math.min(2, todo.length));
		try {
			await loadWhileWriting(todo, {
				load: (job) => writers.load(job),
				async write(loaded, job) {
					await writers.write(loaded, job);
					cache.save(job.digest, job.outputPath);
					progress.tick();
				},
				discard: (loaded) => writers.discard(loaded),
			});
		} finally {
			await writers.close();
		}
	}
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

/** Pagefind's version goes into each part's cache digest: another version indexes afresh. */
function pagefindVersion(): string {
	try {
		return JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version;
	} catch {
		return 'unknown';
	}
}
