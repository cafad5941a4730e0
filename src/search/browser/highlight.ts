/**
 * Report pages: highlights every occurrence of the query (`?q=`, or handed over by the
 * search page, see handoff.ts) in the report's text blocks (the same
 * units search matches: a match never spans two blocks), starts at the block named by the
 * URL hash, and steps through matches. Uses the CSS Custom Highlight API, so the DOM (and
 * copy/paste, citation buttons) stays untouched; without it, the bar still navigates.
 */
import { BLOCK_ATTRIBUTE } from '../../markdown/body.ts';
import { findAll, foldChar, isIgnored, parseQuery } from '../shared/index.ts';
import { queryForPage } from './handoff.ts';

/**
 * Elements holding one published block each (`data-pb`, see src/markdown/body.ts): the text
 * the index holds, and nothing else (not the region, year or division code around it).
 */
const BLOCKS = `[${BLOCK_ATTRIBUTE}]`;
/** Page furniture inside blocks that is not report text. */
const CHROME = '.para-tools, .head-tools, .badge, button, .permalink, .visually-hidden, [aria-hidden="true"]';

interface Hit {
	range: Range;
	block: Element;
	/** Which of the query's terms it is. */
	term: number;
}

/** Occurrences of every included term of the query in one block, in reading order. */
function blockHits(block: Element, needles: string[][]): Hit[] {
	const chars: string[] = [];
	const where: Array<[Text, number]> = [];
	const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
		acceptNode: (n) => (n.parentElement?.closest(CHROME) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		const data = node.data;
		for (let i = 0; i < data.length; ) {
			const ch = String.fromCodePoint(data.codePointAt(i)!);
			if (!isIgnored(ch)) {
				chars.push(foldChar(ch));
				where.push([node, i]);
			}
			i += ch.length;
		}
	}
	const found = needles.flatMap((needle, term) => findAll(chars, needle).map((start) => ({ start, end: start + needle.length, term })));
	return found
		.sort((a, b) => a.start - b.start || a.term - b.term)
		.map(({ start, end, term }) => {
			const range = document.createRange();
			const [startNode, startOffset] = where[start]!;
			const [endNode, endOffset] = where[end - 1]!;
			range.setStart(startNode, startOffset);
			range.setEnd(endNode, endOffset + (endNode.data.codePointAt(endOffset)! > 0xffff ? 2 : 1));
			return { range, block, term };
		});
}

export function startHighlight(bar: HTMLElement): void {
	const q = queryForPage(location, document.referrer);
	const needles = parseQuery(q).include.map((t) => t.chars);
	if (needles.length === 0) return;
	const hits = [...document.querySelectorAll(BLOCKS)].flatMap((b) => blockHits(b, needles));
	const status = bar.querySelector<HTMLElement>('[data-hl-status]')!;
	const prev = bar.querySelector<HTMLButtonElement>('[data-hl-prev]')!;
	const next = bar.querySelector<HTMLButtonElement>('[data-hl-next]')!;
	const clear = bar.querySelector<HTMLButtonElement>('[data-hl-clear]')!;
	bar.querySelector<HTMLElement>('[data-hl-query]')!.textContent = q;
	bar.hidden = false;
	bar.dataset.matches = String(hits.length);
	const supported = typeof CSS !== 'undefined' && 'highlights' in CSS;
	if (supported) CSS.highlights.set('search-hit', new Highlight(...hits.map((h) => h.range)));
	prev.disabled = next.disabled = hits.length === 0;
	if (hits.length === 0) {
		status.textContent = '本页没有找到这段文字';
		return;
	}
	// Start at the first match of the first term in (or after) the block the result linked to.
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	const atOrAfter = (h: Hit) => !target || target === h.block || target.contains(h.block) || Boolean(target.compareDocumentPosition(h.block) & Node.DOCUMENT_POSITION_FOLLOWING);
	let current = hits.findIndex((h) => h.term === 0 && atOrAfter(h));
	if (current < 0) current = 0;

	const show = (i: number, scroll: boolean) => {
		current = (i + hits.length) % hits.length;
		const hit = hits[current]!;
		if (supported) CSS.highlights.set('search-current', new Highlight(hit.range));
		bar.dataset.current = String(current + 1);
		status.textContent = `第 ${current + 1} / ${hits.length} 处`;
		if (scroll) {
			const rect = hit.range.getBoundingClientRect();
			window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3 });
		}
	};
	prev.addEventListener('click', () => show(current - 1, true));
	next.addEventListener('click', () => show(current + 1, true));
	clear.addEventListener('click', () => {
		if (supported) CSS.highlights.clear();
		bar.hidden = true;
		const url = new URL(location.href);
		url.searchParams.delete('q');
		history.replaceState(history.state, '', url);
	});
	// Find-bar keys: F3 / Shift+F3 anywhere; n / N unless typing; Enter / Shift+Enter in the bar
	// (Enter on 上一处 goes back, on 清除高亮 clears). The status line announces each step.
	document.addEventListener('keydown', (event) => {
		if (bar.hidden || event.ctrlKey || event.metaKey || event.altKey) return;
		const t = event.target instanceof HTMLElement ? event.target : document.body;
		const typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
		let step = 0;
		if (event.key === 'F3') step = event.shiftKey ? -1 : 1;
		else if (!typing && (event.key === 'n' || event.key === 'N')) step = event.key === 'N' ? -1 : 1;
		else if (event.key === 'Enter' && bar.contains(t) && t !== clear) step = event.shiftKey || t === prev ? -1 : 1;
		if (step === 0) return;
		event.preventDefault();
		show(current + step, true);
	});
	show(current, true);
}
