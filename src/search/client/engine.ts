/**
 * Runs one search against the Pagefind bundle: exact result set, facet counts, order.
 * Only the index chunks holding the query's tokens and the filter lists are fetched, and
 * fragments of shown reports only (for their years here, for their text in `hits.ts`).
 *
 * A query of one term is one Pagefind search (facet counts from Pagefind's filters). A query
 * of several terms or with exclusions (shared/query.ts) is one search per term, combined
 * here by result id; its facet counts and year order come from `facet-table.ts`.
 */
import { META_KEY, decodeInfo } from '../meta.ts';
import { REPORT_SCOPE } from '../scopes.ts';
import { prefixShard } from '../prefix.ts';
import { pagefindQuery } from '../query.ts';
import type { ParsedQuery } from '../shared/index.ts';
import { facetTable, type FacetTable } from './facet-table.ts';
import { MANIFEST_FILE, PARTS_DIR, SCOPES_DIR, type PartsManifest } from '../parts.ts';
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
export interface PagefindApi {
	init(): Promise<void>;
	options(o: Record<string, unknown>): Promise<void>;
	/** A null term lists every record passing the filters. */
	search(term: string | null, o?: Record<string, unknown>): Promise<PagefindResponse>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(term: string, o?: Record<string, unknown>): Promise<void>;
	mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
}

export interface SearchOutcome {
	/** Matching reports in display order: the first `limit` asked for, or a few more. */
	results: PagefindResult[];
	/** How many reports match in all. */
	total: number;
	/** Per facet: value → number of matching reports if it were chosen (`scope` is filled by `sectionCounts`). */
	counts: Record<FacetKey | 'scope', Record<string, number>>;
	/** Every matching report, in display order as far as `results` goes (the CSV export's rows). */
	all: PagefindResult[];
}

/** Loads the bundle once per page; the URL is built at runtime so Vite leaves it alone. */
const BASE = '/pagefind/';

let manifest: Promise<PartsManifest> | null = null;
const apis = new Map<string, Promise<PagefindApi>>();

function readManifest(base: string): Promise<PartsManifest> {
	manifest ??= fetch(`${base}${MANIFEST_FILE}`).then((response) => {
		if (!response.ok) throw new Error(`Search index missing: ${response.status} for ${base}${MANIFEST_FILE}`);
		return response.json() as Promise<PartsManifest>;
	});
	return manifest;
}

/**
 * One Pagefind instance over every part of one kind (src/search/parts.ts): the first part
 * is its primary index and the others are merged into it, so a search spans every part
 * and every shard. Each kind imports its own `pagefind.js` URL, so the two are separate
 * modules: searches of whole reports never touch the per-section index.
 */
function loadKind(base: string, kind: typeof PARTS_DIR | typeof SCOPES_DIR): Promise<PagefindApi> {
	let loading = apis.get(kind);
	if (!loading) {
		loading = (async () => {
			const names = (await readManifest(base))[kind === PARTS_DIR ? 'parts' : 'scopes'];
			const [primary, ...others] = names.map((name) => `${base}${kind}/${name}/`);
			if (!primary) throw new Error(`Search index has no ${kind}`);
			const pf = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as PagefindApi;
			await pf.options({ excerptLength: 0 });
			// Merged before init so the first search waits for every part.
			for (const other of others) await pf.mergeIndex(other);
			await pf.init();
			// Pagefind only counts values of filters it has loaded.
			await pf.filters();
			return pf;
		})();
		apis.set(kind, loading);
	}
	return loading;
}

/** Whole-report records: results and the place and year facets. */
export function loadPagefind(base = BASE): Promise<PagefindApi> {
	return loadKind(base, PARTS_DIR);
}

/** Per-section records: the section facet, loaded when that facet is chosen or counted. */
export function loadScopes(base = BASE): Promise<PagefindApi> {
	return loadKind(base, SCOPES_DIR);
}

