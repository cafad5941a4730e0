/**
 * The search page: reads the URL, runs the search, renders results and facets, and keeps
 * the URL in step (pushState on every change, popstate re-renders) so Back works.
 */
import { queryChars } from '../query.ts';
import { REPORT_SCOPE, SCOPE_ORDER, scopeLabel } from '../scopes.ts';
import { loadPagefind, runSearch, sectionCounts, type PagefindResult, type SearchOutcome } from './engine.ts';
import { placeLabel } from '../shared/place-values.ts';
import { FACET_LIMIT, visibleValues } from './facets.ts';
import { reportHit, type ReportHit, type Segment } from './hits.ts';
import { rememberQuery } from './handoff.ts';
import { FACET_KEYS, readState, writeState, type FacetKey, type SearchState } from './state.ts';

/** Results per screen: each costs a fragment fetch (about 7 KB), so ten keep a cold query light. */
const PAGE_SIZE = 10;
const FACET_LABELS: Record<FacetKey | 'scope', string> = { province: '省份', county: '区县', township: '乡镇（街道）', year: '报告年度', scope: '所在部分' };
const SORT_LABELS = { relevance: '匹配次数', 'year-desc': '年度（新→旧）', 'year-asc': '年度（旧→新）' };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

function segments(list: Segment[]): Node[] {
	return list.map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));
}

/** `/reports/<id>/#<anchor>`: the query reaches the report page's find bar through
 * sessionStorage (set on click) or the referrer, so result links stay plain anchors. */
function reportLink(hit: ReportHit, anchor: string): string {
	return `/reports/${hit.id}/#${encodeURIComponent(anchor)}`;
}

function renderHit(hit: ReportHit): HTMLElement {
	const first = hit.parts[0];
	const title = el('a', { href: reportLink(hit, first?.anchor ?? 'title') }, hit.title);
	const li = el(
		'li',
		{ className: 'hit' },
		el('h3', { className: 'hit-title' }, title),
		el('p', { className: 'hit-meta' }, `${hit.year}年 · ${hit.place} · `, el('strong', {}, `${hit.count}`), ' 处匹配'),
	);
	li.dataset.reportId = hit.id;
	const parts = el('ul', { className: 'hit-parts' });
	for (const part of hit.parts) {
		const badge = el('span', { className: `badge badge-${part.scope}` }, scopeLabel(part.scope));
		parts.append(
			el(
				'li',
				{},
				el('p', { className: 'part-head' }, badge, ' ', el('a', { href: reportLink(hit, part.anchor) }, part.label), el('span', { className: 'muted' }, ` · ${part.count} 处`)),
				el('p', { className: 'excerpt' }, ...segments(part.excerpt)),
			),
		);
	}
	li.append(parts);
	return li;
}

function renderFacets(state: SearchState, outcome: SearchOutcome, all: Record<string, Record<string, number>>, onChange: (s: SearchState) => void) {
	const box = $('search-facets');
	// Re-rendering replaces the inputs; keep keyboard focus on the one just toggled.
	const active = document.activeElement instanceof HTMLInputElement && box.contains(document.activeElement) ? document.activeElement : null;
	const refocus = active ? `input[data-facet="${active.dataset.facet}"][value="${CSS.escape(active.value)}"]` : null;
	box.replaceChildren();
	const keys = [...FACET_KEYS, 'scope'] as const;
	for (const key of keys) {
		const counts = outcome.counts[key];
		const values = (key === 'scope' ? SCOPE_ORDER : Object.keys(all[key] ?? {}))
			.sort((a, b) =>
				key === 'scope' ? SCOPE_ORDER.indexOf(a) - SCOPE_ORDER.indexOf(b)
				: key === 'year' ? b.localeCompare(a)
				: (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'zh-CN'),
			);
		const chosen = key === 'scope' ? [state.scope ?? REPORT_SCOPE] : state.facets[key];
		// Section counts arrive after the results; until then only the chosen section shows.
		const { shown, hidden } = visibleValues(values, counts, chosen, key === 'scope' || key === 'year' ? Infinity : FACET_LIMIT);
		if (shown.length === 0) continue;
		const fieldset = el('fieldset', { className: 'facet' }, el('legend', {}, FACET_LABELS[key]));
		for (const value of shown) {
			const input = el('input', { type: key === 'scope' ? 'radio' : 'checkbox', name: `facet-${key}`, value, checked: chosen.includes(value) });
			input.dataset.facet = key;
			input.addEventListener('change', () => {
				const next = structuredClone(state);
				next.pages = 1;
				if (key === 'scope') next.scope = value === REPORT_SCOPE ? null : value;
				else next.facets[key] = input.checked ? [...chosen, value] : chosen.filter((v) => v !== value);
				onChange(next);
			});
			const label = key === 'scope' ? scopeLabel(value) : key === 'year' ? `${value}年` : placeLabel(value);
			const count = key === 'scope' && !(value in counts) ? '…' : `(${counts[value] ?? 0})`;
			fieldset.append(el('label', {}, input, ` ${label} `, el('span', { className: 'count' }, count)));
		}
		if (hidden > 0) fieldset.append(el('p', { className: 'muted facet-more' }, `另有 ${hidden} 项${key === 'province' ? '' : '，可先选择上一级地区缩小范围'}`));
		box.append(fieldset);
	}
	if (refocus) box.querySelector<HTMLInputElement>(refocus)?.focus();
}

