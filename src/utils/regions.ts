/**
 * Province → county → township tree of the library, with URL slugs and each township's
 * reports by year. Counties and townships are keyed by division code (src/report/places.ts),
 * never by name: the two 市中区 of 山东 are two counties. Missing region parts are grouped
 * under 未知 so every report has a place.
 */
import type { CollectionEntry } from 'astro:content';
import { countyKey, countyLabel, countyName, townshipKey } from '../report/index.ts';
import { uniqueSlugs } from './slug.ts';

type Entry = CollectionEntry<'reports'>;

export const UNKNOWN = '未知';

export interface Township {
	/** Identity (`townshipKey`): the 9-digit division code where known. */
	key: string;
	name: string;
	slug: string;
	path: string;
	code: string | null;
	reports: Entry[];
}
export interface County {
	/** Identity (`countyKey`): the 6-digit division code where known. */
	key: string;
	name: string;
	/** The name with its city where another county of China shares it: 市中区（枣庄市）. */
	label: string;
	slug: string;
	path: string;
	/** The prefecture-level city above it; null under a municipality, or where the city is the county level itself (东莞市). */
	city: string | null;
	townships: Township[];
}
export interface Province { name: string; slug: string; path: string; counties: County[] }
export interface RegionTree { provinces: Province[] }

const collator = new Intl.Collator('zh-CN');

interface Group {
	key: string;
	/** Sorts the siblings and gives the slug. */
	label: string;
	items: Entry[];
}

/** Entries grouped by `key`, sorted by label (then key, for namesakes), each with a slug unique among its siblings. */
function grouped(items: Entry[], key: (e: Entry) => string, label: (e: Entry) => string): Array<Group & { slug: string }> {
	const groups = new Map<string, Group>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.items.push(item);
		else groups.set(k, { key: k, label: label(item), items: [item] });
	}
	const slugs = uniqueSlugs(new Map([...groups.values()].map((g) => [g.key, g.label])));
	return [...groups.values()]
		.sort((a, b) => collator.compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map((g) => ({ ...g, slug: slugs.get(g.key)! }));
}

export function buildRegions(entries: Entry[]): RegionTree {
	const provinceOf = (e: Entry) => e.data.region.province ?? UNKNOWN;
	const provinces = grouped(entries, provinceOf, provinceOf).map(({ label: name, slug, items }): Province => {
		const path = `/regions/${slug}/`;
		const countyGroups = grouped(items, (e) => countyKey(e.data.region), (e) => countyLabel(e.data.region) ?? UNKNOWN);
		const counties = countyGroups.map((c): County => {
			const countyPath = `${path}${c.slug}/`;
			const first = c.items[0]!.data.region;
			const townships = grouped(c.items, (e) => townshipKey(e.data), (e) => e.data.region.township ?? UNKNOWN).map(
				(t): Township => ({
					key: t.key,
					name: t.label,
					slug: t.slug,
					path: `${countyPath}${t.slug}/`,
					code: t.items.find((e) => e.data.region.code)?.data.region.code ?? null,
					reports: [...t.items].sort((a, b) => a.data.reportYear - b.data.reportYear || a.id.localeCompare(b.id)),
				}),
			);
			const name = countyName(first) ?? UNKNOWN;
			return { key: c.key, name, label: c.label, slug: c.slug, path: countyPath, city: first.city === name ? null : first.city, townships };
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
