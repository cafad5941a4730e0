/**
 * Runs one search against the Pagefind parts: exact result set, facet counts, section
 * counts, order. Pagefind is asked only for word positions: per query term, one search per
 * distinct pair token (one prefix search for a one-character term), whose positions are
 * joined here into the term's exact occurrences (a pair at p, the next pair at p+1, …), as
 * Ctrl+F finds them. Place, year and which positions lie in which kind of section come from
 * the library table (every part's report table in one file, shared/table.ts), so no filter file
 * and no second index is fetched.
 * Fragments are fetched for shown reports only (their text, in `hits.ts`).
 */
import { MANIFEST_FILE, PARTS_DIR, type PartsManifest } from '../shared/parts.ts';
import { prefixShard } from '../shared/prefix.ts';
import { pagefindQuery } from '../shared/pagefind-query.ts';
import { REPORT_SCOPE, SCOPE_ORDER } from '../shared/scopes.ts';
import type { ParsedQuery } from '../shared/index.ts';
import { scopeAt, type TableRow } from '../shared/table.ts';
import { FACET_KEYS, type FacetKey, type SearchState } from './state.ts';
import { facetValue, loadTables, type ReportTable } from './library-table.ts';
import { RecentMap } from './recent.ts';

export interface PagefindResult {
	id: string;
	score: number;
	/** Positions of the matched words (no fragment fetch needed). */
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
}
export interface PagefindApi {
	init(): Promise<void>;
	options(o: Record<string, unknown>): Promise<void>;
	search(term: string, o?: Record<string, unknown>): Promise<PagefindResponse>;
	preload(term: string, o?: Record<string, unknown>): Promise<void>;
	mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
}

export interface SearchOutcome {
	/** Matching reports in display order: the first `limit` asked for. */
	results: PagefindResult[];
	/** How many reports match in all. */
	total: number;
	/**
	 * Per facet: value → number of matching reports if it were chosen; `scope`: per kind of
	 * section, reports with the query inside such a section, and `report` anywhere.
	 */
	counts: Record<FacetKey | 'scope', Record<string, number>>;
	/** Every matching report, in display order (the CSV export's rows). */
	all: PagefindResult[];
}

/** Loads the bundle once per page; the URL is built at runtime so Vite leaves it alone. */
const BASE = '/pagefind/';

interface Library {
	pf: PagefindApi;
	table: ReportTable;
}

const libraries = new Map<string, Promise<Library>>();

async function readManifest(base: string): Promise<PartsManifest> {
	const response = await fetch(`${base}${MANIFEST_FILE}`);
	if (!response.ok) throw new Error(`Search index missing: ${response.status} for ${base}${MANIFEST_FILE}`);
	return (await response.json()) as PartsManifest;
}

/**
 * One Pagefind instance over every part (src/search/shared/parts.ts): the first part is its primary
 * index and the others are merged into it, so a search spans every part and every shard;
 * and the library table, fetched alongside (from the start: its URL does not wait for the manifest).
 */
function loadLibrary(base: string): Promise<Library> {
	let loading = libraries.get(base);
	if (!loading) {
		loading = (async () => {
			const manifestLoading = readManifest(base);
			const tableLoading = loadTables(base, manifestLoading);
			// Awaited below; marked handled so a failed manifest does not also report it unhandled.
			tableLoading.catch(() => undefined);
			const manifest = await manifestLoading;
			const [primary, ...others] = manifest.parts.map((name) => `${base}${PARTS_DIR}/${name}/`);
			if (!primary) throw new Error('Search index has no parts');
			const pagefind = (async () => {
				const pf = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as PagefindApi;
				await pf.options({ excerptLength: 0 });
				// Merged before init so the first search waits for every part.
				for (const other of others) await pf.mergeIndex(other);
				await pf.init();
				return pf;
			})();
			const [pf, table] = await Promise.all([pagefind, tableLoading]);
			return { pf, table };
		})();
		libraries.set(base, loading);
	}
	return loading;
}

/** Every facet value in the library with its number of reports (the facets' full lists). */
export async function facetValues(base = BASE): Promise<ReportTable['values']> {
	return (await loadLibrary(base)).table.values;
}

/** Searches one after another: Pagefind loads chunks on demand, and loads must not race. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
	const next = queue.then(job, job);
	queue = next.catch(() => undefined);
	return next;
}

/** For a one-character term, makes Pagefind fetch every chunk holding its tokens (node/chunks.ts says why). */
async function preloadPrefix(pf: PagefindApi, base: string, code: string): Promise<void> {
	const response = await fetch(`${base}${prefixShard(code)}`);
	if (!response.ok) throw new Error(`Search index incomplete: ${response.status} for ${prefixShard(code)}`);
	const words = ((await response.json()) as Record<string, string[]>)[code];
	if (words?.length) await pf.preload(words.join(' '));
}

/** One report's occurrences of one term. */
interface Match {
	result: PagefindResult;
	row: TableRow;
	/** Start positions of every occurrence (overlapping ones too), ascending. */
	starts: number[];
	/** The kinds of section holding an occurrence, worked out on first use. */
	scopes?: Set<string>;
}

/**
 * Per term: report key → its matches, for the most recent terms only: facet clicks and sorts
 * search the same terms again, and a query has a few terms.
 */
const TERMS_KEPT = 16;
const termCache = new RecentMap<string, Promise<Map<string, Match>>>(TERMS_KEPT);

/** Report key → the result and the word's positions, from one Pagefind search. */
async function positionsOf({ pf, table }: Library, term: string): Promise<Map<string, PagefindResult>> {
	const out = new Map<string, PagefindResult>();
	for (const result of (await pf.search(term)).results) out.set(await table.keyOf(result), result);
	return out;
}

