/**
 * 缺项一览 (src/utils/completeness.ts): which reports lack a required part, the counts per region
 * and year, the province pages' size at any library size, and the CSV. Libraries are built
 * here with known gaps, so the expected answers come from how they were made.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report, SectionType } from '../../src/report/schema.ts';
import {
	absentParts,
	COMPLETENESS_PAGE_SIZE,
	completenessCsvRows,
	provincePages,
	tally,
	tallyRows,
} from '../../src/utils/completeness.ts';
import { csvLines } from '../../src/utils/csv.ts';
import { readCsv } from '../fixtures/csv.ts';
import type { ReportEntry } from '../../src/utils/library.ts';
import { buildRegions } from '../../src/utils/regions.ts';
import { makeReport, type PartSpec } from '../fixtures/insight/reports.ts';
import { publishedBlocks } from '../../src/report/published.ts';
import { reportListing, summarizeReport } from '../../src/report/summary.ts';

const REQUIRED = ['measures', 'leaderDuties', 'problems', 'plans'] as const;
const part = (type: SectionType): PartSpec => ({ type, heading: `${type}标题`, items: [{ heading: '小标题', paragraphs: [`${type}正文。`] }] });

/** A report of the given place and year with exactly these part types. */
function report(province: string, county: string, township: string, year: number, types: SectionType[]): ReportEntry {
	const base = makeReport({ township, county, year, parts: types.map(part) });
	const full: Report = { ...base, id: `${base.id}-${province.length}${province.codePointAt(0)}`, region: { ...base.region, province } };
	// Pages read the summary the content store holds.
	const data = reportListing(summarizeReport(full, publishedBlocks(full), full.id));
	return { id: data.id, data } as ReportEntry;
}

describe('absentParts', () => {
	it('names each required part with no section, in reading order, and ignores other and repeats', () => {
		expect(absentParts(report('重庆市', '大足区', '万古镇', 2023, ['measures', 'measures', 'problems', 'other']).data)).toEqual(['leaderDuties', 'plans']);
		expect(absentParts(report('重庆市', '大足区', '万古镇', 2023, ['plans', 'problems', 'leaderDuties', 'measures']).data)).toEqual([]);
		expect(absentParts(report('重庆市', '大足区', '万古镇', 2023, []).data)).toEqual([...REQUIRED]);
	});
});

/** A library where report i lacks the parts its bits say (bit k set: REQUIRED[k] absent). */
function library(gaps: number[]) {
	const provinces = ['重庆市', '福建省', '四川省'];
	const entries = gaps.map((bits, i) =>
		report(provinces[i % 3]!, `第${i % 7}区`, `第${i}镇`, 2020 + (i % 4), REQUIRED.filter((_, k) => !(bits & (1 << k)))),
	);
	return { entries, regions: buildRegions(entries) };
}

describe('counts', () => {
	it('counts a report once however many parts it lacks, and each lacked part once per report', () => {
		const { entries } = library([0b0010, 0b0011, 0, 0b1111, 0b0010]);
		expect(tally(entries)).toEqual({ reports: 5, incomplete: 4, missing: { measures: 2, leaderDuties: 4, problems: 1, plans: 1 } });
	});

	it('per province and year, the rows add up to the whole library', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 60 }), (gaps) => {
				const { entries, regions } = library(gaps);
				const rows = tallyRows(regions.provinces, (p) => p.path);
				const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
				expect(sum((r) => r.tally.reports)).toBe(gaps.length);
				expect(sum((r) => r.tally.incomplete)).toBe(gaps.filter((g) => g !== 0).length);
				REQUIRED.forEach((t, k) => expect(sum((r) => r.tally.missing[t])).toBe(gaps.filter((g) => g & (1 << k)).length));
				// One row per province and year that has reports.
				const keys = new Set(entries.map((e) => `${e.data.region.province}|${e.data.reportYear}`));
				expect(rows.map((r) => `${r.region.name}|${r.year}`).sort()).toEqual([...keys].sort());
			}),
		);
	});
});

describe('province pages', () => {
	it('list every incomplete report exactly once, no complete one, and never more than a page’s worth', () => {
		// 2,500 reports, every other one lacking 第一责任人履职: far more than one page per province.
		const gaps = Array.from({ length: 2500 }, (_, i) => (i % 2 === 0 ? 0b0010 : 0));
		const { entries, regions } = library(gaps);
		const all = provincePages(regions.provinces);
		const listed = all.flatMap((p) => p.list.map((r) => r.entry.id));
		const expected = entries.filter((_, i) => gaps[i] !== 0).map((e) => e.id);
		expect(listed.sort()).toEqual(expected.sort());
		expect(Math.max(...all.map((p) => p.list.length))).toBe(COMPLETENESS_PAGE_SIZE);
		for (const p of all) {
			expect(p.pages).toBe(Math.max(1, Math.ceil(p.count / COMPLETENESS_PAGE_SIZE)));
			expect(p.offset).toBe((p.page - 1) * COMPLETENESS_PAGE_SIZE);
			expect(p.list.every((r) => r.missing.join() === 'leaderDuties')).toBe(true);
		}
	});

	it('link each county with gaps to the page and row of its first listed report, others to their region page', () => {
		const gaps = Array.from({ length: 700 }, (_, i) => (i % 7 === 3 ? 0 : 0b0001));
		const { regions } = library(gaps);
		const all = provincePages(regions.provinces);
		for (const province of regions.provinces) {
			const mine = all.filter((p) => p.province === province);
			for (const county of province.counties) {
				const href = mine[0]!.countyHrefs.get(county.path)!;
				const first = mine.find((p) => p.list.some((r) => r.county === county));
				if (!first) {
					expect(href).toBe(county.path);
					continue;
				}
				const earlier = mine.filter((p) => p.page < first.page).flatMap((p) => p.list);
				expect(earlier.some((r) => r.county === county)).toBe(false);
				expect(href).toBe(`/completeness/${province.slug}/${first.page > 1 ? `${first.page}/` : ''}#county-${county.slug}`);
			}
		}
	});

	it('gives a province with nothing missing one page that says so (count 0)', () => {
		const { regions } = library([0, 0, 0]);
		const all = provincePages(regions.provinces);
		expect(all.map((p) => [p.province.name, p.count, p.pages])).toEqual(regions.provinces.map((p) => [p.name, 0, 1]));
	});
});

describe('/data/completeness.csv', () => {
	it('has one row per report with its missing parts and 0/1 per part', () => {
		const { entries } = library([0b0010, 0]);
		const lines = readCsv([...csvLines(completenessCsvRows(entries))].join(''));
		expect(lines).toHaveLength(3);
		expect(lines[0]).toEqual(['report_id', 'province', 'city', 'county', 'township', 'region_code', 'year', 'url', 'missing_count', 'missing', 'has_measures', 'has_leaderDuties', 'has_problems', 'has_plans']);
		expect(lines[1]!.slice(0, 2)).toEqual([entries[0]!.id, '重庆市']);
		expect(lines[1]!.slice(7)).toEqual([`/reports/${entries[0]!.id}/`, '1', '第一责任人履职', '1', '0', '1', '1']);
		expect(lines[2]!.slice(7)).toEqual([`/reports/${entries[1]!.id}/`, '0', '', '1', '1', '1', '1']);
	});

	it('keeps a place name that looks like a formula from running in a spreadsheet', () => {
		const entry = report('重庆市', '=HYPERLINK("http://x")', '+万古镇', 2023, ['measures']);
		const row = [...csvLines(completenessCsvRows([entry]))][2]!;
		expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
		expect(row).toContain(`,'+万古镇,`);
	});
});
