/**
 * From one query term (query.ts) to what Pagefind is asked, over the token alphabet
 * of codec.ts. The search page runs these searches per term and combines their results
 * (browser/engine.ts).
 */
import { encodeChar } from './codec.ts';

export interface PagefindQuery {
	/** The term whose results are exactly the reports containing the query. */
	exact: string;
	/**
	 * The words whose positions, one unquoted search each, spell out every occurrence: the
	 * query's pair tokens in order (repeats included), or its one character's code.
	 */
	words: string[];
}

/**
 * One character: a prefix search for its code (every token starting with it is an
 * occurrence). Two or more: the quoted run of its n-1 pair tokens, which Pagefind only
 * matches at consecutive positions, i.e. at one contiguous occurrence inside one unit.
 */
export function pagefindQuery(chars: readonly string[]): PagefindQuery | null {
	if (chars.length === 0) return null;
	const codes = chars.map(encodeChar);
	if (codes.length === 1) return { exact: codes[0]!, words: [codes[0]!] };
	const pairs: string[] = [];
	for (let k = 0; k + 1 < codes.length; k++) pairs.push(codes[k]! + codes[k + 1]!);
	return { exact: `"${pairs.join(' ')}"`, words: pairs };
}
