/**
 * The library table (every index part's report table in one file, src/search/shared/table.ts), read
 * once per page: each Pagefind result id gives its report's place, year and section runs
 * without a fragment.
 * A hash that two parts share (the manifest lists them) is told apart by the report id in
 * the result's fragment, fetched only for such a result.
 */
import { META_KEY, decodeInfo } from '../shared/meta.ts';
import type { PartsManifest } from '../shared/parts.ts';
import { LIBRARY_TABLE_FILE, TABLE_VERSION, decodeRow, tableHashes, type LibraryTable, type TableRow } from '../shared/table.ts';
import type { PagefindResult } from './engine.ts';
import { FACET_KEYS, type FacetKey } from './state.ts';

export interface ReportTable {
	/** The key of a result: its hash, or hash and report id when parts share the hash. */
	keyOf(result: PagefindResult): string | Promise<string>;
	row(key: string): TableRow | undefined;
	/** Every facet value in the library, with its number of reports. */
	values: Record<FacetKey, Record<string, number>>;
}

/** Gzip's magic bytes: a server may have sent the file decompressed already. */
async function readLibraryTable(url: string): Promise<LibraryTable> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Search index incomplete: ${response.status} for ${url}`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text() : new TextDecoder().decode(bytes);
	const table = JSON.parse(text) as LibraryTable;
	if (table.v !== TABLE_VERSION) throw new Error(`Search index ${url} has table version ${table.v}, this page reads ${TABLE_VERSION}: rebuild the site.`);
	return table;
}

const collidedKey = (hash: string, id: string) => `${hash}#${id}`;

/** A report's value of a facet, if it has one. */
export function facetValue(row: TableRow, key: FacetKey): string | undefined {
	const value = key === 'year' ? String(row.year) : row.place[key === 'province' ? 0 : key === 'county' ? 1 : 2];
	return value || undefined;
}

/** The library table at `base`, fetched while the manifest is still on its way (its URL does not depend on it). */
export async function loadTables(base: string, manifestLoading: Promise<PartsManifest>): Promise<ReportTable> {
	const url = `${base}${LIBRARY_TABLE_FILE}`;
	const [table, manifest] = await Promise.all([readLibraryTable(url), manifestLoading]);
	const listed = table.parts.map((p) => p.part).join(',');
	if (listed !== manifest.parts.join(',')) throw new Error(`Search index ${url} is of other parts (${listed}) than the manifest (${manifest.parts.join(',')}): rebuild the site.`);
	const rows = new Map<string, TableRow>();
	const values: ReportTable['values'] = { province: {}, county: {}, township: {}, year: {} };
	for (const { part, ...own } of table.parts) {
		tableHashes(own).forEach((hash, i) => {
			const shared = manifest.collisions[hash];
			const key = shared ? collidedKey(hash, shared.find(([p]) => p === part)?.[1] ?? '') : hash;
			const row = decodeRow(table, own.rows[i]!);
			rows.set(key, row);
			for (const facet of FACET_KEYS) {
				const value = facetValue(row, facet);
				if (value) values[facet][value] = (values[facet][value] ?? 0) + 1;
			}
		});
	}
	return {
		keyOf(result) {
			if (!manifest.collisions[result.id]) return result.id;
			return result.data().then((f) => collidedKey(result.id, decodeInfo(f.meta[META_KEY] ?? '').id));
		},
		row: (key) => rows.get(key),
		values,
	};
}
