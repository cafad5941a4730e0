/**
 * /compare/reports/?r=<id>&r=<id>…: loads each chosen report's page, reads its parts and lays them side by
 * side, one row per part type. The URL is the state; the picks follow it so a shared link can
 * be extended from a report page.
 */
import { SECTION_LABELS } from '../../utils/labels.ts';
import { compareReportsUrl, reportUrl } from '../../utils/urls.ts';
import { readReportParts, type ReportParts } from '../parts.ts';
import { idsInQuery, MIN_PICKS, problemMessage, selectionProblem, unknownMessage, type Pick } from '../picks.ts';
import { comparedNames, compareRows } from '../rows.ts';
import { loadPicks, savePicks } from './store.ts';

/** An element with attributes (`class` written `className`) and children. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name === 'className' ? 'class' : name, value);
	node.append(...children);
	return node;
}

/** The report's parts, or null when the site has no such report. */
async function fetchParts(id: string): Promise<ReportParts | null> {
	const response = await fetch(reportUrl(id));
	if (response.status === 404) return null;
	if (!response.ok) throw new Error(`${reportUrl(id)}: HTTP ${response.status}`);
	return readReportParts(new DOMParser().parseFromString(await response.text(), 'text/html'));
}

const shortName = (r: ReportParts) => `${r.place} ${r.year}年`;

function message(text: string, ...extra: Node[]): HTMLElement {
	return el('div', { className: 'compare-message' }, el('p', {}, text), ...extra);
}

/** The stored picks as a way forward when the URL cannot be compared. */
function picksHint(): Node[] {
	const picks = loadPicks();
	if (picks.length === 0) return [];
	const list = el('ul', {}, ...picks.map((p) => el('li', {}, el('a', { href: `/reports/${p.id}/` }, p.label))));
	const nodes: Node[] = [el('p', {}, `你已选择 ${picks.length} 份报告：`), list];
	if (picks.length >= MIN_PICKS) nodes.push(el('p', {}, el('a', { href: compareReportsUrl(picks.map((p) => p.id)) }, '并排对比已选的报告')));
	return nodes;
}

function cell(report: ReportParts, parts: ReportParts['parts']): HTMLElement {
	const td = el('td');
	if (parts.length === 0) {
		td.append(el('p', { className: 'muted' }, '未找到该部分'));
		return td;
	}
	for (const part of parts) {
		const head = el('p', { className: 'compare-part-head' }, el('a', { href: `${report.url}#${encodeURIComponent(part.anchor)}` }, part.heading ?? SECTION_LABELS[part.type]));
		td.append(head, ...part.text.split('\n').filter(Boolean).map((line) => el('p', {}, line)));
	}
	return td;
}

function table(reports: ReportParts[]): HTMLElement {
	const ids = reports.map((r) => r.id);
	const heads = reports.map((r) => {
		const without = ids.filter((id) => id !== r.id);
		return el(
			'th',
			{ scope: 'col' },
			el('a', { href: r.url }, shortName(r)),
			el('span', { className: 'compare-title' }, r.title),
			el('a', { href: compareReportsUrl(without), className: 'compare-remove' }, '移出', el('span', { className: 'visually-hidden' }, shortName(r))),
		);
	});
	const body = compareRows(reports).map((row) =>
		el('tr', {}, el('th', { scope: 'row' }, SECTION_LABELS[row.type]), ...row.cells.map((parts, i) => cell(reports[i]!, parts))),
	);
	return el(
		'div',
		{ className: 'table-scroll compare-scroll', role: 'region', tabindex: '0', 'aria-label': '并排对比' },
		el(
			'table',
			{ className: 'compare-reports', style: `--compare-columns: ${reports.length}` },
			el('caption', { className: 'visually-hidden' }, `${comparedNames(reports)}：各部分并排对比`),
			el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '部分'), ...heads)),
			el('tbody', {}, ...body),
		),
	);
}

export async function startComparePage(root: HTMLElement): Promise<void> {
	const done = (...nodes: Node[]) => {
		root.replaceChildren(...nodes);
		root.dataset.status = 'done';
		root.removeAttribute('aria-busy');
	};
	const ids = idsInQuery(location.search);
	const problem = selectionProblem(ids);
	if (problem) return done(message(problemMessage(problem), ...picksHint()));
	let loaded: Array<ReportParts | null>;
	try {
		loaded = await Promise.all(ids.map(fetchParts));
	} catch (error) {
		console.warn(error);
		return done(message('报告数据暂时无法载入，请刷新页面重试。'));
	}
	const reports = loaded.filter((r): r is ReportParts => r !== null);
	const unknown = ids.filter((_, i) => loaded[i] === null);
	const notes = unknown.length ? [message(unknownMessage(unknown))] : [];
	if (reports.length < MIN_PICKS) {
		const fewer = selectionProblem(reports.map((r) => r.id));
		return done(...notes, message(fewer ? problemMessage(fewer) : '', ...picksHint()));
	}
	document.title = `对比：${comparedNames(reports)} | 法治政府建设年度报告库`;
	savePicks(reports.map((r): Pick => ({ id: r.id, label: shortName(r) })));
	done(...notes, el('p', { className: 'compare-scroll-hint muted small' }, '表格较宽，可左右滑动查看其他报告。'), table(reports));
}
