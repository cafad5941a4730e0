/**
 * Joins a sharded build into one site (README, "分片构建"):
 *   node scripts/assemble-shards.ts --out dist --catalogue <catalogue dist> <shard dist>…
 * The catalogue build (SITE_PAGES=catalogue, every report) gives the listings, comparisons
 * and downloads; each shard build (its own REPORTS_DIR and SEARCH_SHARD) gives its report
 * pages and search index parts. The result is checked: every report the catalogue lists has
 * exactly one page, and no two shards share a part name.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { writeManifest } from '../src/search/node/manifest.ts';
import { PARTS_DIR } from '../src/search/shared/parts.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, catalogue: { type: 'string' } }, allowPositionals: true });
const usage = 'usage: node scripts/assemble-shards.ts --out DIR --catalogue CATALOGUE_DIST SHARD_DIST…';
if (!values.out || !values.catalogue || positionals.length === 0) {
	console.error(usage);
	process.exit(2);
}

const problems: string[] = [];
const out = resolve(values.out);
const catalogue = resolve(values.catalogue);
const shards = positionals.map((p) => resolve(p));
for (const dir of [catalogue, ...shards]) if (!existsSync(join(dir, 'index.html'))) problems.push(`${dir}: not a built site (no index.html)`);
if (problems.length) fail();

rmSync(out, { recursive: true, force: true });
cpSync(catalogue, out, { recursive: true });

const pageOwner = new Map<string, string>();
const partOwner = new Map<string, string>();
for (const shard of shards) {
	for (const id of subfolders(join(shard, 'reports'))) {
		const other = pageOwner.get(id);
		if (other) problems.push(`report ${id} is in two shards: ${other} and ${shard}; give each report to one shard`);
		pageOwner.set(id, shard);
	}
	for (const part of subfolders(join(shard, 'pagefind', PARTS_DIR))) {
		const other = partOwner.get(part);
		if (other) problems.push(`index part ${part} is in two shards: ${other} and ${shard}; give each shard its own SEARCH_SHARD`);
		partOwner.set(part, shard);
	}
	if (!existsSync(join(shard, 'pagefind', PARTS_DIR))) problems.push(`${shard}: no search index in pagefind/${PARTS_DIR}/ (was it built with SITE_PAGES=catalogue?)`);
}
// The catalogue's list of every report: the first column of data/reports-index*.csv.
const indexFiles = readdirSync(join(catalogue, 'data')).filter((name) => /^reports-index(-\d+)?\.csv$/.test(name));
if (indexFiles.length === 0) problems.push(`${catalogue}: no data/reports-index.csv (is it a catalogue build?)`);
const listed = indexFiles.flatMap((name) => (parse(readFileSync(join(catalogue, 'data', name), 'utf8'), { bom: true, fromLine: 2 }) as string[][]).map((row) => row[0]!));
for (const id of listed) if (!pageOwner.has(id)) problems.push(`report ${id} is listed by the catalogue but no shard built its page`);
const listedSet = new Set(listed);
for (const [id, shard] of pageOwner) if (!listedSet.has(id)) problems.push(`report ${id} (shard ${shard}) is missing from the catalogue: build the catalogue from every shard's reports`);
if (problems.length) fail();

for (const shard of shards) {
	// Report pages, their assets (content-hashed, so a shared name is the same file) and index parts.
	cpSync(join(shard, 'reports'), join(out, 'reports'), { recursive: true });
	cpSync(join(shard, '_astro'), join(out, '_astro'), { recursive: true, force: false });
	cpSync(join(shard, 'pagefind', PARTS_DIR), join(out, 'pagefind', PARTS_DIR), { recursive: true });
}
const { parts } = writeManifest(join(out, 'pagefind'));
console.log(`Assembled ${pageOwner.size} reports from ${shards.length} shards (${parts.length} index parts) into ${out}.`);

function subfolders(dir: string): string[] {
	return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
}

function fail(): never {
	console.error(`Cannot assemble the shards:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
