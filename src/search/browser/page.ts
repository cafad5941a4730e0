/**
 * The search page: reads the URL, runs the search, renders results and facets, and keeps
 * the URL in step (pushState on every change, popstate re-renders) so Back works.
 */
import { compareControl } from '../../compare/client/control.ts';
import { INITIALS_URL, parseQuery, placeMatches, writeQuery, type InitialsTable, type ParsedQuery, type QueryTerm } from '../shared/index.ts';
import { REPORT_SCOPE, SCOPE_ORDER, scopeLabel } from '../shared/scopes.ts';
import { facetValues, runSearch, type PagefindFragment, type PagefindResult, type SearchOutcome } from './engine.ts';
import { whyEmpty, withoutFilters, type EmptyReason } from './empty.ts';
import { downloadCsv, mapLimited, resultRows } from './export.ts';
import { placeLabel } from '../shared/place-values.ts';
import { FACET_LIMIT, visibleValues } from './facets.ts';
import { everyOccurrence, reportHit, type Look, type ReportHit, type Segment } from './hits.ts';
import { rememberQuery } from './handoff.ts';
import { FACET_KEYS, readState, writeState, type FacetKey, type SearchState } from './state.ts';

/** Results per screen: each costs a fragment fetch (about 7 KB), so ten keep a cold query light. */
const PAGE_SIZE = 10;
const FACET_LABELS: Record<FacetKey | 'scope', string> = { province: '省份', county: '区县', township: '乡镇（街道）', year: '报告年度', scope: '所在部分' };
const SORT_LABELS = { relevance: '匹配次数', 'year-desc': '年度（新→旧）', 'year-asc': '年度（旧→新）' };
/** Facets long enough to need a type-to-filter box, and the level above each (choosing it narrows the list). */
const PARENT: Partial<Record<FacetKey, FacetKey>> = { county: 'province', township: 'county' };

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
function reportLink(id: string, anchor: string): string {
	return `/reports/${id}/#${encodeURIComponent(anchor)}`;
}

/** “a”“b”: terms as the summary and the empty-result reasons name them. */
const quoted = (terms: QueryTerm[]) => terms.map((t) => `“${t.text}”`).join('');

function describe(query: ParsedQuery): string {
	return `${query.include.length > 1 ? '同时' : ''}包含${quoted(query.include)}${query.exclude.length ? `、不含${quoted(query.exclude)}` : ''}`;
}

/** The keyword-in-context list of one result, built from its fragment when first opened. */
function renderOccurrences(hit: ReportHit, fragment: PagefindFragment, look: Look): HTMLElement {
	const details = el('details', { className: 'kwic' }, el('summary', {}, `逐处查看（${hit.count} 处）`));
	details.addEventListener('toggle', () => {
		if (!details.open || details.querySelector('ol')) return;
		const list = el('ol', { className: 'kwic-list' });
		for (const o of everyOccurrence(fragment, look)) {
			list.append(el('li', {}, el('a', { href: reportLink(hit.id, o.anchor) }, o.label), ' ', el('span', { className: 'excerpt' }, ...segments(o.excerpt))));
		}
		details.append(list);
	});
	return details;
}

function renderHit(hit: ReportHit, fragment: PagefindFragment, look: Look): HTMLElement {
	// Led by place and year: many reports are titled only 关于2023年法治政府建设情况的报告.
	const title = el('a', { href: reportLink(hit.id, hit.anchor) }, `${hit.place || '未知地区'} · ${hit.year}年`);
	const li = el(
		'li',
		{ className: 'hit' },
		el('h3', { className: 'hit-title' }, title),
		el('p', { className: 'hit-report' }, hit.title),
		el('p', { className: 'hit-meta' }, `${hit.year}年 · `, el('strong', {}, `${hit.count}`), ' 处匹配'),
	);
	li.dataset.reportId = hit.id;
	li.append(compareControl({ id: hit.id, label: `${hit.place} ${hit.year}年` }));
	const parts = el('ul', { className: 'hit-parts' });
	for (const part of hit.parts) {
		const badge = el('span', { className: `badge badge-${part.scope}` }, scopeLabel(part.scope));
		parts.append(
			el(
				'li',
				{},
				el('p', { className: 'part-head' }, badge, ' ', el('a', { href: reportLink(hit.id, part.anchor) }, part.label), el('span', { className: 'muted' }, ` · ${part.count} 处`)),
				el('p', { className: 'excerpt' }, ...segments(part.excerpt)),
			),
		);
	}
	li.append(parts, renderOccurrences(hit, fragment, look));
	return li;
}

/** What the reader typed into each facet's filter box; kept across re-renders of the page. */
const facetFilters: Partial<Record<FacetKey, string>> = {};
let initials: InitialsTable | null = null;
let initialsLoading: Promise<void> | null = null;

/** The pinyin table, fetched when a filter box is first used (not on every search). */
function loadInitials(): Promise<void> {
	initialsLoading ??= fetch(INITIALS_URL)
		.then((r) => (r.ok ? (r.json() as Promise<InitialsTable>) : null))
		.then((table) => void (initials = table))
		.catch((error) => console.warn(error));
	return initialsLoading;
}

