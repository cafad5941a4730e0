/**
 * The search index in parts. Pagefind's indexer keeps every record in memory and grows
 * while writing (measured: over 20 GB for 10,000 reports in one index), so one index for a
 * country's reports does not fit a machine. Reports are indexed in parts of at
 * most `partSize` reports, each its own Pagefind bundle under `pagefind/parts/<name>/`,
 * written and released in turn; the browser loads the first part and merges the others
 * (Pagefind's multisite `mergeIndex`). Shards built on other machines are parts too: copy
 * their `parts/` folders together and write the manifest again (scripts/assemble-shards.ts).
 */

/** Folder of the parts, inside the Pagefind output folder. */
export const PARTS_DIR = 'parts';

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
	/**
	 * Page hashes that more than one part uses (Pagefind keeps hashes unique within a part
	 * only: 7 hex digits, so a few collide at 40,000 reports): hash → [part, report id] per
	 * part. The browser tells such results apart by the report id in their fragment.
	 */
	collisions: Record<string, Array<[part: string, id: string]>>;
}

/** Part names are folder names and URL segments. */
export function checkShardName(name: string): string {
	if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
		throw new Error(`Shard name "${name}" must be lowercase letters, digits, "-" or "_" (it names folders and URLs).`);
	}
	return name;
}

/** 32-bit FNV-1a of a string: a stable, dependency-free hash for choosing a part. */
function hashKey(key: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

/**
 * Splits items into named parts of at most `size`, each item by a hash of its key (for
 * reports, its township), so that adding or changing one report changes one part: a
 * rebuild reuses every other part's bundle (src/search/node/part-cache.ts). Ordered cuts would
 * shift every later part instead.
 * Parts are `<shard>-<bucket>` (empty buckets skipped), items keep their given order. The
 * bucket count starts at ⌈n / size⌉ and grows until no bucket is over `size`.
 */
export function partition<T>(items: readonly T[], shard: string, size = DEFAULT_PART_SIZE, key: (item: T) => string = String): Array<{ name: string; items: T[] }> {
	if (!Number.isInteger(size) || size < 1) throw new Error(`Part size must be a whole number ≥ 1, got ${size}.`);
	checkShardName(shard);
	const hashes = items.map((item) => hashKey(key(item)));
	// Items with one hash share every bucket: when more of them than `size`, no count helps.
	const sameHash = new Map<number, number>();
	for (const hash of hashes) sameHash.set(hash, (sameHash.get(hash) ?? 0) + 1);
	const splittable = [...sameHash.values()].every((n) => n <= size);
	for (let count = Math.ceil(items.length / size); splittable && count <= 2 * items.length; count++) {
		const buckets: T[][] = Array.from({ length: count }, () => []);
		items.forEach((item, i) => buckets[hashes[i]! % count]!.push(item));
		if (buckets.every((bucket) => bucket.length <= size)) {
			return buckets.flatMap((bucket, i) => (bucket.length > 0 ? [{ name: `${shard}-${i + 1}`, items: bucket }] : []));
		}
	}
	// Otherwise cut in the given order.
	return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => ({ name: `${shard}-${i + 1}`, items: items.slice(i * size, (i + 1) * size) }));
}
