/**
 * Finds the lead phrases Chinese official documents open a point with, so the builder can
 * emphasise them: `一是加强组织领导。`, `1.健全工作机制。`, `（二）强化监督。`.
 * Only short clauses count: when the first sentence is long body text, only the point
 * marker itself (`一是`, `（二）`) is emphasised, so every point in a run looks alike.
 */
const NUMERAL = '[一二三四五六七八九十]+';
/** Point markers that may open a lead phrase. */
const MARKER = new RegExp(
	`^(?:${NUMERAL}是|第${NUMERAL}[，,、]|${NUMERAL}、|[（(](?:${NUMERAL}|\\d+)[）)]|\\d+[.．、](?!\\d)|[①-⑳])`,
);
/** Ordinal markers inside a paragraph (`。二是…`), only after a sentence end. */
const INNER_ORDINAL = new RegExp(`(?<=[。；])\\s*(?=${NUMERAL}是)`, 'g');
/**
 * Only full-width (CJK) punctuation ends a lead phrase: with remark-cjk-friendly, `**…。**`
 * closes whatever follows, while `**…:**` before a Latin letter would not parse and would
 * show the asterisks.
 */
const CLAUSE_END = /[。；：！？]/;

/** Longest lead phrase, in characters, that is still emphasised. */
export const MAX_LEAD = 32;

/** Length of the lead phrase (or just its marker) at the start of `text`, or 0 if there is none. */
export function leadLength(text: string): number {
	const marker = MARKER.exec(text);
	if (!marker) return 0;
	const end = text.search(CLAUSE_END);
	if (end >= 0 && end + 1 <= MAX_LEAD) return end + 1;
	// A marker alone closes its emphasis only before a Han character (`**1.**健全`), not before `①`.
	return /^\p{Script=Han}/u.test(text.slice(marker[0].length)) ? marker[0].length : 0;
}

/** [start, end) ranges of every lead phrase in a paragraph, in order. */
export function leadRanges(text: string): Array<[number, number]> {
	const starts = [0, ...[...text.matchAll(INNER_ORDINAL)].map((m) => m.index + m[0].length)];
	const ranges: Array<[number, number]> = [];
	for (const start of starts) {
		const length = leadLength(text.slice(start));
		if (length === 0) continue;
		const last = ranges.at(-1);
		// Adjacent phrases share one emphasis: `****` between them would not parse.
		if (last && last[1] === start) last[1] = start + length;
		else ranges.push([start, start + length]);
	}
	return ranges;
}
