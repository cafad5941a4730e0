/**
 * What a figure counts, read from the words around it in its clause: the words before it
 * (`实际检查 609 家次`), plus the noun right after the unit when there is one
 * (`整改 473 项安全隐患` → 整改安全隐患). Filler (共计, 达, 2023年) is dropped.
 */

interface Span {
	start: number;
	end: number;
}

/** Clause breaks; 、 too, except that a list ending in 等 is read from its clause start. */
const BREAK = /[，。；：！？,;:!?\n]/;
const LIST = /、/;
const LEAD = /^(?:\d{4}年度?|全年|今年以来|今年|年内|其中|并且|并处(?=罚)|并|同时|另外|此外|共计|合计|总计|累计|共|已|均|先后)+/;
const TRAIL = /(?:共计|合计|总计|累计|共|达到|达|为|约|近|超过|逾|了)+$/;
/** Where the noun after a unit stops: a conjunction, a verb of relation, or the next clause. */
const AFTER_STOP = /[和及并等，。；：、]|进行|的/;
/** Comparisons (同比下降6.25%) describe the figure just before them in the sentence. */
const COMPARISON = /^(同比|环比|较上年|比上年|较去年|比去年)/;
const MAX = 24;

function clauseStart(text: string, at: number): number {
	let i = at;
	while (i > 0 && !BREAK.test(text[i - 1]!)) i--;
	return i;
}

function clauseEnd(text: string, at: number): number {
	let i = at;
	while (i < text.length && !BREAK.test(text[i]!)) i++;
	return i;
}

function before(text: string, figures: Span[], i: number): string {
	const start = Math.max(clauseStart(text, figures[i]!.start), i > 0 ? figures[i - 1]!.end : 0);
	let words = text.slice(start, figures[i]!.start);
	const lastComma = Math.max(words.lastIndexOf('、'), -1);
	if (lastComma >= 0) {
		const tail = words.slice(lastComma + 1);
		// 检查煤矿、非煤矿山、…企业等 432 家次: the verb sits before the first item.
		words = /等\s*$/.test(tail) ? `${words.split(LIST)[0]}等` : tail;
	}
	return words.replace(/\s+/g, '').replace(LEAD, '').replace(TRAIL, '');
}

function after(text: string, figures: Span[], i: number): string {
	const end = Math.min(clauseEnd(text, figures[i]!.end), figures[i + 1]?.start ?? text.length);
	const words = text.slice(figures[i]!.end, end).replace(/\s+/g, '');
	const stop = words.search(AFTER_STOP);
	return (stop < 0 ? words : words.slice(0, stop)).slice(0, 16);
}

export function describe(text: string, figures: Span[], i: number): { counts: string; clause: string } {
	const fig = figures[i]!;
	const clause = text.slice(clauseStart(text, fig.start), clauseEnd(text, fig.end)).trim();
	let counts = before(text, figures, i) + after(text, figures, i);
	if (COMPARISON.test(counts) && i > 0) counts = `${describe(text, figures, i - 1).counts}${counts}`;
	if (counts.length > MAX) counts = `…${counts.slice(-MAX)}`;
	return { counts, clause };
}
