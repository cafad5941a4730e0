/**
 * The report table of an index part: per Pagefind record, its place, year and which token
 * positions lie in which kind of section. The search page works out facet counts, year order
 * and section counts from the result ids and match positions, so Pagefind needs no filter
 * files, no per-facet or per-year searches and no second, per-section index. The indexer
 * (Node) writes one next to each part's Pagefind files, whole in itself so shards can be
 * copied together; the manifest step merges them into one library table, each name written
 * once (a county's name was in every part: at 40,000 reports 321 KB of names against 176 KB
 * once), which the browser reads (browser/library-table.ts). Shared code: no Node imports here.
 */
import { placeKey } from './place-values.ts';

/** File name inside each part folder; gzip-compressed JSON, as Pagefind's own files are. */
export const TABLE_FILE = 'reports.pf_table';

/** The library table's file name, in the Pagefind folder beside the manifest; gzip-compressed JSON. */
export const LIBRARY_TABLE_FILE = 'reports.pf_tables';

/** What the table says of one report (node/records.ts works it out with the record). */
export interface TableFacts {
	/** Facet values [province, county, township] ('' when unknown), as `reportFacets` gives them. */
	place: [string, string, string];
	/** Year reported on. */
	year: number;
	/** Token positions by scope: [scope, end, scope, end…]; a run holds the positions before its end. */
	runs: Array<string | number>;
}

/**
 * The file's content, written for its gzip size (it is fetched for every part on a page's
 * first query): names once per part, small numbers, steps instead of running values.
 */
export interface PartTable {
	/** Format version; the browser refuses others. */
	v: 2;
	/** What every page hash starts with (Pagefind's language prefix, `und_`). */
	hashPrefix: string;
	/**
	 * Pagefind page hashes (result ids), one per row, sorted: a number is the step from the
	 * previous seven-hex-digit hash after the prefix; a string is a hash of another shape, whole.
	 */
	hashes: Array<number | string>;
	/** Distinct facet values of every place level. */
	names: string[];
	/** Distinct places: [province, county, township] as indices into `names`, -1 when unknown. */
	places: Array<[number, number, number]>;
	/** Distinct scope names. */
	scopes: string[];
	/** Per row: [place index, year, scope index, run length, scope index, run length…]. */
	rows: number[][];
}

export const TABLE_VERSION = 2;

/** Hashes Pagefind gives by default: seven hex digits after the prefix, the same width, so string order is number order. */
const HEX_HASH = /^[0-9a-f]{7}$/;

function hashPrefixOf(hashes: string[]): string {
	const at = hashes[0]?.indexOf('_') ?? -1;
	const prefix = at < 0 ? '' : hashes[0]!.slice(0, at + 1);
	return hashes.every((h) => h.startsWith(prefix)) ? prefix : '';
}

function encodeHashes(sorted: string[], prefix: string): PartTable['hashes'] {
	let previous = 0;
	return sorted.map((hash) => {
		const rest = hash.slice(prefix.length);
		if (!HEX_HASH.test(rest)) return hash;
		const value = Number.parseInt(rest, 16);
		const step = value - previous;
		previous = value;
		return step;
	});
}

/** The page hashes of a table, one per row, as Pagefind names them. */
export function tableHashes(table: Pick<PartTable, 'hashPrefix' | 'hashes'>): string[] {
	let previous = 0;
	return table.hashes.map((h) => {
		if (typeof h === 'string') return h;
		previous += h;
		return table.hashPrefix + previous.toString(16).padStart(7, '0');
	});
}

/** Puts each value in its list once: the index of a value, added at the end when new. */
function interner(): <T>(list: T[], kind: string, value: T) => number {
	const indices = new Map<string, number>();
	return (list, kind, value) => {
		const key = `${kind}\n${JSON.stringify(value)}`;
		let i = indices.get(key);
		if (i === undefined) indices.set(key, (i = list.push(value) - 1));
		return i;
	};
}