type Filters = Record<string, { any: string[] } | string>;

function filtersFor(state: SearchState, skip: FacetKey | 'scope' | null): Filters {
	const filters: Filters = {};
	for (const key of FACET_KEYS) if (key !== skip && state.facets[key].length) filters[key] = { any: state.facets[key] };
	if (state.scope && skip !== 'scope') filters.scope = state.scope;
	return filters;
}

/** For a one-character query, makes Pagefind fetch every chunk holding its tokens. */
async function preloadPrefix(pf: PagefindApi, base: string, code: string): Promise<void> {
	const response = await fetch(`${base}${prefixShard(code)}`);
	if (!response.ok) throw new Error(`Search index incomplete: ${response.status} for ${prefixShard(code)}`);
	const words = ((await response.json()) as Record<string, string[]>)[code];
	if (words?.length) await pf.preload(words.join(' '));
}

/**
 * One search: exact result set, place and year facet counts, order; `limit` 0 counts only.
 * With a section chosen the whole query is evaluated within that kind of section, on the
 * per-section index; the section counts come separately (`sectionCounts`).
 */
export async function runSearch(state: SearchState, query: ParsedQuery, base = BASE, limit = 10): Promise<SearchOutcome> {
	const [only] = query.include;
	if (only && query.include.length === 1 && query.exclude.length === 0) return oneTerm(state, only.chars, base, limit);
	const pf = state.scope ? await loadScopes(base) : await loadPagefind(base);
	const table = await facetTable(pf, state.scope ? [...FACET_KEYS, 'scope'] : FACET_KEYS);
	const matching = (await combined(pf, base, query)).filter((r) => !state.scope || table.value(r.id, 'scope') === state.scope);
	const counts = emptyCounts();
	for (const key of FACET_KEYS) counts[key] = tally(passing(matching, table, state, key), table, key);
	const selected = passing(matching, table, state, null);
	if (limit === 0) return { results: [], total: selected.length, counts, all: selected };
	const matches = state.sort === 'relevance' ? await matchCounts(pf, base, query) : new Map<string, number>();
	const year = (r: PagefindResult) => Number(table.value(r.id, 'year') ?? 0);
	const count = (r: PagefindResult) => matches.get(r.id) ?? 0;
	const ordered = [...selected].sort(
		state.sort === 'relevance' ? (a, b) => count(b) - count(a) || year(b) - year(a)
		: state.sort === 'year-asc' ? (a, b) => year(a) - year(b)
		: (a, b) => year(b) - year(a),
	);
	return { results: ordered.slice(0, limit), total: selected.length, counts, all: ordered };
}

function emptyCounts(): SearchOutcome['counts'] {
	return { province: {}, county: {}, township: {}, year: {}, scope: {} };
}

/** The exact results of one term, with no filters. */
async function termResults(pf: PagefindApi, base: string, chars: string[]): Promise<PagefindResponse> {
	const query = pagefindQuery(chars)!;
	if (chars.length === 1) await preloadPrefix(pf, base, query.exact);
	return pf.search(query.exact, {});
}

/**
 * Records holding every included term and no excluded one. One search per term, one after
 * another, so no two chunk loads race inside Pagefind.
 */
async function combined(pf: PagefindApi, base: string, query: ParsedQuery): Promise<PagefindResult[]> {
	const [first, ...rest] = query.include;
	if (!first) return [];
	let matching = (await termResults(pf, base, first.chars)).results;
	for (const term of rest) {
		const ids = new Set((await termResults(pf, base, term.chars)).results.map((r) => r.id));
		matching = matching.filter((r) => ids.has(r.id));
		if (matching.length === 0) return [];
	}
	for (const term of query.exclude) {
		const ids = new Set((await termResults(pf, base, term.chars)).results.map((r) => r.id));
		matching = matching.filter((r) => !ids.has(r.id));
	}
	return matching;
}

