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

/** Every report's location, in one walk of the tree (a walk per page would grow with the square of the library). */
export function locateAll(regions: RegionTree): Map<string, Location> {
	const locations = new Map<string, Location>();
	for (const province of regions.provinces) {
		for (const county of province.counties) {
			for (const township of county.townships) {
				const places = [
					{ name: province.name, href: province.path },
					{ name: county.label, href: county.path },
					{ name: township.name, href: township.path },
				];
				township.reports.forEach((r, i) => locations.set(r.id, { places, previous: township.reports[i - 1], next: township.reports[i + 1] }));
			}
		}
	}
	return locations;
}
