/**
 * From one query term (shared/query.ts) to what Pagefind is asked, over the token alphabet
 * of codec.ts. The search page runs one such search per term and combines their results.
 */
import { encodeChar } from './codec.ts';

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
