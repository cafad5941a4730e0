/**
 * The tests' independent answer to "which reports match this query": plain substring tests
 * over each report's published units (src/search/units.ts), no index and none of the search
 * code (its folding and query parser are written again here, as small as they can be).
 *
 * The query language (src/search/shared/query.ts, restated): whitespace separates terms,
 * every term must occur; "…" or “…” is one term; a leading - excludes; each term is compared
 * with whitespace removed, case ignored and full-width ASCII forms read as half-width.
 */
import { parseFolder, type Report } from '../../src/report/index.ts';
import { reportUnits, type Unit } from '../../src/search/units.ts';

export interface OracleReport {
	report: Report;
	/** Units with their text as compared (`chars`: one entry per character). */
	units: Array<Unit & { chars: string[] }>;
}

/** Text as compared: full-width ASCII forms to half-width, whitespace dropped, lowercase. */
export function plain(text: string): string {
	return text
		.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/[\s\u200B\uFEFF]/gu, '')
		.toLowerCase();
}

export function oracleReports(reports: Report[]): OracleReport[] {
	return reports.map((report) => ({ report, units: reportUnits(report).map((u) => ({ ...u, chars: [...plain(u.text)] })) }));
}

export async function loadOracle(folder = process.env.REPORTS_DIR || 'seeds'): Promise<OracleReport[]> {
	return oracleReports(await parseFolder(folder));
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
export function occurrences(r: OracleReport, q: string): Array<{ unit: Unit; count: number }> {
	const { include } = oracleQuery(q);
	return r.units
		.map((unit) => ({ unit, count: include.reduce((n, t) => n + countIn(unit.chars.join(''), t), 0) }))
		.filter((x) => x.count > 0);
}

/** Anchors of the units holding the query's first term: where a result may land. */
export function firstTermAnchors(r: OracleReport, q: string): string[] {
	const [first] = oracleQuery(q).include;
	return first ? r.units.filter((u) => u.chars.join('').includes(first)).map((u) => u.anchor) : [];
}

/** True when the report's units passing `where` hold every included term and no excluded one. */
export function matches(r: OracleReport, q: string, where: (r: OracleReport, u: Unit) => boolean = () => true): boolean {
	const { include, exclude } = oracleQuery(q);
	const texts = r.units.filter((u) => where(r, u)).map((u) => u.chars.join(''));
	const holds = (t: string) => texts.some((text) => text.includes(t));
	return include.length > 0 && include.every(holds) && !exclude.some(holds);
}

/** Ids of the reports matching `q`, optionally within the units passing `where` (a chosen section). */
export function expectedIds(oracle: OracleReport[], q: string, where: (r: OracleReport, u: Unit) => boolean = () => true): string[] {
	return oracle
		.filter((r) => matches(r, q, where))
		.map((r) => r.report.id)
		.sort();
}
