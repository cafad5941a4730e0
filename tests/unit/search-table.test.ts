/**
 * The report table of an index part (src/search/table.ts), on real Pagefind bundles of the
 * seeds: every row is keyed by the hash Pagefind gave that report's page, and the browser's
 * reader (client/table.ts) gets back each report's place, year and section runs, telling
 * apart hashes that two parts share.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseFolder } from '../../src/report/index.ts';
import { writeRecords } from '../../src/search/indexer.ts';
import { writeManifest } from '../../src/search/manifest.ts';
import { META_KEY, decodeInfo } from '../../src/search/meta.ts';
import { decodeContent } from '../../src/search/codec.ts';
import { readFragment, readPartTable, writePartTable } from '../../src/search/part-table.ts';
import { MANIFEST_FILE, PARTS_DIR, type PartsManifest } from '../../src/search/parts.ts';
import { reportEntry, reportUrl, type RecordEntry } from '../../src/search/records.ts';
import { decodeRow, scopeAt } from '../../src/search/table.ts';
import { loadTables } from '../../src/search/client/table.ts';
import type { PagefindResult } from '../../src/search/client/engine.ts';

const reports = await parseFolder('seeds');
let dir: string;
let entries: RecordEntry[];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'fazhi-table-'));
	entries = reports.map((r) => reportEntry(r));
	const first = join(dir, PARTS_DIR, 'main-1');
	await writeRecords(entries.map((e) => e.record), first);
	writePartTable(first, entries);
	// A second part with the same records: Pagefind gives them the same hashes.
	cpSync(first, join(dir, PARTS_DIR, 'main-2'), { recursive: true });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report table', () => {
	it('has one row per report, under the hash of the page Pagefind wrote for it', () => {
		const bundle = join(dir, PARTS_DIR, 'main-1');
		const table = readPartTable(bundle);
		expect(table.hashes).toHaveLength(reports.length);
		expect([...table.hashes].sort()).toEqual(table.hashes);
		table.hashes.forEach((hash, i) => {
			const fragment = readFragment(bundle, hash);
			const id = decodeInfo(fragment.meta[META_KEY]!).id;
			expect(fragment.url).toBe(reportUrl(id));
			const entry = entries.find((e) => e.record.url === fragment.url)!;
			const facts = entry.facts;
			// The stored fragment holds the record's characters as text, not its index tokens.
			expect(fragment.content.length).toBeLessThan(entry.record.content.length / 3);
			expect(decodeContent(fragment.content)).toEqual(decodeContent(entry.record.content));
			const row = decodeRow(table, table.rows[i]!);
			expect(row.place).toEqual(facts.place);
			expect(row.year).toBe(facts.year);
			expect(row.runs.flat()).toEqual(facts.runs);
			// Every token position has a scope; none past the end.
			const end = facts.runs.at(-1) as number;
			expect(scopeAt(row.runs, 0)).toBe(facts.runs[0]);
			expect(scopeAt(row.runs, end - 1)).toBe(facts.runs.at(-2));
			expect(scopeAt(row.runs, end)).toBeUndefined();
		});
		expect(readdirSync(join(bundle, 'fragment')).filter((f) => f.endsWith('.pf_fragment'))).toHaveLength(reports.length);
	});

	it('lists hashes that parts share, and the browser tells their results apart by report id', async () => {
		const manifest = writeManifest(dir);
		expect(manifest.parts).toEqual(['main-1', 'main-2']);
		const table = readPartTable(join(dir, PARTS_DIR, 'main-1'));
		expect(Object.keys(manifest.collisions).sort()).toEqual(table.hashes);
		const read = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as PartsManifest;
		expect(read).toEqual(manifest);
		vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(join(dir, url.replace(/^\/pagefind\//, '')))));
		try {
			const tables = await loadTables('/pagefind/', manifest, PARTS_DIR);
			const hash = table.hashes[0]!;
			const fragment = readFragment(join(dir, PARTS_DIR, 'main-1'), hash);
			const result = { id: hash, score: 1, words: [], data: async () => ({ ...fragment, content: '' }) } satisfies PagefindResult;
			const key = await tables.keyOf(result);
			expect(key).not.toBe(hash);
			const id = decodeInfo(fragment.meta[META_KEY]!).id;
			const report = reports.find((r) => r.id === id)!;
			expect(tables.row(key)?.year).toBe(report.reportYear);
			// Each report counted once per part in the facet lists.
			expect(Object.values(tables.values.year).reduce((a, b) => a + b, 0)).toBe(2 * reports.length);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
