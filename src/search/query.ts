/**
 * From what a reader typed to what Pagefind is asked. Used by the search page, the
 * highlighter on report pages, and the tests' oracle, so all three agree on what a query is.
 */
import { encodeChar, searchChars } from './codec.ts';

/** The characters a query matches: folded, whitespace dropped. Empty means no query. */
export function queryChars(raw: string): string[] {
	return searchChars(raw);
}

export interface PagefindQuery {
	/** The term whose results are exactly the units containing the query. */
	exact: string;
	/** An unquoted term over the same tokens, whose BM25 scores rank the exact results. */
	ranking: string;
}

/**
 * One character: a prefix search for its code (every token starting with it is an
 * occurrence). Two or more: the quoted run of its n-1 pair tokens, which Pagefind only
 * matches at consecutive positions, i.e. at one contiguous occurrence inside one unit.
 */
export function pagefindQuery(chars: readonly string[]): PagefindQuery | null {
	if (chars.length === 0) return null;
	const codes = chars.map(encodeChar);
	if (codes.length === 1) return { exact: codes[0]!, ranking: codes[0]! };
	const pairs: string[] = [];
	for (let k = 0; k + 1 < codes.length; k++) pairs.push(codes[k]! + codes[k + 1]!);
	// Repeated pairs add nothing to the ranking term but cost a lookup each.
	return { exact: `"${pairs.join(' ')}"`, ranking: [...new Set(pairs)].join(' ') };
}

/** Start positions of the occurrences of `needle` in `hay`, left to right and not overlapping, as Ctrl+F steps through them. */
export function findAll(hay: readonly string[], needle: readonly string[]): number[] {
	const out: number[] = [];
	if (needle.length === 0) return out;
	let i = 0;
	outer: while (i + needle.length <= hay.length) {
		for (let j = 0; j < needle.length; j++) {
			if (hay[i + j] !== needle[j]) {
				i++;
				continue outer;
			}
		}
		out.push(i);
		i += needle.length;
	}
	return out;
}
