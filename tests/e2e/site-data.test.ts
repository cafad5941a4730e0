/** Bulk data and source text of the built site agree with what the parser reads from seeds/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFolder } from '../../src/report/index.ts';
import type { Section } from '../../src/report/schema.ts';
import { gunzipSync } from 'node:zlib';
import { readCsv } from '../fixtures/csv.ts';
import { builtReports, DIST, downloads, insightFiles, sitePaths } from '../fixtures/site/dist.ts';

const paragraphsOf = (s: Section) => [...s.paragraphs, ...s.children.flatMap((c) => [...c.paragraphs, ...c.children.flatMap((l) => l.paragraphs)])];

describe('bulk data', () => {
	it('the per-year JSON downloads are exactly what the parser makes of seeds/, each year in its own file', async () => {
		const parsed = await parseFolder('seeds');
		const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
		expect([...builtReports()].sort(byId)).toEqual([...parsed].sort(byId));
		for (const f of downloads().filter((d) => d.format === 'json')) {
			const years = JSON.parse(gunzipSync(readFileSync(join(DIST, 'data', f.name))).toString('utf8')).map((r: { reportYear: number }) => r.reportYear);
			expect(new Set(years), f.name).toEqual(new Set([f.year]));
		}
	});

	it('offers each year as gzip JSON and plain CSV holding the same reports, and the listed sizes are the files’ sizes', () => {
		const files = downloads();
		for (const f of files) expect(readFileSync(join(DIST, 'data', f.name)).length, f.name).toBe(f.bytes);
		const yearly = files.filter((f) => f.year !== null);
		expect(yearly.length).toBeGreaterThan(0);
		for (const f of yearly) expect(f.gzip, f.name).toBe(f.format === 'json');
		for (const year of new Set(yearly.map((f) => f.year))) {
			const mine = yearly.filter((f) => f.year === year);
			const json = mine.filter((f) => f.format === 'json').flatMap((f) => (JSON.parse(gunzipSync(readFileSync(join(DIST, 'data', f.name))).toString('utf8')) as Array<{ id: string }>).map((r) => r.id));
			const csv = mine.filter((f) => f.format === 'csv').flatMap((f) => readCsv(readFileSync(join(DIST, 'data', f.name), 'utf8')).slice(1).map((row) => row[0]!));
			expect(new Set(csv), String(year)).toEqual(new Set(json));
		}
	});

	it('the per-year CSV downloads have one row per section with its region, year, type, heading and text', () => {
		const csvs = downloads().filter((f) => f.format === 'csv' && !f.gzip && f.year !== null);
		const raws = csvs.map((f) => readFileSync(join(DIST, 'data', f.name), 'utf8'));
		for (const raw of raws) expect(raw.startsWith('\uFEFF')).toBe(true);
		const tables = raws.map((raw) => readCsv(raw));
		const header = tables[0]![0];
		for (const t of tables) expect(t[0]).toEqual(header);
		const rows = tables.flatMap((t) => t.slice(1));
		expect(header).toEqual(['report_id', 'province', 'city', 'county', 'township', 'region_code', 'year', 'type', 'heading', 'text']);
		const reports = builtReports();
		expect(rows.length).toBe(reports.reduce((n, r) => n + r.sections.length, 0));
		for (const r of reports) {
			const mine = rows.filter((row) => row[0] === r.id);
			expect(mine.map((row) => row[7])).toEqual(r.sections.map((s) => s.type));
			r.sections.forEach((s, i) => {
				const row = mine[i]!;
				expect(row.slice(1, 7)).toEqual([r.region.province ?? '', r.region.city ?? '', r.region.county ?? '', r.region.township ?? '', r.region.code ?? '', String(r.reportYear)]);
				expect(row[8]).toBe(s.heading ?? '');
				for (const p of paragraphsOf(s)) expect(row[9]).toContain(p.text);
				expect(row).toHaveLength(10);
			});
		}
	});

	it('the report list (reports-index.csv) has one row per report with its place, year, title, parts, page and provenance', () => {
		const lists = downloads().filter((f) => f.year === null);
		expect(lists.map((f) => f.name)).toEqual(['reports-index.csv']);
		const raw = readFileSync(join(DIST, 'data', lists[0]!.name), 'utf8');
		expect(raw.startsWith('\uFEFF')).toBe(true);
		const [header, ...rows] = readCsv(raw);
		expect(header).toEqual(['report_id', 'province', 'city', 'county', 'township', 'region_code', 'year', 'title', 'parts', 'url', 'source_file', 'source_format', 'source_url', 'source_retrieved', 'source_sha256']);
		const reports = builtReports();
		expect(rows.map((row) => row[0]).sort()).toEqual(reports.map((r) => r.id).sort());
		for (const r of reports) {
			const row = rows.find((x) => x[0] === r.id)!;
			expect(row.slice(1, 7)).toEqual([r.region.province ?? '', r.region.city ?? '', r.region.county ?? '', r.region.township ?? '', r.region.code ?? '', String(r.reportYear)]);
			expect(row[7]).toBe(r.title);
			expect(row[8]).toBe(r.sections.map((s) => s.type).join(';'));
			expect(existsSync(join(DIST, row[9]!, 'index.html')), row[9]).toBe(true);
			expect(row.slice(10)).toEqual([r.source.file, r.source.format, r.source.url ?? '', r.source.retrieved ?? '', r.source.sha256]);
		}
	});

	it('the downloads page explains every column of both CSV tables, each under its own table', () => {
		const data = readFileSync(join(DIST, 'data/index.html'), 'utf8');
		const perYear = data.slice(data.indexOf('id="csv-columns"'), data.indexOf('id="index-columns"'));
		const list = data.slice(data.indexOf('id="index-columns"'));
		expect(perYear.length).toBeGreaterThan(0);
		for (const f of downloads().filter((d) => d.format === 'csv')) {
			const [header] = readCsv(readFileSync(join(DIST, 'data', f.name), 'utf8'));
			const explained = f.year === null ? list : perYear;
			for (const column of header!) expect(explained, `${f.name}: ${column}`).toMatch(new RegExp(`<dt[^>]*><code[^>]*>${column}</code></dt>`));
		}
	});


	it('each report links its cleaned source text, served as published', () => {
		for (const r of builtReports()) {
			const page = readFileSync(join(DIST, 'reports', r.id, 'index.html'), 'utf8');
			expect(page).toContain(`href="/reports/${r.id}/text.txt"`);
			const text = readFileSync(join(DIST, 'reports', r.id, 'text.txt'), 'utf8');
			expect(text.startsWith('\uFEFF'), 'text.txt starts with a UTF-8 BOM').toBe(true);
			expect(text.slice(1).trimEnd()).toBe(r.text.trimEnd());
		}
	});

	it('each report offers its original file, byte for byte, unless the file holds a personal number', () => {
		const withheld: string[] = [];
		for (const r of builtReports()) {
			const page = readFileSync(join(DIST, 'reports', r.id, 'index.html'), 'utf8');
			const original = readFileSync(join('seeds', r.source.file));
			// Plain test over the file as filed (the seeds are GB18030 or UTF-8 text): a mainland mobile number.
			const personal = [new TextDecoder('gb18030'), new TextDecoder('utf-8')].some((d) => /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/.test(d.decode(original)));
			if (personal) {
				withheld.push(r.id);
				expect(page, r.id).not.toContain(`/reports/${r.id}/original.`);
				expect(page, r.id).toContain('原始文件含个人信息');
				expect(existsSync(join(DIST, 'reports', r.id, 'original.txt')), r.id).toBe(false);
			} else {
				expect(page).toContain(`href="/reports/${r.id}/original.txt"`);
				expect(readFileSync(join(DIST, 'reports', r.id, 'original.txt')).equals(original)).toBe(true);
			}
		}
		expect(withheld.length, 'a seed with a personal mobile number').toBeGreaterThan(0);
	});

	it('publishes no personal number anywhere: no file of the site, plain or gzip, holds one of the seeds’ numbers', () => {
		const numbers = new Set<string>();
		for (const file of readdirSync('seeds')) {
			const bytes = readFileSync(join('seeds', file));
			for (const d of [new TextDecoder('gb18030'), new TextDecoder('utf-8')]) for (const m of d.decode(bytes).matchAll(/(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g)) numbers.add(m[0]);
		}
		expect(numbers.size).toBeGreaterThan(0);
		const leaks: string[] = [];
		for (const path of sitePaths()) {
			const bytes = readFileSync(join(DIST, path));
			const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
			for (const n of numbers) if (text.includes(n)) leaks.push(`${path}: ${n}`);
		}
		expect(leaks).toEqual([]);
	});

	it('the home page links the downloads page, which links every file', () => {
		const home = readFileSync(join(DIST, 'index.html'), 'utf8');
		expect(home).toContain('href="/data/"');
		const data = readFileSync(join(DIST, 'data/index.html'), 'utf8');
		for (const f of downloads()) expect(data, f.name).toContain(`href="/data/${f.name}"`);
	});

	it('the insight downloads are listed, linked, under 50 MB, and each year’s file holds that year’s reports only', () => {
		const files = insightFiles();
		const data = readFileSync(join(DIST, 'data/index.html'), 'utf8');
		const year = new Map(builtReports().map((r) => [r.id, r.reportYear]));
		expect(new Set(files.map((f) => f.dataset))).toEqual(new Set(['laws', 'figures', 'figures-csv', 'figures-table', 'similar']));
		for (const f of files) {
			const bytes = readFileSync(join(DIST, 'data', f.name));
			expect(bytes.length, f.name).toBeLessThan(50 * 1024 * 1024);
			expect(data, f.name).toContain(`href="/data/${f.name}"`);
			expect(f.name.endsWith('.gz'), f.name).toBe(f.gzip);
			const text = (f.gzip ? gunzipSync(bytes) : bytes).toString('utf8');
			// JSON names each report's id; a CSV row holds it in its first column.
			const found = /\.csv(\.gz)?$/.test(f.name) ? readCsv(text).slice(1).map((row) => row[0]!) : [...text.matchAll(/"reportId":"([^"]+)"/g)].map((m) => m[1]!);
			const ids = new Set(found.filter((id) => year.has(id)));
			if (f.year === null) continue;
			expect(ids.size, f.name).toBeGreaterThan(0);
			for (const id of ids) expect(year.get(id), `${id} in ${f.name}`).toBe(f.year);
		}
	});
});
