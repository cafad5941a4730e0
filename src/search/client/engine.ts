/**
 * Runs one search against the Pagefind bundle: exact result set, facet counts, order.
 * Only the index chunks holding the query's tokens and the filter lists are fetched;
 * fragments (one per shown report) are fetched by `hits.ts` as results are rendered.
 */
import { REPORT_SCOPE } from '../scopes.ts';
import { prefixShard } from '../prefix.ts';
import { pagefindQuery } from '../query.ts';
import { FACET_KEYS, type FacetKey, type SearchState } from './state.ts';

export interface PagefindResult {
	id: string;
	score: number;
	/** Positions of the matched tokens (no fragment fetch needed). */
	words: number[];
	data(): Promise<PagefindFragment>;
}
export interface PagefindFragment {
	url: string;
	content: string;
	meta: Record<string, string>;
}
interface PagefindResponse {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
interface PagefindApi {
	init(): Promise<void>;
	options(o: Record<string, unknown>): Promise<void>;
	search(term: string, o?: Record<string, unknown>): Promise<PagefindResponse>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(term: string, o?: Record<string, unknown>): Promise<void>;
}

export interface SearchOutcome {
	/** Matching reports, in display order. */
	results: PagefindResult[];
	/** Per facet (and `scope`): value → number of matching reports if it were chosen. */
	counts: Record<FacetKey | 'scope', Record<string, number>>;
}

let api: Promise<PagefindApi> | null = null;

/** Loads the bundle once per page; the URL is built at runtime so Vite leaves it alone. */
const BASE = '/pagefind/';

export function loadPagefind(base = BASE): Promise<PagefindApi> {
	api ??= (async () => {
		const url = `${base}pagefind.js`;
		const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
		await pf.options({ excerptLength: 0 });
		await pf.init();
		return pf;
	})();
	return api;
}

type Filters = Record<string, { any: string[] } | string>;

function filtersFor(state: SearchState, skip: FacetKey | 'scope' | null): Filters {
	const filters: Filters = {};
	for (const key of FACET_KEYS) if (key !== skip && state.facets[key].length) filters[key] = { any: state.facets[key] };
	if (skip !== 'scope') filters.scope = state.scope ?? REPORT_SCOPE;
	return filters;
}

/** For a one-character query, makes Pagefind fetch every chunk holding its tokens. */
async function preloadPrefix(pf: PagefindApi, base: string, code: string): Promise<void> {
	const response = await fetch(`${base}${prefixShard(code)}`);
	if (!response.ok) throw new Error(`Search index incomplete: ${response.status} for ${prefixShard(code)}`);
	const words = ((await response.json()) as Record<string, string[]>)[code];
	if (words?.length) await pf.preload(words.join(' '));
}

export async function runSearch(pf: PagefindApi, state: SearchState, chars: string[], base = BASE): Promise<SearchOutcome> {
	const query = pagefindQuery(chars)!;
	if (chars.length === 1) await preloadPrefix(pf, base, query.exact);
	const main = filtersFor(state, null);
	// The first search fetches the chunks; the others then run on loaded data only, so no
	// two chunk loads race inside Pagefind. Its year order is the tie-break for relevance.
	const sort = { year: state.sort === 'year-asc' ? 'asc' : 'desc' };
	const exact = await pf.search(query.exact, { filters: main, sort });
	const [ranking, scopes, ...perFacet] = await Promise.all([
		// One character: the exact search is already the unquoted prefix search.
		state.sort === 'relevance' && query.ranking !== query.exact ? pf.search(query.ranking, { filters: main }) : null,
		pf.search(query.exact, { filters: filtersFor(state, 'scope') }),
		// A chosen facet's own counts ignore its selection, so other values stay choosable.
		...FACET_KEYS.map((key) => (state.facets[key].length ? pf.search(query.exact, { filters: filtersFor(state, key) }) : null)),
	]);
	const counts = { scope: scopes.filters.scope ?? {} } as SearchOutcome['counts'];
	FACET_KEYS.forEach((key, i) => {
		counts[key] = (perFacet[i] ?? exact).filters[key] ?? {};
	});
	let results = exact.results;
	if (state.sort === 'relevance') {
		// Exact matches all score alike. The unquoted search over the same tokens returns
		// every position where one of the query's pairs occurs; runs of n-1 consecutive
		// positions are the occurrences, so reports are ranked by (estimated) match count
		// without fetching them; the year order breaks ties (the sort is stable).
		const estimate = new Map((ranking ?? exact).results.map((r) => [r.id, countRuns(r.words, chars.length)]));
		results = [...results].sort((a, b) => (estimate.get(b.id) ?? 0) - (estimate.get(a.id) ?? 0));
	}
	return { results, counts };
}

/** Non-overlapping occurrences of an n-character query: runs of n-1 consecutive token positions (one for n = 1). */
export function countRuns(positions: number[], n: number): number {
	const run = Math.max(1, n - 1);
	const set = new Set(positions);
	const sorted = [...set].sort((a, b) => a - b);
	let count = 0;
	let next = -Infinity;
	for (const k of sorted) {
		if (k < next) continue;
		let ok = true;
		for (let j = 1; j < run && ok; j++) ok = set.has(k + j);
		if (ok) {
			count++;
			next = k + n;
		}
	}
	return count;
}
