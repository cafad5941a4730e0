/**
 * Facet values per record, for queries Pagefind cannot answer in one search (several terms,
 * exclusions): their results are combined by id, so their facet counts and year order must
 * be too. Built once per index from the filter files the page loads anyway, with no build
 * step: values get codes 1…V, and for each bit of the code one filter-only search lists the
 * records whose value has that bit set (⌈log₂(V+1)⌉ searches per facet, not one per value).
 */
import type { PagefindApi } from './engine.ts';

export interface FacetTable {
	/** The record's value of `key`, if it has one. */
	value(id: string, key: string): string | undefined;
}

const tables = new WeakMap<PagefindApi, Map<string, Promise<Map<string, string>>>>();

async function column(pf: PagefindApi, key: string): Promise<Map<string, string>> {
	const values = Object.keys((await pf.filters())[key] ?? {}).sort();
	const codes = new Map<string, number>();
	for (let bit = 0; 1 << bit <= values.length; bit++) {
		const any = values.filter((_, i) => ((i + 1) >> bit) & 1);
		// One after another: Pagefind loads filter chunks on demand, and loads must not race.
		const found = await pf.search(null, { filters: { [key]: { any } } });
		for (const r of found.results) codes.set(r.id, (codes.get(r.id) ?? 0) | (1 << bit));
	}
	return new Map([...codes].map(([id, code]) => [id, values[code - 1]!]));
}

/** The table of `keys` for one Pagefind instance; each column is built on first use and kept. */
export async function facetTable(pf: PagefindApi, keys: readonly string[]): Promise<FacetTable> {
	let columns = tables.get(pf);
	if (!columns) tables.set(pf, (columns = new Map()));
	const loaded = new Map<string, Map<string, string>>();
	for (const key of keys) {
		let loading = columns.get(key);
		if (!loading) columns.set(key, (loading = column(pf, key)));
		loaded.set(key, await loading);
	}
	return { value: (id, key) => loaded.get(key)?.get(id) };
}
