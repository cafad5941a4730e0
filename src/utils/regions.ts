/**
 * Province → county → township tree of the library, with URL slugs and each township's
 * reports by year. Missing region parts are grouped under 未知 so every report has a place.
 */
import type { CollectionEntry } from 'astro:content';
import { uniqueSlugs } from './slug.ts';

type Entry = CollectionEntry<'reports'>;

export const UNKNOWN = '未知';

export interface Township { name: string; slug: string; path: string; code: string | null; reports: Entry[] }
export interface County { name: string; slug: string; path: string; city: string | null; townships: Township[] }
export interface Province { name: string; slug: string; path: string; counties: County[] }
export interface RegionTree { provinces: Province[] }

const collator = new Intl.Collator('zh-CN');

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return new Map([...groups].sort(([a], [b]) => collator.compare(a, b)));
}

function slugged<T>(groups: Map<string, T[]>) {
	const slugs = uniqueSlugs([...groups.keys()]);
	return [...groups].map(([name, items]) => ({ name, slug: slugs.get(name)!, items }));
}

export function buildRegions(entries: Entry[]): RegionTree {
	const byProvince = groupBy(entries, (e) => e.data.region.province ?? UNKNOWN);
	const provinces = slugged(byProvince).map(({ name, slug, items }): Province => {
		const path = `/regions/${slug}/`;
		const counties = slugged(groupBy(items, (e) => e.data.region.county ?? UNKNOWN)).map((c): County => {
			const countyPath = `${path}${c.slug}/`;
			const townships = slugged(groupBy(c.items, (e) => e.data.region.township ?? UNKNOWN)).map(
				(t): Township => ({
					name: t.name,
					slug: t.slug,
					path: `${countyPath}${t.slug}/`,
					code: t.items.find((e) => e.data.region.code)?.data.region.code ?? null,
					reports: [...t.items].sort((a, b) => a.data.reportYear - b.data.reportYear || a.id.localeCompare(b.id)),
				}),
			);
			return { name: c.name, slug: c.slug, path: countyPath, city: c.items[0]!.data.region.city, townships };
		});
		return { name, slug, path, counties };
	});
	return { provinces };
}

/** Every report under a province or county. */
export function reportsIn(region: Province | County): Entry[] {
	const counties = 'counties' in region ? region.counties : [region];
	return counties.flatMap((c) => c.townships.flatMap((t) => t.reports));
}
