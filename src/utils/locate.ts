/** Where a report sits: its region links, and the previous/next year of the same township. */
import type { ReportEntry } from './library.ts';
import type { RegionTree } from './regions.ts';

export interface Place {
	name: string;
	href?: string;
}

export interface Location {
	places: Array<{ name: string; href: string }>;
	previous: ReportEntry | undefined;
	next: ReportEntry | undefined;
}

export function locate(regions: RegionTree, id: string): Location {
	for (const province of regions.provinces) {
		for (const county of province.counties) {
			for (const township of county.townships) {
				const i = township.reports.findIndex((r) => r.id === id);
				if (i < 0) continue;
				return {
					places: [
						{ name: province.name, href: province.path },
						{ name: county.label, href: county.path },
						{ name: township.name, href: township.path },
					],
					previous: township.reports[i - 1],
					next: township.reports[i + 1],
				};
			}
		}
	}
	throw new Error(`Report ${id} is not in the region tree`);
}
