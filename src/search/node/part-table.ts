/**
 * Writes an index part's report table (shared/table.ts) after Pagefind has written the part: the
 * table is keyed by the page hashes Pagefind chose, which are read back from its fragment
 * files (each names its record's URL). The same pass stores each fragment's content as text
 * (shared/codec.ts textContent). Node only.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PAGEFIND_SIGNATURE, pagefindPayload } from './chunks.ts';
import { textContent } from '../shared/codec.ts';
import type { RecordEntry } from './records.ts';
import { TABLE_FILE, encodeTable, type PartTable } from '../shared/table.ts';

interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
}

/** Reads a Pagefind fragment (JSON). */
function readPagefindJson(path: string): Fragment {
	return JSON.parse(new TextDecoder().decode(pagefindPayload(path)));
}

/**
 * Record URL → Pagefind page hash, from the fragment files of `bundle`; in the same pass each
 * fragment's content is rewritten as text, framed as Pagefind frames it.
 */
function hashesStoringText(bundle: string): Map<string, string> {
	const dir = join(bundle, 'fragment');
	const hashes = new Map<string, string>();
	for (const file of readdirSync(dir)) {
		if (!file.endsWith('.pf_fragment')) continue;
		const fragment = readPagefindJson(join(dir, file));
		hashes.set(fragment.url, file.slice(0, -'.pf_fragment'.length));
		const text = textContent(fragment.content);
		if (text !== fragment.content) writeFileSync(join(dir, file), gzipSync(PAGEFIND_SIGNATURE + JSON.stringify({ ...fragment, content: text }), { level: 9 }));
	}
	return hashes;
}

/** The fragment of page `hash` in `bundle` (its URL, content and meta). */
export function readFragment(bundle: string, hash: string): Fragment {
	return readPagefindJson(join(bundle, 'fragment', `${hash}.pf_fragment`));
}

/** What a part's table reads of a record: its URL (to find its page hash) and its facts. */
export interface TableEntry {
	record: Pick<RecordEntry['record'], 'url'>;
	facts: RecordEntry['facts'];
}

export function writePartTable(bundle: string, entries: TableEntry[]): PartTable {
	const hashes = hashesStoringText(bundle);
	const missing = entries.filter((e) => !hashes.has(e.record.url)).map((e) => e.record.url);
	if (missing.length) throw new Error(`Pagefind wrote no page for ${missing.length} record(s) in ${bundle}: ${missing.slice(0, 5).join(', ')}`);
	const table = encodeTable(entries.map((e) => ({ hash: hashes.get(e.record.url)!, facts: e.facts })));
	writeFileSync(join(bundle, TABLE_FILE), gzipSync(JSON.stringify(table), { level: 9 }));
	return table;
}

export function readPartTable(bundle: string): PartTable {
	return JSON.parse(gunzipSync(readFileSync(join(bundle, TABLE_FILE))).toString('utf8')) as PartTable;
}