/** Occurrences of every included term per record (positions of the unquoted searches, as `byMatchCount`). */
async function matchCounts(pf: PagefindApi, base: string, query: ParsedQuery): Promise<Map<string, number>> {
	const total = new Map<string, number>();
	for (const term of query.include) {
		const q = pagefindQuery(term.chars)!;
		if (term.chars.length === 1) await preloadPrefix(pf, base, q.exact);
		for (const r of (await pf.search(q.ranking, {})).results) total.set(r.id, (total.get(r.id) ?? 0) + countRuns(r.words, term.chars.length));
	}
	return total;
}

/** The records passing every chosen facet but `skip` (a chosen facet's own counts ignore its selection). */
function passing(list: PagefindResult[], table: FacetTable, state: SearchState, skip: FacetKey | null): PagefindResult[] {
	const chosen = FACET_KEYS.filter((key) => key !== skip && state.facets[key].length);
	return list.filter((r) => chosen.every((key) => state.facets[key].includes(table.value(r.id, key) ?? '')));
}

function tally(list: PagefindResult[], table: FacetTable, key: FacetKey | 'scope'): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const r of list) {
		const value = table.value(r.id, key);
		if (value !== undefined) counts[value] = (counts[value] ?? 0) + 1;
	}
	return counts;
}

/**
 * A query of one term: its exact result set, with place and year facet counts from
 * Pagefind's own filters (per-facet searches), and the order worked out only as far as the
 * screens asked for need it.
 */
async function oneTerm(state: SearchState, chars: string[], base: string, limit: number): Promise<SearchOutcome> {
	const pf = state.scope ? await loadScopes(base) : await loadPagefind(base);
	const query = pagefindQuery(chars)!;
	if (chars.length === 1) await preloadPrefix(pf, base, query.exact);
	const main = filtersFor(state, null);
	// The first search fetches the chunks; the others then run on loaded data only, so no
	// two chunk loads race inside Pagefind.
	const exact = await pf.search(query.exact, { filters: main });
	if (limit === 0) return { results: [], total: exact.results.length, counts: emptyCounts(), all: exact.results };
	const years = yearsOf(exact, state);
	const [ranking, ...perFacet] = await Promise.all([
		// One character: the exact search is already the unquoted prefix search.
		state.sort === 'relevance' && query.ranking !== query.exact ? pf.search(query.ranking, { filters: main }) : null,
		// A chosen facet's own counts ignore its selection, so other values stay choosable.
		...FACET_KEYS.map((key) => (state.facets[key].length ? pf.search(query.exact, { filters: filtersFor(state, key) }) : null)),
	]);
	const counts = emptyCounts();
	FACET_KEYS.forEach((key, i) => {
		counts[key] = (perFacet[i] ?? exact).filters[key] ?? {};
	});
	const results =
		state.sort === 'relevance'
			? await byMatchCount(pf, query.exact, main, years, exact.results, (ranking ?? exact).results, chars.length, limit)
			: await inYearOrder(pf, query.exact, main, years, state.sort === 'year-asc' ? 'asc' : 'desc', limit);
	const listed = new Set(results.map((r) => r.id));
	return { results, total: exact.results.length, counts, all: [...results, ...exact.results.filter((r) => !listed.has(r.id))] };
}

/**
 * Section facet counts under the other facets: reports with a match in each kind of
 * section, and (`report`) in the whole report. Asked after the results are shown, so a
 * first query does not wait for the per-section index.
 */