/** The table of `entries`, each with the Pagefind hash its record got. */
export function encodeTable(entries: Array<{ hash: string; facts: TableFacts }>): PartTable {
	const lists = { names: [] as string[], places: [] as PartTable['places'], scopes: [] as string[] };
	const indexOf = interner();
	const sorted = [...entries].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
	const rows = sorted.map(({ facts }) => {
		const place = facts.place.map((v) => (v ? indexOf(lists.names, 'name', v) : -1)) as [number, number, number];
		const row = [indexOf(lists.places, 'place', place), facts.year];
		let previous = 0;
		for (let i = 0; i + 1 < facts.runs.length; i += 2) {
			const end = facts.runs[i + 1] as number;
			row.push(indexOf(lists.scopes, 'scope', facts.runs[i] as string), end - previous);
			previous = end;
		}
		return row;
	});
	const hashes = sorted.map((e) => e.hash);
	const hashPrefix = hashPrefixOf(hashes);
	return { v: TABLE_VERSION, hashPrefix, hashes: encodeHashes(hashes, hashPrefix), ...lists, rows };
}

/** Names, places and scopes that rows point into: a part's own, or the library's. */
export type TableLists = Pick<PartTable, 'names' | 'places' | 'scopes'>;

/** Every part's table, sharing one set of lists; parts in manifest order. */
export interface LibraryTable extends TableLists {
	/** Format version; the browser refuses others. */
	v: 2;
	/** Per part: its name and its rows, which point into the library's lists. */
	parts: Array<{ part: string } & Pick<PartTable, 'hashPrefix' | 'hashes' | 'rows'>>;
}

/** One library table of the part tables: names, places and scopes each listed once, rows renumbered. */
export function mergeTables(tables: Array<[part: string, table: PartTable]>): LibraryTable {
	const lists: TableLists = { names: [], places: [], scopes: [] };
	const add = interner();
	const parts = tables.map(([part, table]) => {
		const name = table.names.map((n) => add(lists.names, 'name', n));
		const place = table.places.map((p) => add(lists.places, 'place', p.map((n) => (n < 0 ? -1 : name[n]!)) as [number, number, number]));
		const scope = table.scopes.map((s) => add(lists.scopes, 'scope', s));
		const rows = table.rows.map(([p, year, ...runs]) => [place[p!]!, year!, ...runs.map((x, i) => (i % 2 === 0 ? scope[x]! : x))]);
		return { part, hashPrefix: table.hashPrefix, hashes: table.hashes, rows };
	});
	// Names in division-code order, and places in their names' order, compress best (measured:
	// a county's townships and their codes side by side).
	const nameOrder = sortedOrder(lists.names, (a, b) => compare(placeKey(a), placeKey(b)) || compare(a, b));
	const names = renumber(nameOrder);
	const places = lists.places.map((p) => p.map((n) => (n < 0 ? -1 : names[n]!)) as [number, number, number]);
	const placeOrder = sortedOrder(places, (a, b) => a[2] - b[2] || a[1] - b[1] || a[0] - b[0]);
	const place = renumber(placeOrder);
	for (const { rows } of parts) for (const row of rows) row[0] = place[row[0]!]!;
	return { v: TABLE_VERSION, names: nameOrder.map((i) => lists.names[i]!), places: placeOrder.map((i) => places[i]!), scopes: lists.scopes, parts };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Indices of `list` in sorted order. */
const sortedOrder = <T>(list: T[], by: (a: T, b: T) => number) => list.map((_, i) => i).sort((a, b) => by(list[a]!, list[b]!));
/** Old index → new index, given the old indices in their new order. */
function renumber(order: number[]): number[] {
	const out: number[] = [];
	order.forEach((old, i) => (out[old] = i));
	return out;
}

/** One row read back: what the browser uses. */
export interface TableRow {
	place: [string, string, string];
	year: number;
	/** [scope, end] pairs, in position order. */
	runs: Array<[scope: string, end: number]>;
}

export function decodeRow(table: TableLists, row: number[]): TableRow {
	const runs: TableRow['runs'] = [];
	let end = 0;
	for (let i = 2; i + 1 < row.length; i += 2) runs.push([table.scopes[row[i]!]!, (end += row[i + 1]!)]);
	const place = table.places[row[0]!]!.map((n) => (n < 0 ? '' : table.names[n]!)) as TableRow['place'];
	return { place, year: row[1]!, runs };
}

/** The scope of token position `position` (runs in order), or undefined past the end. */
export function scopeAt(runs: TableRow['runs'], position: number): string | undefined {
	for (const [scope, end] of runs) if (position < end) return scope;
	return undefined;
}
