/** Which facet values the search page lists: a common query matches thousands of townships. */

/** At most this many values of a long facet are listed (chosen ones always are). */
export const FACET_LIMIT = 30;

/**
 * The values to list, in the given order: those with matches, at most `limit` of them, plus
 * every chosen value; and how many values with matches are left out.
 */
export function visibleValues(ordered: string[], counts: Record<string, number>, chosen: string[], limit = FACET_LIMIT): { shown: string[]; hidden: number } {
	const matching = ordered.filter((v) => (counts[v] ?? 0) > 0 || chosen.includes(v));
	const kept = new Set([...matching.slice(0, limit), ...chosen.filter((v) => matching.includes(v))]);
	return { shown: matching.filter((v) => kept.has(v)), hidden: matching.length - kept.size };
}
