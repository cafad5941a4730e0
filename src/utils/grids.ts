/** Rows for the region × year tables: reports per township, counts per county or province. */
import type { GridRow } from '../components/YearGrid.astro';
import type { ReportEntry } from './library.ts';
import { reportsIn, type County, type Province } from './regions.ts';
import { reportUrl } from './urls.ts';

/** Most rows a page lists in a grid; beyond it the page summarises one level up. */
export const GRID_ROW_LIMIT = 200;

/** One row per township of the counties given, each cell linking to that year's report. */
export function townshipRows(counties: County[], withCounty: boolean): GridRow[] {
	return counties.flatMap((county) =>
		county.townships.map((t) => ({
			labels: [...(withCounty ? [{ text: county.label, href: county.path }] : []), { text: t.name, href: t.path }],
			cells: new Map(
				t.reports.map((r) => [
					r.data.reportYear,
					{ text: String(r.data.reportYear), href: reportUrl(r.id), label: `年，${t.name}` },
				]),
			),
		})),
	);
}

/** One row per region, each cell the number of reports that year, linking to the region page. */
export function countRows(regions: Array<Province | County>): GridRow[] {
	return regions.map((region) => {
		const name = 'label' in region ? region.label : region.name;
		const counts = new Map<number, number>();
		for (const r of reportsIn(region)) counts.set(r.data.reportYear, (counts.get(r.data.reportYear) ?? 0) + 1);
		return {
			labels: [{ text: name, href: region.path }],
			cells: new Map(
				[...counts].map(([year, n]) => [year, { text: String(n), href: region.path, label: `份，${name}` }]),
			),
		};
	});
}

export function yearsOf(reports: ReportEntry[]): number[] {
	return [...new Set(reports.map((r) => r.data.reportYear))].sort((a, b) => a - b);
}
