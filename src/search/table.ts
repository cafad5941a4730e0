/**
 * The report table of an index part: per Pagefind record, its place, year and which token
 * positions lie in which kind of section. The search page reads it once per part and works
 * out facet counts, year order and section counts from the result ids and match positions,
 * so Pagefind needs no filter files, no per-facet or per-year searches and no second,
 * per-section index. Written by the indexer (Node) next to each part's Pagefind files;
 * read by the browser (client/table.ts). Shared code: no Node imports here.
 */

/** File name inside each part folder; gzip-compressed JSON, as Pagefind's own files are. */
export const TABLE_FILE = 'reports.pf_table';

/** What the table says of one report (records.ts works it out with the record). */
export interface TableFacts {
	/** Facet values [province, county, township] ('' when unknown), as `reportFacets` gives them. */
	place: [string, string, string];
	/** Year reported on. */
	year: number;
	/** Token positions by scope: [scope, end, scope, end…]; a run holds the positions before its end. */
	runs: Array<string | number>;
}

/** The file's content: rows share their place and scope names through lookup lists. */
export interface PartTable {
	/** Format version; the browser refuses others. */
	v: 1;
	/** Pagefind page hashes (result ids), one per row, sorted. */
	hashes: string[];
	/** Distinct [province, county, township] facet values. */
	places: Array<[string, string, string]>;
	/** Distinct scope names. */
	scopes: string[];
	/** Per row: [place index, year, scope index, end, scope index, end…]. */
	rows: number[][];
}

export const TABLE_VERSION = 1;

/** The table of `entries`, each with the Pagefind hash its record got. */
export function encodeTable(entries: Array<{ hash: string; facts: TableFacts }>): PartTable {
	const places: PartTable['places'] = [];
	const placeIndex = new Map<string, number>();
	const scopes: string[] = [];
	const scopeIndex = new Map<string, number>();
	const indexOf = <T>(list: T[], index: Map<string, number>, value: T) => {
		const key = JSON.stringify(value);
		let i = index.get(key);
		if (i === undefined) index.set(key, (i = list.push(value) - 1));
		return i;
	};
	const sorted = [...entries].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
	const rows = sorted.map(({ facts }) => [
		indexOf(places, placeIndex, facts.place),
		facts.year,
		...facts.runs.map((x) => (typeof x === 'string' ? indexOf(scopes, scopeIndex, x) : x)),
	]);
	return { v: TABLE_VERSION, hashes: sorted.map((e) => e.hash), places, scopes, rows };
}

/** One row read back: what the browser uses. */
export interface TableRow {
	place: [string, string, string];
	year: number;
	/** [scope, end] pairs, in position order. */
	runs: Array<[scope: string, end: number]>;
}

export function decodeRow(table: PartTable, row: number[]): TableRow {
	const runs: TableRow['runs'] = [];
	for (let i = 2; i + 1 < row.length; i += 2) runs.push([table.scopes[row[i]!]!, row[i + 1]!]);
	return { place: table.places[row[0]!]!, year: row[1]!, runs };
}

/** The scope of token position `position` (runs in order), or undefined past the end. */
export function scopeAt(runs: TableRow['runs'], position: number): string | undefined {
	for (const [scope, end] of runs) if (position < end) return scope;
	return undefined;
}
