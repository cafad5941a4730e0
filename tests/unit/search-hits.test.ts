import { describe, expect, it } from 'vitest';
import { parseFolder } from '../../src/report/index.ts';
import { csvLines } from '../../src/utils/csv.ts';
import { CSV_HEADER, resultRows } from '../../src/search/browser/export.ts';
import { everyOccurrence, reportHit, type ReportHit } from '../../src/search/browser/hits.ts';
import { reportEntry } from '../../src/search/node/records.ts';
import { parseQuery } from '../../src/search/shared/index.ts';
import { publishedBlocks, searchableBlocks } from '../../src/report/published.ts';

const reports = await parseFolder('seeds');
/** Whitespace-free, lowercase unit text: the oracle's view, written without the search code. */
const flat = (text: string) => text.replace(/\s/g, '').toLowerCase();
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

describe('a result of several terms', () => {
	const q = '法律顾问 依法行政';
	const terms = parseQuery(q).include.map((t) => t.chars);

	it('counts every occurrence of every term, lands on the first term, and lists each in context', () => {
		let checked = 0;
		for (const report of reports) {
			const units = searchableBlocks(publishedBlocks(report));
			const expected = units.reduce((n, u) => n + count(flat(u.text), '法律顾问') + count(flat(u.text), '依法行政'), 0);
			if (expected === 0) continue;
			const record = reportEntry(report).record;
			const fragment = { url: record.url, content: record.content, meta: record.meta };
			const hit = reportHit(fragment, { terms, scope: null });
			expect(hit.count).toBe(expected);
			expect(hit.parts.reduce((n, p) => n + p.count, 0)).toBe(expected);
			const firstUnit = units.find((u) => flat(u.text).includes('法律顾问'));
			if (firstUnit) expect(hit.anchor).toBe(firstUnit.anchor);
			const all = everyOccurrence(fragment, { terms, scope: null });
			expect(all).toHaveLength(expected);
			// Each entry's marked text is one of the terms, in the text as the page shows it.
			for (const o of all) {
				const marked = o.excerpt.filter((s) => s.mark).map((s) => flat(s.text));
				expect(marked.some((m) => m.includes(o.term === 0 ? '法律顾问' : '依法行政'))).toBe(true);
				expect(units.some((u) => u.anchor === o.anchor && flat(u.text).includes(flat(o.excerpt.filter((s) => s.text !== '…').map((s) => s.text).join(''))))).toBe(true);
			}
			checked++;
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('with a kind of section chosen, shows and counts only the occurrences inside such sections', () => {
		let checked = 0;
		for (const report of reports) {
			const units = searchableBlocks(publishedBlocks(report));
			const record = reportEntry(report).record;
			const fragment = { url: record.url, content: record.content, meta: record.meta };
			for (const scope of new Set(units.map((u) => u.scope))) {
				const inside = units.filter((u) => u.scope === scope);
				const expected = inside.reduce((n, u) => n + count(flat(u.text), '法律顾问') + count(flat(u.text), '依法行政'), 0);
				const hit = reportHit(fragment, { terms, scope });
				expect(hit.count).toBe(expected);
				expect(hit.parts.every((p) => p.scope === scope)).toBe(true);
				expect(everyOccurrence(fragment, { terms, scope }).every((o) => o.scope === scope && inside.some((u) => u.anchor === o.anchor))).toBe(true);
				if (expected > 0 && expected < reportHit(fragment, { terms, scope: null }).count) checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});
});

describe('CSV export', () => {
	const hit = (id: string, year: number, n: number): ReportHit => ({ id, title: `=报告${id}`, year, place: '重庆市 · 大足区', count: n, anchor: 'measures', parts: [] });
	const hits = [hit('a', 2022, 3), hit('b', 2024, 3), hit('c', 2023, 9)];

	it('lists report, place, year, count and link in the page order', () => {
		const link = (h: ReportHit) => `https://x/reports/${h.id}/#${h.anchor}`;
		const rows = resultRows(hits, 'relevance', link);
		expect(rows[0]).toEqual(CSV_HEADER);
		expect(rows.slice(1).map((r) => r[4])).toEqual(['https://x/reports/c/#measures', 'https://x/reports/b/#measures', 'https://x/reports/a/#measures']);
		expect(resultRows(hits, 'year-asc', link).slice(1).map((r) => r[2])).toEqual([2022, 2023, 2024]);
		expect(resultRows(hits, 'year-desc', link).slice(1).map((r) => r[2])).toEqual([2024, 2023, 2022]);
	});

	it('is UTF-8 CSV with a BOM, formulas neutralised', () => {
		const text = [...csvLines(resultRows(hits, 'relevance', () => 'l'))].join('');
		expect(text.startsWith('\uFEFF报告,地区,年度,匹配次数,链接\r\n')).toBe(true);
		expect(text).toContain(`'=报告c,重庆市 · 大足区,2023,9,l\r\n`);
	});
});
