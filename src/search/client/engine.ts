/**
 * Runs one search against the Pagefind bundle: exact result set, facet counts, order.
 * Only the index chunks holding the query's tokens and the filter lists are fetched;
 * fragments (one per shown report) are fetched by `hits.ts` as results are rendered.
 */
import { REPORT_SCOPE } from '../scopes.ts';
import { pagefindQuery } from '../query.ts';
import { FACET_KEYS, type FacetKey, type SearchState } from './state.ts';

export interface PagefindResult {
	id: string;
	score: number;
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
}

export interface SearchOutcome {
	/** Matching reports, in display order. */
	results: PagefindResult[];
	/** Per facet (and `scope`): value → number of matching reports if it were chosen. */
	counts: Record<FacetKey | 'scope', Record<string, number>>;
}

let api: Promise<PagefindApi> | null = null;

/** Loads the bundle once per page; the URL is built at runtime so Vite leaves it alone. */
export function loadPagefind(base = '/pagefind/'): Promise<PagefindApi> {
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

export async function runSearch(pf: PagefindApi, state: SearchState, chars: string[]): Promise<SearchOutcome> {
	const query = pagefindQuery(chars)!;
	const main = filtersFor(state, null);
	const [exact, byYear, ranking, scopes, ...perFacet] = await Promise.all([
		pf.search(query.exact, { filters: main }),
		pf.search(query.exact, { filters: main, sort: { year: state.sort === 'year-asc' ? 'asc' : 'desc' } }),
		state.sort === 'relevance' && query.ranking !== query.exact ? pf.search(query.ranking, { filters: main }) : null,
		pf.search(query.exact, { filters: filtersFor(state, 'scope') }),
		// A chosen facet's own counts ignore its selection, so other values stay choosable.
		...FACET_KEYS.map((key) => (state.facets[key].length ? pf.search(query.exact, { filters: filtersFor(state, key) }) : null)),
	]);
	const counts = { scope: scopes.filters.scope ?? {} } as SearchOutcome['counts'];
	FACET_KEYS.forEach((key, i) => {
		counts[key] = (perFacet[i] ?? exact).filters[key] ?? {};
	});
	let results = byYear.results;
	if (state.sort === 'relevance') {
		// Exact matches all score alike; the unquoted search over the same pair tokens scores
		// them by BM25 (how often the query's pairs occur), ties keep the newest year first.
		const score = new Map((ranking ?? exact).results.map((r) => [r.id, r.score]));
		results = [...results].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
	}
	return { results, counts };
}
