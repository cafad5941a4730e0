/**
 * The tests' independent answer to "which reports contain this string": plain substring
 * search over each report's published units (src/search/units.ts), no index involved.
 */
import { parseFolder, type Report } from '../../src/report/index.ts';
import { searchChars } from '../../src/search/codec.ts';
import { findAll, queryChars } from '../../src/search/query.ts';
import { reportUnits, type Unit } from '../../src/search/units.ts';

export interface OracleReport {
	report: Report;
	units: Array<Unit & { chars: string[] }>;
}

export async function loadOracle(folder = process.env.REPORTS_DIR || 'seeds'): Promise<OracleReport[]> {
	const reports = await parseFolder(folder);
	return reports.map((report) => ({ report, units: reportUnits(report).map((u) => ({ ...u, chars: searchChars(u.text) })) }));
}

/** Occurrences of `q` per unit of one report. */
export function occurrences(r: OracleReport, q: string): Array<{ unit: Unit; count: number }> {
	const needle = queryChars(q);
	return r.units.map((unit) => ({ unit, count: findAll(unit.chars, needle).length })).filter((x) => x.count > 0);
}

/** Ids of the reports whose published text contains `q`, optionally only in units passing `where`. */
export function expectedIds(oracle: OracleReport[], q: string, where: (r: OracleReport, u: Unit) => boolean = () => true): string[] {
	return oracle
		.filter((r) => occurrences(r, q).some((o) => where(r, o.unit)))
		.map((r) => r.report.id)
		.sort();
}
