/**
 * Pagefind bundles of index parts kept between builds, by a digest of everything that goes
 * into them: a rebuild after one report is added re-indexes only the part it falls in
 * (parts are chosen by a hash of the report's township, see shared/parts.ts) and links the others
 * into place: hard links, since nothing rewrites a bundle's files in place (a build deletes a
 * shard's part folders before Pagefind writes new ones), and copying the nine unchanged
 * parts of 10,000 reports, some 22,000 files, took 1.3-6.7 s of the rebuild, most of it
 * waiting on a disk still writing the pages.
 * Node only. Lives in the build's cache folder (ASTRO_CACHE_DIR, see src/config/options.ts), so
 * deleting that folder, or SEARCH_PART_CACHE=off, gives a build from scratch.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { eachInPool, folderMaker, placeFile } from '../../utils/file-pool.ts';
import type { BuildOptions } from '../../config/options.ts';

/** A file every complete Pagefind bundle has; a cache entry without it is ignored. */
const ENTRY_FILE = 'pagefind-entry.json';

export interface PartCache {
	/** Puts the bundle with this digest at `outputPath` (hard links); false when there is none. */
	restore(digest: string, outputPath: string): Promise<boolean>;
	/** Keeps a copy of the bundle just written to `outputPath`. */
	save(digest: string, outputPath: string): void;
	/** Deletes every bundle this build did not use, so the cache stays one build's size. */
	prune(): void;
}

/** The digest of one bundle: what indexes it (kind, Pagefind version, settings) and its records. */
export function bundleDigest(settings: unknown, records: unknown[]): string {
	const hash = createHash('sha256').update(JSON.stringify(settings));
	for (const record of records) hash.update('\n').update(JSON.stringify(record));
	return hash.digest('hex').slice(0, 32);
}

/** The cache in the build's cache folder, or one that keeps nothing (SEARCH_PART_CACHE=off). */
export function partCacheFor(options: Pick<BuildOptions, 'cacheDir' | 'searchPartCache'>, root: string): PartCache {
	if (options.searchPartCache === 'off') return { restore: async () => false, save: () => {}, prune: () => {} };
	return openPartCache(join(resolve(root, options.cacheDir), 'search-parts'));
}

export function openPartCache(dir: string): PartCache {
	const used = new Set<string>();
	return {
		async restore(digest, outputPath) {
			const entry = join(dir, digest);
			if (!existsSync(join(entry, ENTRY_FILE))) return false;
			rmSync(outputPath, { recursive: true, force: true });
			const makeFolder = folderMaker();
			await eachInPool(filesUnder(entry), async (file) => {
				const to = join(outputPath, relative(entry, file));
				await makeFolder(dirname(to));
				await placeFile(file, to, true);
			});
			used.add(digest);
			return true;
		},
		save(digest, outputPath) {
			// Copy then rename, so an interrupted build never leaves half a bundle behind.
			const pending = join(dir, `${digest}.partial`);
			mkdirSync(dir, { recursive: true });
			rmSync(pending, { recursive: true, force: true });
			cpSync(outputPath, pending, { recursive: true });
			rmSync(join(dir, digest), { recursive: true, force: true });
			renameSync(pending, join(dir, digest));
			used.add(digest);
		},
		prune() {
			if (!existsSync(dir)) return;
			for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
		},
	};
}

/** Every file under `dir`, at any depth. */
function filesUnder(dir: string): string[] {
	return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[]).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