function renderFacets(state: SearchState, outcome: SearchOutcome, all: Record<string, Record<string, number>>, onChange: (s: SearchState) => void) {
	const box = $('search-facets');
	// Re-rendering replaces the inputs; keep keyboard focus on the one just toggled.
	const active = document.activeElement instanceof HTMLInputElement && box.contains(document.activeElement) ? document.activeElement : null;
	const refocus = active?.dataset.facetFilter ? `input[data-facet-filter="${active.dataset.facetFilter}"]` : active ? `input[data-facet="${active.dataset.facet}"][value="${CSS.escape(active.value)}"]` : null;
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
		const withResults = values.filter((v) => (counts[v] ?? 0) > 0 || chosen.includes(v));
		if (withResults.length === 0) continue;
		const fieldset = el('fieldset', { className: 'facet' }, el('legend', {}, FACET_LABELS[key]));
		const list = el('div', { className: 'facet-values' });
		const place = key === 'scope' ? null : key;
		const fill = () => {
			const typed = place ? (facetFilters[place] ?? '') : '';
			const filtered = withResults.filter((v) => chosen.includes(v) || placeMatches(placeLabel(v), typed, initials));
			// Provinces, years and sections are few: all of them always show.
			const limit = key === 'county' || key === 'township' ? FACET_LIMIT : Infinity;
			const { shown, hidden } = visibleValues(filtered, counts, chosen, limit);
			list.replaceChildren(...shown.map((value) => facetValue(key, value, counts, chosen, state, onChange)));
			if (typed && !filtered.some((v) => !chosen.includes(v))) list.append(el('p', { className: 'muted facet-more' }, '没有匹配的名称'));
			if (hidden > 0 && place) list.append(el('p', { className: 'muted facet-more' }, `另有 ${hidden} 项，${moreHint(place, state)}`));
		};
		// The filter box shows when a long facet has more values with results than it lists.
		if (place && PARENT[place] && (withResults.length > FACET_LIMIT || facetFilters[place])) {
			const filter = el('input', { type: 'search', className: 'facet-filter', value: facetFilters[place] ?? '', placeholder: '名称或拼音首字母', autocomplete: 'off' });
			filter.setAttribute('aria-label', `筛选${FACET_LABELS[place]}：输入名称或拼音首字母`);
			filter.dataset.facetFilter = place;
			filter.addEventListener('input', () => {
				facetFilters[place] = filter.value;
				fill();
				if (!initials) void loadInitials().then(fill);
			});
			filter.addEventListener('focus', () => void loadInitials().then(fill), { once: true });
			fieldset.append(filter);
		}
		fill();
		fieldset.append(list);
		box.append(fieldset);
	}
	if (refocus) box.querySelector<HTMLInputElement>(refocus)?.focus();
}

/** How to reach the values not listed: choosing the level above helps only when none is chosen. */
function moreHint(key: FacetKey, state: SearchState): string {
	const parent = PARENT[key];
	return parent && state.facets[parent].length === 0 ? '可先选择上一级地区缩小范围，或在上方输入名称筛选' : '可在上方输入名称或拼音首字母筛选';
}

function facetValue(key: FacetKey | 'scope', value: string, counts: Record<string, number>, chosen: string[], state: SearchState, onChange: (s: SearchState) => void): HTMLElement {
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
	const count = `(${counts[value] ?? 0})`;
	return el('label', {}, input, ` ${label} `, el('span', { className: 'count' }, count));
}

/** The empty result's reasons, each with its way out. */
function renderWhy(state: SearchState, query: ParsedQuery, reason: EmptyReason, onChange: (s: SearchState) => void): Node[] {
	const out: Node[] = [];
	const button = (label: string, next: SearchState) => {
		const b = el('button', { type: 'button', className: 'why-action' }, label);
		b.addEventListener('click', () => onChange(next));
		return b;
	};
	const withQuery = (q: ParsedQuery) => ({ ...state, q: writeQuery(q), pages: 1 });
	if (reason.alone.length) {
		const found = reason.alone.filter((a) => a.total > 0);
		const text = reason.alone.map((a) => `“${a.term.text}”单独${a.total ? `可找到 ${a.total} 篇` : '没有找到'}`).join('；');
		out.push(el('p', {}, `${text}${found.length === reason.alone.length ? '，但没有报告同时包含全部词语。' : '。'}`));
		const actions = el('p', { className: 'why-actions' });
		for (const { term } of reason.alone) actions.append(button(`去掉“${term.text}”`, withQuery({ include: query.include.filter((t) => t !== term), exclude: query.exclude })));
		out.push(actions);
	}
	if (reason.withoutExclusions) {
		out.push(el('p', {}, `不排除${quoted(query.exclude)}时有 ${reason.withoutExclusions} 篇。`), el('p', { className: 'why-actions' }, button('去掉排除词', withQuery({ include: query.include, exclude: [] }))));
	}
	if (reason.unfiltered) {
		out.push(el('p', {}, `当前筛选条件排除了全部结果；不加筛选共有 ${reason.unfiltered} 篇。`), el('p', { className: 'why-actions' }, button('清除筛选', withoutFilters(state))));
	}
	return out;
}