export async function sectionCounts(state: SearchState, query: ParsedQuery, base = BASE): Promise<Record<string, number>> {
	const [only] = query.include;
	if (!only) return {};
	if (query.include.length > 1 || query.exclude.length > 0) {
		const scopes = await loadScopes(base);
		const table = await facetTable(scopes, [...FACET_KEYS, 'scope']);
		const sections = tally(passing(await combined(scopes, base, query), table, state, null), table, 'scope');
		const whole = await runSearch({ ...state, scope: null }, query, base, 0);
		return { [REPORT_SCOPE]: whole.total, ...sections };
	}
	const chars = only.chars;
	const term = pagefindQuery(chars)!;
	const facets = filtersFor(state, 'scope');
	const count = async (pf: PagefindApi, key: 'scope' | null): Promise<Record<string, number>> => {
		if (chars.length === 1) await preloadPrefix(pf, base, term.exact);
		const found = await pf.search(term.exact, { filters: facets });
		return key ? (found.filters[key] ?? {}) : { [REPORT_SCOPE]: found.results.length };
	};
	const [sections, whole] = await Promise.all([loadScopes(base).then((pf) => count(pf, 'scope')), loadPagefind(base).then((pf) => count(pf, null))]);
	return { ...whole, ...sections };
}

/** The years holding results, chosen ones only if any are. */
function yearsOf(response: PagefindResponse, state: SearchState): string[] {
	const counted = Object.entries(response.filters.year ?? {}).filter(([, n]) => n > 0).map(([y]) => y);
	return state.facets.year.length ? counted.filter((y) => state.facets.year.includes(y)) : counted;
}

/**
 * Results a year at a time, in `direction`, each year's in Pagefind's order. Pagefind sorts
 * each index part by itself and then merges parts by score, so its `sort` is not global
 * across parts; and each search runs over every part, so callers stop as soon as they have
 * what the screens need.
 */
async function* byYear(pf: PagefindApi, term: string, filters: Filters, years: string[], direction: 'asc' | 'desc'): AsyncGenerator<PagefindResult[]> {
	for (const year of [...years].sort((a, b) => (direction === 'asc' ? Number(a) - Number(b) : Number(b) - Number(a)))) {
		yield (await pf.search(term, { filters: { ...filters, year } })).results;
	}
}

/** The first `limit` results in year order (or a few more: a year comes whole). */
async function inYearOrder(pf: PagefindApi, term: string, filters: Filters, years: string[], direction: 'asc' | 'desc', limit: number): Promise<PagefindResult[]> {
	const found: PagefindResult[] = [];
	for await (const results of byYear(pf, term, filters, years, direction)) {
		found.push(...results);
		if (found.length >= limit) break;
	}
	return found;
}

/**
 * The first `limit` results by match count, ties newest first. Exact matches all score
 * alike; the unquoted search over the same tokens returns every position where one of the
 * query's pairs occurs, and runs of n-1 consecutive positions are the occurrences, so counts
 * need no fragment. Years come from the fragments of the reports above the screen's last
 * count (shown anyway), and for the tie at that count from year-by-year searches, newest
 * first, only until the screen is full.
 */
async function byMatchCount(pf: PagefindApi, term: string, filters: Filters, years: string[], exact: PagefindResult[], ranking: PagefindResult[], n: number, limit: number): Promise<PagefindResult[]> {
	const estimate = new Map(ranking.map((r) => [r.id, countRuns(r.words, n)]));
	const count = (r: PagefindResult) => estimate.get(r.id) ?? 0;
	const ranked = [...exact].sort((a, b) => count(b) - count(a));
	const cut = ranked.length > limit ? count(ranked[limit - 1]!) : -1;
	const above = ranked.filter((r) => count(r) > cut);
	const yearOf = new Map(await Promise.all(above.map(async (r) => [r.id, decodeInfo((await r.data()).meta[META_KEY] ?? '').y] as const)));
	above.sort((a, b) => count(b) - count(a) || yearOf.get(b.id)! - yearOf.get(a.id)!);
	if (cut < 0) return above;
	const tied = new Set(ranked.filter((r) => count(r) === cut).map((r) => r.id));
	const picked: PagefindResult[] = [];
	for await (const results of byYear(pf, term, filters, years, 'desc')) {
		picked.push(...results.filter((r) => tied.has(r.id)));
		if (above.length + picked.length >= limit) break;
	}
	return [...above, ...picked];
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
