/**
 * The whole library, loaded once per build and shared by every page: reports in a stable
 * order (province, county, township, year) with their region tree.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildRegions, type RegionTree } from './regions.ts';

export type ReportEntry = CollectionEntry<'reports'>;

export interface Library {
	reports: ReportEntry[];
	byId: Map<string, ReportEntry>;
	regions: RegionTree;
	years: number[];
}

let cached: Promise<Library> | undefined;

export function getLibrary(): Promise<Library> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Library> {
	const entries = await getCollection('reports');
	const regions = buildRegions(entries);
	const reports = regions.provinces.flatMap((p) => p.counties.flatMap((c) => c.townships.flatMap((t) => t.reports)));
	const years = [...new Set(reports.map((r) => r.data.reportYear))].sort((a, b) => a - b);
	return { reports, byId: new Map(reports.map((r) => [r.id, r])), regions, years };
}
