/**
 * The report table of an index part (src/search/shared/table.ts), on real Pagefind bundles of the
 * seeds: every row is keyed by the hash Pagefind gave that report's page, and the browser's
 * reader (src/search/browser/library-table.ts) gets back each report's place, year and section runs, telling
 * apart hashes that two parts share.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseFolder } from '../../src/report/index.ts';
import { writeRecords } from '../../src/search/node/indexer.ts';
import { writeManifest } from '../../src/search/node/manifest.ts';
import { META_KEY, decodeInfo } from '../../src/search/shared/meta.ts';
import { decodeContent } from '../../src/search/shared/codec.ts';
import { readFragment, readPartTable, writePartTable } from '../../src/search/node/part-table.ts';
import { MANIFEST_FILE, PARTS_DIR, type PartsManifest } from '../../src/search/shared/parts.ts';
import { reportEntry, type RecordEntry } from '../../src/search/node/records.ts';
import { LIBRARY_TABLE_FILE, decodeRow, encodeTable, mergeTables, scopeAt, tableHashes } from '../../src/search/shared/table.ts';
import { loadTables } from '../../src/search/browser/library-table.ts';
import type { PagefindResult } from '../../src/search/browser/engine.ts';

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
		const hashes = tableHashes(table);
		expect(hashes).toHaveLength(reports.length);
		expect([...hashes].sort()).toEqual(hashes);
		// The names Pagefind gave, from its own file names: the table's steps decode to them.
		expect(hashes).toEqual(readdirSync(join(bundle, 'fragment')).map((f) => f.replace(/\.pf_fragment$/, '')).sort());
		hashes.forEach((hash, i) => {
			const fragment = readFragment(bundle, hash);
			const id = decodeInfo(fragment.meta[META_KEY]!).id;
			expect(fragment.url).toBe(`/reports/${id}/`);
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
		expect(Object.keys(manifest.collisions).sort()).toEqual(tableHashes(table));
		const read = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as PartsManifest;
		expect(read).toEqual(manifest);
		vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(join(dir, url.replace(/^\/pagefind\//, '')))));
		try {
			const tables = await loadTables('/pagefind/', Promise.resolve(manifest));
			const hash = tableHashes(table)[0]!;
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

	it('reads back every hash shape, unknown place levels and namesakes from the compact encoding', () => {
		const facts = (place: [string, string, string], year: number, runs: Array<string | number>) => ({ place, year, runs });
		const entries = [
			{ hash: 'und_00000ff', facts: facts(['山东省', '市中区（枣庄市）~370402', '某镇~370402001'], 2023, ['measures', 40, 'plans', 95]) },
			{ hash: 'und_fffffff', facts: facts(['山东省', '市中区（济南市）~370103', '某镇~370103002'], 2024, ['other', 3]) },
			// A longer hash (Pagefind lengthens one that would collide) and a missing township.
			{ hash: 'und_0000100a', facts: facts(['四川省', '市中区（乐山市）~511102', ''], 2022, ['measures', 10]) },
			{ hash: 'und_0000100', facts: facts(['', '', ''], 2021, []) },
			{ hash: 'und_1234567', facts: facts(['山东省', '市中区（枣庄市）~370402', '某镇~370402001'], 2022, ['problems', 7, 'measures', 8, 'problems', 30]) },
		];
		const table = encodeTable(entries);
		const sorted = [...entries].sort((a, b) => (a.hash < b.hash ? -1 : 1));
		expect(tableHashes(table)).toEqual(sorted.map((e) => e.hash));
		// Names are written once however many rows use them.
		expect(table.names.filter((n) => n === '山东省')).toHaveLength(1);
		sorted.forEach((e, i) => {
			const row = decodeRow(table, table.rows[i]!);
			expect(row.place, e.hash).toEqual(e.facts.place);
			expect(row.year, e.hash).toBe(e.facts.year);
			expect(row.runs.flat(), e.hash).toEqual(e.facts.runs);
		});
		// Hashes under another prefix, or none, are kept whole.
		const mixed = encodeTable([entries[0]!, { ...entries[1]!, hash: 'en_abcdef0' }]);
		expect(tableHashes(mixed)).toEqual(['en_abcdef0', 'und_00000ff']);
	});

	it('merges part tables into one library table that writes each name once and reads back every row', () => {
		const zz = ['山东省', '市中区（枣庄市）~370402', ''] as const;
		const a = encodeTable([
			{ hash: 'und_0000001', facts: { place: [zz[0], zz[1], '乙镇~370402002'], year: 2023, runs: ['measures', 5] } },
			{ hash: 'und_0000002', facts: { place: [zz[0], zz[1], '甲镇~370402001'], year: 2024, runs: ['plans', 9, 'other', 12] } },
		]);
		const b = encodeTable([
			{ hash: 'und_0000003', facts: { place: [zz[0], zz[1], '丙镇~370402003'], year: 2022, runs: ['other', 4, 'measures', 6] } },
			{ hash: 'und_0000004', facts: { place: ['', '', ''], year: 2021, runs: [] } },
		]);
		const library = mergeTables([['main-1', a], ['main-2', b]]);
		expect(library.parts.map((p) => p.part)).toEqual(['main-1', 'main-2']);
		expect(library.names.filter((n) => n === zz[1])).toHaveLength(1);
		// Townships in division-code order, after their county's code.
		expect(library.names.filter((n) => n.includes('镇'))).toEqual(['甲镇~370402001', '乙镇~370402002', '丙镇~370402003']);
		[a, b].forEach((own, p) => {
			const merged = library.parts[p]!;
			expect(tableHashes(merged)).toEqual(tableHashes(own));
			own.rows.forEach((row, i) => expect(decodeRow(library, merged.rows[i]!)).toEqual(decodeRow(own, row)));
		});
	});

	it('refuses a library table of other parts than the manifest', async () => {
		const manifest = writeManifest(dir);
		vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(join(dir, url.replace(/^\/pagefind\//, '')))));
		try {
			expect(readdirSync(dir)).toContain(LIBRARY_TABLE_FILE);
			await expect(loadTables('/pagefind/', Promise.resolve({ ...manifest, parts: ['main-1'] }))).rejects.toThrow(/other parts \(main-1,main-2\) than the manifest \(main-1\): rebuild the site/);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
