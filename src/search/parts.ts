/**
 * The search index in parts. Pagefind's indexer keeps every record in memory and grows
 * while writing (measured: over 20 GB for 10,000 reports in one index), so one index for a
 * country's reports does not fit a machine. Reports are indexed in parts of at
 * most `partSize` reports, each its own Pagefind bundle under `pagefind/parts/<name>/`,
 * written and released in turn; the browser loads the first part and merges the others
 * (Pagefind's multisite `mergeIndex`). Shards built on other machines are parts too: copy
 * their `parts/` and `scopes/` folders together and write the manifest again
 * (scripts/assemble-shards.ts).
 */

/** Folder of the parts (whole-report records), inside the Pagefind output folder. */
export const PARTS_DIR = 'parts';

/** Folder of the same parts' per-section records, loaded only for section counts and filters. */
export const SCOPES_DIR = 'scopes';

/** The manifest the browser reads first: the part names, primary first. */
export const MANIFEST_FILE = 'parts.json';

/**
 * Reports per part by default. Pagefind peaks near 1.4 MB per whole-report record (measured:
 * 1.7 GB for 1,000, 3.1 GB for 2,000), so about 2 GB; each part costs a first query one
 * index chunk per query token, so parts should be as large as memory allows.
 */
export const DEFAULT_PART_SIZE = 1200;

export interface PartsManifest {
	/** Part folder names under `parts/`, sorted; the first is loaded as Pagefind's primary index. */
	parts: string[];
	/** Part folder names under `scopes/`, likewise (a second, separate Pagefind instance). */
	scopes: string[];
}

/** Part names are folder names and URL segments. */
export function checkShardName(name: string): string {
	if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
		throw new Error(`Shard name "${name}" must be lowercase letters, digits, "-" or "_" (it names folders and URLs).`);
	}
	return name;
}

/** Splits items (already in a stable order) into named parts of at most `size`: `<shard>-1`, `<shard>-2`… */
export function partition<T>(items: readonly T[], shard: string, size = DEFAULT_PART_SIZE): Array<{ name: string; items: T[] }> {
	if (!Number.isInteger(size) || size < 1) throw new Error(`Part size must be a whole number ≥ 1, got ${size}.`);
	const parts: Array<{ name: string; items: T[] }> = [];
	for (let at = 0; at < items.length; at += size) {
		parts.push({ name: `${checkShardName(shard)}-${parts.length + 1}`, items: items.slice(at, at + size) });
	}
	return parts;
}