/**
 * The exact occurrences of a term (folded characters). Codes are prefix-free (shared/codec.ts), so
 * a one-character code's unquoted search matches every token starting with it, each one
 * occurrence, and a pair token's matches that token only, at every position. A part that
 * lacks a pair token answers with a shorter word instead (Pagefind falls back to the
 * longest indexed prefix), which could join pairs across a unit's end; no report of such a
 * part holds the term, and the quoted search, whose report set is exact, leaves them out.
 */
function termMatches(library: Library, base: string, chars: string[]): Promise<Map<string, Match>> {
	const key = `${base}\n${chars.join('')}`;
	let found = termCache.get(key);
	if (!found) {
		found = serial(async () => {
			const { exact, words } = pagefindQuery(chars)!;
			if (chars.length === 1) await preloadPrefix(library.pf, base, exact);
			const holders = chars.length === 1 ? null : await positionsOf(library, exact);
			const matches = new Map<string, Match>();
			if (holders?.size === 0) return matches;
			const positions = new Map<string, Map<string, PagefindResult>>();
			for (const word of new Set(words)) positions.set(word, await positionsOf(library, word));
			const firsts = positions.get(words[0]!)!;
			for (const report of (holders ?? firsts).keys()) {
				const result = firsts.get(report);
				if (!result) continue;
				const row = library.table.row(report);
				if (!row) throw new Error(`Search index: result ${report} is in no report table; rebuild the site.`);
				const later = words.slice(1).map((w) => new Set(positions.get(w)!.get(report)?.words));
				const starts = [...new Set(result.words)].sort((a, b) => a - b).filter((s) => later.every((set, k) => set.has(s + k + 1)));
				if (starts.length) matches.set(report, { result: holders?.get(report) ?? result, row, starts });
			}
			return matches;
		});
		termCache.set(key, found);
		const failed = found;
		failed.catch(() => termCache.delete(key, failed));
	}
	return found;
}

/** Non-overlapping occurrences of an n-character term, left to right, as Ctrl+F steps through them. */
export function occurrences(starts: readonly number[], n: number): number {
	let count = 0;
	let next = -Infinity;
	for (const s of starts) {
		if (s < next) continue;
		count++;
		next = s + n;
	}
	return count;
}

function inScope(match: Match, scope: string): boolean {
	match.scopes ??= new Set(match.starts.map((s) => scopeAt(match.row.runs, s) ?? ''));
	return match.scopes.has(scope);
}

/** Report keys holding every included term and no excluded one, within `scope` when given. */
function matching(included: Array<Map<string, Match>>, excluded: Array<Map<string, Match>>, scope: string | null): string[] {
	const [first, ...rest] = [...included].sort((a, b) => a.size - b.size);
	if (!first) return [];
	const holds = (map: Map<string, Match>, key: string) => {
		const match = map.get(key);
		return Boolean(match) && (scope === null || inScope(match!, scope));
	};
	return [...first.keys()].filter((key) => holds(first, key) && rest.every((map) => holds(map, key)) && !excluded.some((map) => holds(map, key)));
}

/**
 * One search: exact result set, facet and section counts, order; `limit` 0 counts only.
 * With a section chosen the whole query is evaluated within that kind of section: every
 * included term occurs in such a section, and no excluded one does.
 */
export async function runSearch(state: SearchState, query: ParsedQuery, base = BASE, limit = 10): Promise<SearchOutcome> {
	const library = await loadLibrary(base);
	const included: Array<Map<string, Match>> = [];
	for (const term of query.include) included.push(await termMatches(library, base, term.chars));
	const excluded: Array<Map<string, Match>> = [];
	for (const term of query.exclude) excluded.push(await termMatches(library, base, term.chars));
	const rowOf = (key: string) => included[0]!.get(key)!.row;
	const passing = (keys: string[], skip: FacetKey | null) => {
		const chosen = FACET_KEYS.filter((key) => key !== skip && state.facets[key].length);
		return keys.filter((k) => chosen.every((key) => state.facets[key].includes(facetValue(rowOf(k), key) ?? '')));
	};
	const found = matching(included, excluded, state.scope);
	const counts: SearchOutcome['counts'] = { province: {}, county: {}, township: {}, year: {}, scope: {} };
	for (const key of FACET_KEYS) {
		for (const k of passing(found, key)) {
			const value = facetValue(rowOf(k), key);
			if (value !== undefined) counts[key][value] = (counts[key][value] ?? 0) + 1;
		}
	}
	for (const scope of SCOPE_ORDER) {
		counts.scope[scope] = passing(matching(included, excluded, scope === REPORT_SCOPE ? null : scope), null).length;
	}
	const selected = passing(found, null);
	if (limit === 0) return { results: [], total: selected.length, counts, all: [] };
	// Occurrences as the result shows them: within the chosen kind of section, if any.
	const within = (m: Match) => (state.scope ? m.starts.filter((s) => scopeAt(m.row.runs, s) === state.scope) : m.starts);
	const count = new Map(selected.map((k) => [k, query.include.reduce((n, term, i) => n + occurrences(within(included[i]!.get(k)!), term.chars.length), 0)]));
	const year = (k: string) => rowOf(k).year;
	const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	const ordered = [...selected].sort(
		state.sort === 'relevance' ? (a, b) => count.get(b)! - count.get(a)! || year(b) - year(a) || byKey(a, b)
		: state.sort === 'year-asc' ? (a, b) => year(a) - year(b) || byKey(a, b)
		: (a, b) => year(b) - year(a) || byKey(a, b),
	);
	const all = ordered.map((k) => included[0]!.get(k)!.result);
	return { results: all.slice(0, limit), total: selected.length, counts, all };
}
