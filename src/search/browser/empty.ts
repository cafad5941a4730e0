/**
 * Why a query found nothing, where that can be told: a term found alone but not together
 * with the others, exclusions that removed every hit, or filters that did. Each figure is a
 * count-only search, run only for an empty result.
 */
import type { ParsedQuery, QueryTerm } from '../shared/index.ts';
import { runSearch } from './engine.ts';
import { FACET_KEYS, type SearchState } from './state.ts';

export interface EmptyReason {
	/** Each included term alone, under the same filters and exclusions (several terms only). */
	alone: Array<{ term: QueryTerm; total: number }>;
	/** Results with the exclusions dropped (null without exclusions). */
	withoutExclusions: number | null;
	/** Results with no place, year or section filter (null when none is chosen). */
	unfiltered: number | null;
}

export function hasFilters(state: SearchState): boolean {
	return Boolean(state.scope) || FACET_KEYS.some((key) => state.facets[key].length > 0);
}

export function withoutFilters(state: SearchState): SearchState {
	return { ...state, scope: null, pages: 1, facets: { province: [], county: [], township: [], year: [] } };
}

export async function whyEmpty(state: SearchState, query: ParsedQuery): Promise<EmptyReason> {
	const total = async (s: SearchState, q: ParsedQuery) => (await runSearch(s, q, undefined, 0)).total;
	const alone: EmptyReason['alone'] = [];
	if (query.include.length > 1) for (const term of query.include) alone.push({ term, total: await total(state, { include: [term], exclude: query.exclude }) });
	return {
		alone,
		withoutExclusions: query.exclude.length ? await total(state, { include: query.include, exclude: [] }) : null,
		unfiltered: hasFilters(state) ? await total(withoutFilters(state), query) : null,
	};
}