export function startSearchPage(): void {
	const form = $<HTMLFormElement>('search-form');
	const input = $<HTMLInputElement>('search-q');
	const sort = $<HTMLSelectElement>('search-sort');
	const results = $('search-results');
	const list = $<HTMLOListElement>('search-list');
	const summary = $('search-summary');
	const why = $('search-why');
	const more = $<HTMLButtonElement>('search-more');
	const exportButton = $<HTMLButtonElement>('search-export');
	let current = readState(location.search);
	let run = 0;
	let exportable: { state: SearchState; all: PagefindResult[]; look: Look } | null = null;

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
		results.setAttribute('aria-busy', 'true');
		// Layout hooks (see the page's CSS): no query or no results show help, not facets and sort.
		delete results.dataset.total;
		const filtered = FACET_KEYS.some((k) => state.facets[k].length > 0) || state.scope !== null;
		results.toggleAttribute('data-filtered', filtered);
		$<HTMLAnchorElement>('search-unfiltered').href = `${location.pathname}${writeState({ ...state, facets: readState('').facets, scope: null, pages: 1 })}`;
		more.hidden = true;
		exportButton.hidden = true;
		exportable = null;
		why.replaceChildren();
		const query = parseQuery(state.q);
		const look: Look = { terms: query.include.map((t) => t.chars), scope: state.scope };
		if (query.include.length === 0) {
			list.replaceChildren();
			$('search-facets').replaceChildren();
			results.dataset.total = '';
			summary.textContent = query.exclude.length
				? `只有排除词（以“-”开头的${quoted(query.exclude)}）：请再输入至少一个要查找的词，例如“法律顾问 -宣传”。`
				: '输入要查找的文字，例如“法律顾问”。搜索与浏览器的“页内查找”一致：找出原文中连续出现这段文字的所有报告。空格分隔多个词（须同时包含），引号内为一个整体，词前加“-”表示排除。';
			finish();
			return;
		}
		try {
			const all = await facetValues();
			const outcome = await runSearch(state, query, undefined, PAGE_SIZE * state.pages);
			if (mine !== run) return;
			const shown = outcome.results.slice(0, PAGE_SIZE * state.pages);
			const fragments = await Promise.all(shown.map((r: PagefindResult) => r.data()));
			if (mine !== run) return;
			list.replaceChildren(...fragments.map((f) => renderHit(reportHit(f, look), f, look)));
			const total = outcome.total;
			results.dataset.total = String(total);
			if (total === 0) {
				summary.textContent = `没有找到${describe(query)}的报告。请检查用字，或减少词语和筛选条件。`;
				const reason = await whyEmpty(state, query);
				if (mine !== run) return;
				why.replaceChildren(...renderWhy(state, query, reason, navigate));
			} else summary.textContent = `共 ${total} 篇报告${describe(query)}`;
			more.hidden = shown.length >= total;
			exportButton.hidden = total === 0;
			exportable = { state, all: outcome.all, look };
			renderFacets(state, outcome, all, navigate);
			finish();
		} catch (error) {
			if (mine !== run) return;
			list.replaceChildren();
			summary.textContent = '搜索暂时无法使用，请刷新页面重试。';
			console.warn(error);
			finish();
		}
	}

	/** Results, facets and section counts are shown together. */
	function finish() {
		results.dataset.searchStatus = 'done';
		results.removeAttribute('aria-busy');
	}

	/** Every result's fragment (a few at a time), then the file. */
	async function exportResults(): Promise<void> {
		const job = exportable;
		if (!job) return;
		exportButton.disabled = true;
		const status = $('search-export-status');
		try {
			const hits = await mapLimited(job.all, 6, async (r) => reportHit(await r.data(), job.look), (done) => (status.textContent = `正在导出 ${done} / ${job.all.length} 篇……`));
			const q = encodeURIComponent(job.state.q);
			const rows = resultRows(hits, job.state.sort, (h) => `${location.origin}/reports/${h.id}/?q=${q}#${encodeURIComponent(h.anchor)}`);
			downloadCsv(`搜索结果-${job.state.q.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40)}.csv`, rows);
			status.textContent = `已导出 ${hits.length} 篇报告。`;
			results.dataset.exportStatus = 'done';
		} catch (error) {
			status.textContent = '导出失败，请重试。';
			console.warn(error);
		} finally {
			exportButton.disabled = false;
		}
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		navigate({ ...current, q: input.value.trim(), pages: 1 });
	});
	sort.addEventListener('change', () => navigate({ ...current, sort: sort.value as SearchState['sort'], pages: 1 }));
	more.addEventListener('click', () => navigate({ ...current, pages: current.pages + 1 }));
	exportButton.addEventListener('click', () => void exportResults());
	window.addEventListener('popstate', () => void render(readState(location.search)));
	list.addEventListener('click', (event) => {
		const link = (event.target as Element).closest('a');
		if (link) rememberQuery(current.q, new URL(link.href).pathname);
	});
	void render(current);
}
