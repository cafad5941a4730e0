/**
 * The independent answer to "which reports match this query", for the browser tests and the
 * bench: plain substring tests over each report's text AS ITS BUILT PAGE SHOWS IT (the
 * elements the page marks `data-pb`, read with linkedom), no index and none of the search or
 * published-text code (its folding and query parser are written again here, as small as they
 * can be). The parsed reports only supply facts (id, region, year) for facets and titles.
 *
 * The query language (src/search/shared/query.ts, restated): whitespace separates terms,
 * every term must occur; "…" or “…” is one term; a leading - excludes; each term is compared
 * with whitespace removed, case ignored and full-width ASCII forms read as half-width.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseFolder, type Report } from '../../src/report/index.ts';

/** One block of report text on the page: where it is, which part it counts for, what it says. */
export interface OracleUnit {
	/** Id of the block, or of the nearest element around it with one (`title` for the header). */
	anchor: string;
	/** Part type (`measures`…) of the section it sits in; `front` before the first part, `closing` after. */
	scope: string;
	/** Its text as shown, page furniture (permalinks, buttons, type badges) left out. */
	text: string;
	/** The text as compared (`plain`). */
	compared: string;
	/** The same, one entry per character (made when asked: at 40,000 reports an array a unit held ~10 GB). */
	readonly chars: string[];
}

export interface OracleReport {
	report: Report;
	units: OracleUnit[];
}

/** Furniture inside report-text elements: not report text, not indexed. */
export const FURNITURE = '.para-tools, .head-tools, .badge, button';

/**
 * The report's `<article>`: every block of report text is inside it, and the page around it
 * (header, navigation, panels) is over half of the page, which linkedom would parse for
 * nothing (at 40,000 pages the whole pages took half an hour). The whole page if it has none.
 */
function articleOf(html: string): string {
	const start = html.indexOf('<article');
	const end = html.lastIndexOf('</article>');
	return start >= 0 && end > start ? html.slice(start, end + '</article>'.length) : html;
}

/** The blocks of report text on one built report page, in page order. */
export function pageUnits(html: string): OracleUnit[] {
	const { document } = parseHTML(articleOf(html));
	const units: OracleUnit[] = [];
	let inParts = false;
	for (const el of document.querySelectorAll('[data-pb]')) {
		const copy = el.cloneNode(true) as Element;
		copy.querySelectorAll(FURNITURE).forEach((n) => n.remove());
		const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
		// A group's heading sits above its parts and counts for the first of them.
		const part = el.closest('[data-type]') ?? el.closest('.group')?.querySelector('[data-type]');
		if (part) inParts = true;
		// The header's fields (a list under the title) all land on the title.
		const anchor = el.closest('dl') ? 'title' : el.id || el.parentElement?.closest('[id]')?.id || 'title';
		const scope = part?.getAttribute('data-type') ?? (inParts ? 'closing' : 'front');
		if (/\S/u.test(text)) units.push(oracleUnit(anchor, scope, text));
	}
	return units;
}

function oracleUnit(anchor: string, scope: string, text: string): OracleUnit {
	const compared = plain(text);
	return {
		anchor,
		scope,
		text,
		compared,
		get chars() {
			return [...compared];
		},
	};
}

/** Each report with the units of its page in `dist` (`/reports/<id>/`). */
export function oracleReports(dist: string, reports: Report[]): OracleReport[] {
	return reports.map((report) => ({ report, units: pageUnits(readFileSync(join(dist, 'reports', report.id, 'index.html'), 'utf8')) }));
}

/** The oracle of a built site: the reports of `folder`, their text read from the pages in `dist`. */
export async function loadOracle(dist: string, folder = 'seeds'): Promise<OracleReport[]> {
	return oracleReports(dist, await parseFolder(folder));
}

/** Text as compared: full-width ASCII forms to half-width, whitespace dropped, lowercase. */
export function plain(text: string): string {
	return text
		.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/[\s\u200B\uFEFF]/gu, '')
		.toLowerCase();
}

export interface OracleQuery {
	include: string[];
	exclude: string[];
}

/** Terms of a query, as plain strings. */
export function oracleQuery(q: string): OracleQuery {
	const syntax = q.replace(/＂/g, '"').replace(/－/g, '-');
	const out: OracleQuery = { include: [], exclude: [] };
	for (const m of syntax.matchAll(/(-?)(?:["“]([^"”]*)["”]?|(\S+))/gu)) {
		const term = plain(m[2] ?? m[3] ?? '');
		if (term) (m[1] ? out.exclude : out.include).push(term);
	}
	return out;
}

/** Non-overlapping occurrences, left to right. */
const countIn = (hay: string, needle: string) => hay.split(needle).length - 1;

/** Occurrences of the query's included terms per unit of one report (units with none left out). */
export function occurrences(r: OracleReport, q: string): Array<{ unit: OracleUnit; count: number }> {
	const { include } = oracleQuery(q);
	return r.units
		.map((unit) => ({ unit, count: include.reduce((n, t) => n + countIn(unit.compared, t), 0) }))
		.filter((x) => x.count > 0);
}

/** Anchors of the units holding the query's first term: where a result may land. */
export function firstTermAnchors(r: OracleReport, q: string): string[] {
	const [first] = oracleQuery(q).include;
	return first ? r.units.filter((u) => u.compared.includes(first)).map((u) => u.anchor) : [];
}

/** True when the report's units passing `where` hold every included term and no excluded one. */
export function matches(r: OracleReport, q: string, where: (r: OracleReport, u: OracleUnit) => boolean = () => true): boolean {
	const { include, exclude } = oracleQuery(q);
	const texts = r.units.filter((u) => where(r, u)).map((u) => u.compared);
	const holds = (t: string) => texts.some((text) => text.includes(t));
	return include.length > 0 && include.every(holds) && !exclude.some(holds);
}

/** Ids of the reports matching `q`, optionally within the units passing `where` (a chosen section). */
export function expectedIds(oracle: OracleReport[], q: string, where: (r: OracleReport, u: OracleUnit) => boolean = () => true): string[] {
	return oracle
		.filter((r) => matches(r, q, where))
		.map((r) => r.report.id)
		.sort();
}
