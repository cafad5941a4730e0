/**
 * Comparison pages: one section type across reports, a year at a time, for the whole country
 * or one province, in pages of PAGE_SIZE. URLs: …/problems/2023/ and …/problems/chongqingshi/2023/,
 * each followed by page/N/ beyond the first page; …/problems/ itself is an overview of how many
 * parts each province has each year, linking to those listings.
 * A card lists a part's outline (headings, or first lines where a block has none, kept in the
 * report's summary and read from the cache for the card), never its whole text: full text made these pages outgrow the report pages
 * (525 MB at 10,000 reports). Listings across all years (for the country and per province) went
 * for the same reason: they put each card on four listings instead of two (15 KB a report at
 * 10,000), and the overview reaches every card in one more click.
 */
import type { SectionType } from '../report/schema.ts';
import type { PartListing } from '../report/summary.ts';
import type { ReportEntry } from './library.ts';
import { SECTION_ANCHORS } from './labels.ts';
import type { Province } from './regions.ts';
import { pages } from './paginate.ts';

/**
 * Cards a listing page holds. Each page also carries the site header, the year and province
 * filters and the pager (about 5.8 KB): at 24 cards that was 2.1 KB a report at 10,000.
 */
export const PAGE_SIZE = 48;

export interface CompareItem {
	entry: ReportEntry;
	/** The part as listed (src/report/summary.ts); its outline is in the report's whole summary. */
	section: PartListing;
}

export interface CompareFilter {
	province?: Province;
	/** Every listing is of one year; without one, the path is the type's overview. */
	year?: number;
}

export function filterPath(type: SectionType, filter: CompareFilter): string {
	const parts = [filter.province?.slug, filter.year].filter(Boolean);
	return `/compare/${SECTION_ANCHORS[type]}/${parts.map((p) => `${p}/`).join('')}`;
}

export function pagePath(base: string, page: number): string {
	return page > 1 ? `${base}page/${page}/` : base;
}

/** Every section of a type, in library order. */
export function itemsOf(reports: ReportEntry[], type: SectionType): CompareItem[] {
	return reports.flatMap((entry) => entry.data.parts.filter((s) => s.type === type).map((section) => ({ entry, section })));
}

/** What a type's filter links offer: the years and the provinces its items have. */
export interface FilterChoices {
	years: number[];
	present: Set<string | null>;
}

export function filterChoices(items: CompareItem[]): FilterChoices {
	return { years: [...new Set(items.map((i) => i.entry.data.reportYear))].sort(), present: new Set(items.map((i) => i.entry.data.region.province)) };
}

/** The reports' ids of a province. */
const provinceIds = (province: Province) => new Set(province.counties.flatMap((c) => c.townships.flatMap((t) => t.reports.map((r) => r.id))));

/** The listings with at least one item: each year, and each year of each province. */
export function filtersOf(items: CompareItem[], provinces: Province[]): CompareFilter[] {
	const years = [...new Set(items.map((i) => i.entry.data.reportYear))].sort();
	const filters: CompareFilter[] = years.map((year) => ({ year }));
	for (const province of provinces) {
		const ids = provinceIds(province);
		const mine = new Set(items.filter((i) => ids.has(i.entry.id)).map((i) => i.entry.data.reportYear));
		for (const year of [...mine].sort()) filters.push({ province, year });
	}
	return filters;
}

/** One row of a type's overview: the whole country (no province) or one province, with its parts per year. */
export interface OverviewRow {
	province?: Province;
	/** Parts of the type per year, in the overview's year order (0 where there are none). */
	counts: number[];
	total: number;
}

/** A type's overview: the years it has, and per province how many of its parts each year holds. */
export function overviewOf(items: CompareItem[], provinces: Province[]): { years: number[]; rows: OverviewRow[] } {
	const years = [...new Set(items.map((i) => i.entry.data.reportYear))].sort();
	const row = (list: CompareItem[], province?: Province): OverviewRow => {
		const counts = years.map((y) => list.filter((i) => i.entry.data.reportYear === y).length);
		return { province, counts, total: list.length };
	};
	const rows = [row(items)];
	for (const province of provinces) {
		const mine = applyFilter(items, { province });
		if (mine.length > 0) rows.push(row(mine, province));
	}
	return { years, rows };
}

export function applyFilter(items: CompareItem[], filter: CompareFilter): CompareItem[] {
	const ids = filter.province ? provinceIds(filter.province) : null;
	return items.filter((i) => (!ids || ids.has(i.entry.id)) && (!filter.year || i.entry.data.reportYear === filter.year));
}

export { pages };
