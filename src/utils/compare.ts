/**
 * Comparison pages: one section type across reports, optionally filtered by province,
 * year or both, in pages of PAGE_SIZE. URLs: /compare/problems/, …/chongqingshi/,
 * …/2023/, …/chongqingshi/2023/, each followed by page/N/ beyond the first page.
 * A card lists a part's outline (headings, or first lines where a block has none, kept in the
 * report's summary), never its whole text: each report sits on four listings, so full text
 * made these pages outgrow the report pages (525 MB at 10,000 reports).
 */
import type { SectionType } from '../report/schema.ts';
import type { PartSummary } from '../report/summary.ts';
import type { ReportEntry } from './library.ts';
import { SECTION_ANCHORS } from './labels.ts';
import type { Province } from './regions.ts';
import { pages } from './paginate.ts';

export const PAGE_SIZE = 24;

export interface CompareItem {
	entry: ReportEntry;
	/** The part's summary, with its outline (src/report/summary.ts). */
	section: PartSummary;
}

export interface CompareFilter {
	province?: Province;
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

/** All filters with at least one item, including "no filter". */
export function filtersOf(items: CompareItem[], provinces: Province[]): CompareFilter[] {
	const years = [...new Set(items.map((i) => i.entry.data.reportYear))].sort();
	const filters: CompareFilter[] = [{}, ...years.map((year) => ({ year }))];
	for (const province of provinces) {
		const ids = new Set(province.counties.flatMap((c) => c.townships.flatMap((t) => t.reports.map((r) => r.id))));
		const mine = items.filter((i) => ids.has(i.entry.id));
		if (mine.length === 0) continue;
		filters.push({ province });
		for (const year of new Set(mine.map((i) => i.entry.data.reportYear))) filters.push({ province, year });
	}
	return filters;
}

export function applyFilter(items: CompareItem[], filter: CompareFilter): CompareItem[] {
	const ids = filter.province
		? new Set(filter.province.counties.flatMap((c) => c.townships.flatMap((t) => t.reports.map((r) => r.id))))
		: null;
	return items.filter((i) => (!ids || ids.has(i.entry.id)) && (!filter.year || i.entry.data.reportYear === filter.year));
}

export { pages };
