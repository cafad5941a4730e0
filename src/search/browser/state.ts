/** The search page's state, all of it in the URL so results are shareable and Back works. */

export const FACET_KEYS = ['province', 'county', 'township', 'year'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const SORTS = ['relevance', 'year-desc', 'year-asc'] as const;
export type SortOrder = (typeof SORTS)[number];

export interface SearchState {
	q: string;
	/** Selected values per facet (OR within a facet, AND across facets). */
	facets: Record<FacetKey, string[]>;
	/** Section-type scope (`measures`…), or null for anywhere in the report. */
	scope: string | null;
	sort: SortOrder;
	/** How many screens of results are shown (10 reports each). */
	pages: number;
}

export function readState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const facets = Object.fromEntries(FACET_KEYS.map((k) => [k, params.getAll(k).filter(Boolean)])) as Record<FacetKey, string[]>;
	const sort = params.get('sort');
	const pages = Number(params.get('pages'));
	return {
		q: params.get('q') ?? '',
		facets,
		scope: params.get('scope') || null,
		sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'relevance',
		pages: Number.isInteger(pages) && pages > 1 ? Math.min(pages, 50) : 1,
	};
}

export function writeState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const key of FACET_KEYS) for (const value of state.facets[key]) params.append(key, value);
	if (state.scope) params.set('scope', state.scope);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	if (state.pages > 1) params.set('pages', String(state.pages));
	const text = params.toString();
	return text ? `?${text}` : '';
}