export function startSearchPage(): void {
	const form = $<HTMLFormElement>('search-form');
	const input = $<HTMLInputElement>('search-q');
	const sort = $<HTMLSelectElement>('search-sort');
	const results = $('search-results');
	const list = $<HTMLOListElement>('search-list');
	const summary = $('search-summary');
	const more = $<HTMLButtonElement>('search-more');
	let current = readState(location.search);
	let run = 0;

	for (const [value, label] of Object.entries(SORT_LABELS)) sort.append(el('option', { value }, label));

	const navigate = (next: SearchState) => {
		history.pushState(null, '', `${location.pathname}${writeState(next)}`);
		void render(next);
	};

	async function render(state: SearchState): Promise<void> {
		const mine = ++run;
		current = state;
		input.value = state.q;
		sort.value = state.sort;
		const header = document.getElementById('site-search') as HTMLInputElement | null;
		if (header) header.value = state.q;
		document.title = state.q ? `“${state.q}”的搜索结果 | 法治政府建设年度报告库` : '搜索 | 法治政府建设年度报告库';
		results.dataset.searchStatus = 'loading';
		results.dataset.sectionStatus = 'loading';
		results.setAttribute('aria-busy', 'true');
		more.hidden = true;
		const chars = queryChars(state.q);
		if (chars.length === 0) {
			list.replaceChildren();
			$('search-facets').replaceChildren();
			summary.textContent = '输入要查找的文字，例如“法律顾问”。搜索与浏览器的“页内查找”一致：找出原文中连续出现这段文字的所有报告。';
			finish();
			results.dataset.sectionStatus = 'done';
			return;
		}
		try {
			const all = await (await loadPagefind()).filters();
			const outcome = await runSearch(state, chars, undefined, PAGE_SIZE * state.pages);
			if (mine !== run) return;
			const shown = outcome.results.slice(0, PAGE_SIZE * state.pages);
			const hits = await Promise.all(shown.map((r: PagefindResult) => r.data().then((d) => reportHit(d, chars))));
			if (mine !== run) return;
			list.replaceChildren(...hits.map((h) => renderHit(h)));
			const total = outcome.total;
			summary.textContent = total === 0 ? `没有找到包含“${state.q}”的报告。请检查用字，或减少筛选条件。` : `共 ${total} 篇报告包含“${state.q}”`;
			more.hidden = shown.length >= total;
			renderFacets(state, outcome, all, navigate);
			finish();
			// Then the section facet's counts, from the per-section index; the results stay
			// whatever happens to them.
			try {
				outcome.counts.scope = total ? await sectionCounts(state, chars) : { report: 0 };
				if (mine !== run) return;
				renderFacets(state, outcome, all, navigate);
			} catch (error) {
				console.warn(error);
			}
			if (mine === run) results.dataset.sectionStatus = 'done';
		} catch (error) {
			if (mine !== run) return;
			list.replaceChildren();
			summary.textContent = '搜索暂时无法使用，请刷新页面重试。';
			console.warn(error);
			finish();
			results.dataset.sectionStatus = 'done';
		}
	}

	function finish() {
		results.dataset.searchStatus = 'done';
		results.removeAttribute('aria-busy');
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		navigate({ ...current, q: input.value.trim(), pages: 1 });
	});
	sort.addEventListener('change', () => navigate({ ...current, sort: sort.value as SearchState['sort'], pages: 1 }));
	more.addEventListener('click', () => navigate({ ...current, pages: current.pages + 1 }));
	window.addEventListener('popstate', () => void render(readState(location.search)));
	list.addEventListener('click', (event) => {
		const link = (event.target as Element).closest('a');
		if (link) rememberQuery(current.q, new URL(link.href).pathname);
	});
	void render(current);
}
