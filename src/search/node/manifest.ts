/**
 * After the parts are written (by one build, or copied together from several shard builds):
 * the manifest, the library table (every part's report table in one file), one prefix-preload
 * map over all parts, and no Pagefind UI files we never load.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { writePrefixPreloads } from './chunks.ts';
import { META_KEY, decodeInfo } from '../shared/meta.ts';
import { readFragment, readPartTable } from './part-table.ts';
import { MANIFEST_FILE, PARTS_DIR, type PartsManifest } from '../shared/parts.ts';
import { LIBRARY_TABLE_FILE, mergeTables, tableHashes, type PartTable } from '../shared/table.ts';

/** Pagefind writes these for its own UIs; the site has its own search page. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/** Part folders under `pagefindDir/<kind>/` that hold a complete Pagefind bundle. */
export function listParts(pagefindDir: string, kind: string = PARTS_DIR): string[] {
	const dir = join(pagefindDir, kind);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'pagefind-entry.json')))
		.map((e) => e.name)
		.sort();
}

export function writeManifest(pagefindDir: string): PartsManifest {
	const parts = listParts(pagefindDir, PARTS_DIR);
	if (parts.length === 0) throw new Error(`No search index parts in ${join(pagefindDir, PARTS_DIR)}: build with the search integration, or copy each shard's pagefind/parts/ here first.`);
	const bundles = parts.map((name) => join(pagefindDir, PARTS_DIR, name));
	for (const bundle of bundles) {
		for (const file of readdirSync(bundle)) if (UNUSED.test(file)) rmSync(join(bundle, file));
	}
	writePrefixPreloads(bundles, pagefindDir);
	const tables = bundles.map(readPartTable);
	writeFileSync(join(pagefindDir, LIBRARY_TABLE_FILE), gzipSync(JSON.stringify(mergeTables(tables.map((t, i) => [parts[i]!, t]))), { level: 9 }));
	const manifest: PartsManifest = { parts, collisions: collisions(parts, bundles, tables) };
	writeFileSync(join(pagefindDir, MANIFEST_FILE), JSON.stringify(manifest));
	return manifest;
}

/** Hashes used by more than one part, with each part's report id for it. */
function collisions(parts: string[], bundles: string[], tables: PartTable[]): PartsManifest['collisions'] {
	const owners = new Map<string, number[]>();
	tables.forEach((table, i) => {
		for (const hash of tableHashes(table)) owners.set(hash, [...(owners.get(hash) ?? []), i]);
	});
	const out: PartsManifest['collisions'] = {};
	for (const [hash, list] of owners) {
		if (list.length > 1) out[hash] = list.map((i) => [parts[i]!, decodeInfo(readFragment(bundles[i]!, hash).meta[META_KEY] ?? '').id]);
	}
	return out;
}
