/**
 * 缺项一览: which reports lack any of the four required parts, counted per region and year.
 * Pages stay small at any library size: the overview has one row per province and year, a
 * province's page one row per county, and its list of incomplete reports is paginated.
 */
import { REQUIRED_SECTION_TYPES, type SectionType } from '../report/schema.ts';
import { SECTION_LABELS } from './labels.ts';
import type { ReportEntry } from './library.ts';
import { pages } from './paginate.ts';
import { reportsIn, type County, type Province } from './regions.ts';
import { completenessUrl, reportUrl } from './urls.ts';

export type RequiredType = (typeof REQUIRED_SECTION_TYPES)[number];

/** Incomplete reports listed per province page. */
export const COMPLETENESS_PAGE_SIZE = 100;

/** The required parts a report has no section of, in reading order. */
export function absentParts(report: { parts: Array<{ type: SectionType }> }): RequiredType[] {
	const present = new Set<SectionType>(report.parts.map((s) => s.type));
	return REQUIRED_SECTION_TYPES.filter((t) => !present.has(t));
}

export interface Tally {
	/** Reports counted. */
	reports: number;
	/** Reports lacking at least one required part. */
	incomplete: number;
	/** Reports lacking each part. */
	missing: Record<RequiredType, number>;
}

export function tally(entries: Iterable<ReportEntry>): Tally {
	const missing = Object.fromEntries(REQUIRED_SECTION_TYPES.map((t) => [t, 0])) as Record<RequiredType, number>;
	let reports = 0;
	let incomplete = 0;
	for (const entry of entries) {
		reports++;
		const absent = absentParts(entry.data);
		if (absent.length > 0) incomplete++;
		for (const t of absent) missing[t]++;
	}
	return { reports, incomplete, missing };
}

/** The entries' tallies per report year, years ascending. */
export function tallyByYear(entries: ReportEntry[]): Array<{ year: number; tally: Tally }> {
	const byYear = new Map<number, ReportEntry[]>();
	for (const e of entries) byYear.set(e.data.reportYear, [...(byYear.get(e.data.reportYear) ?? []), e]);
	return [...byYear].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, tally: tally(list) }));
}

/** One row of a count table: a region (linked) in one year. */
export interface TallyRow {
	region: { name: string; href: string };
	year: number;
	tally: Tally;
}

/** Rows per region and year, regions in library order; `href` is where a region's row links. */
export function tallyRows<R extends Province | County>(regions: R[], href: (region: R) => string): TallyRow[] {
	return regions.flatMap((region) =>
		tallyByYear(reportsIn(region)).map(({ year, tally }) => ({ region: { name: region.name, href: href(region) }, year, tally })),
	);
}

export interface IncompleteReport {
	entry: ReportEntry;
	county: County;
	township: string;
	missing: RequiredType[];
}

/** Every report of a province that lacks a required part, in library order. */
export function incompleteIn(province: Province): IncompleteReport[] {
	return province.counties.flatMap((county) =>
		county.townships.flatMap((t) =>
			t.reports.flatMap((entry) => {
				const missing = absentParts(entry.data);
				return missing.length ? [{ entry, county, township: t.name, missing }] : [];
			}),
		),
	);
}

export interface ProvincePage {
	province: Province;
	/** 1-based. */
	page: number;
	pages: number;
	/** Incomplete reports in the whole province. */
	count: number;
	/** How many of them earlier pages list. */
	offset: number;
	list: IncompleteReport[];
	/** Where each county's row in the count table links: its first listed report, or its region page when none is listed. */
	countyHrefs: Map<string, string>;
}

/** Anchor of a county's first row in a province's list. */
export const countyAnchor = (county: County) => `county-${county.slug}`;

/** Every province page: at least one per province (saying none is missing), COMPLETENESS_PAGE_SIZE reports each. */
export function provincePages(provinces: Province[], size = COMPLETENESS_PAGE_SIZE): ProvincePage[] {
	return provinces.flatMap((province) => {
		const all = incompleteIn(province);
		const chunks = pages(all, size);
		const countyHrefs = new Map(province.counties.map((c) => [c.path, c.path]));
		all.forEach((r, i) => {
			if (all[i - 1]?.county !== r.county) countyHrefs.set(r.county.path, `${completenessUrl(province.slug, Math.floor(i / size) + 1)}#${countyAnchor(r.county)}`);
		});
		return chunks.map((list, i) => ({ province, page: i + 1, pages: chunks.length, count: all.length, offset: i * size, list, countyHrefs }));
	});
}

export const provinceHref = (p: Province) => completenessUrl(p.slug);

const CSV_HEADER = [
	'report_id', 'province', 'city', 'county', 'township', 'region_code', 'year', 'url',
	'missing_count', 'missing', ...REQUIRED_SECTION_TYPES.map((t) => `has_${t}`),
];

/** /data/completeness.csv: one row per report, complete or not, so a spreadsheet can filter and count. */
export function* completenessCsvRows(entries: Iterable<ReportEntry>): Generator<Array<string | number | null>> {
	yield CSV_HEADER;
	for (const { data } of entries) {
		const { province, city, county, township, code } = data.region;
		const absent = absentParts(data);
		yield [
			data.id, province, city, county, township, code, data.reportYear, reportUrl(data.id),
			absent.length, absent.map((t) => SECTION_LABELS[t]).join('、'),
			...REQUIRED_SECTION_TYPES.map((t) => (absent.includes(t) ? 0 : 1)),
		];
	}
}
