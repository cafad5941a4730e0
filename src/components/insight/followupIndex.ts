/**
 * The townships that have several years, grouped by province for /followup/: the index lists
 * provinces (it stays small however large the library), each province page its townships.
 */
import { placeName } from '../../utils/format.ts';
import { getLibrary } from '../../utils/library.ts';
import { getInsight } from './insight.ts';

export interface FollowupTownship {
	key: string;
	place: string;
	years: number[];
}

export interface FollowupProvince {
	name: string;
	slug: string;
	townships: FollowupTownship[];
}

export const followupProvinceUrl = (slug: string) => `/followup/in/${slug}/`;

let cached: Promise<FollowupProvince[]> | undefined;

export function getFollowupIndex(): Promise<FollowupProvince[]> {
	cached ??= load();
	return cached;
}

async function load(): Promise<FollowupProvince[]> {
	const [{ followups, reportById }, { regions }] = await Promise.all([getInsight(), getLibrary()]);
	const townships = new Map<string, FollowupTownship & { province: string }>();
	for (const pair of followups) {
		let t = townships.get(pair.township);
		if (!t) {
			const region = reportById.get(pair.toReportId)!.data.region;
			townships.set(pair.township, (t = { key: pair.township, place: placeName(region), years: [], province: region.province ?? '' }));
		}
		for (const year of [pair.fromYear, pair.toYear]) if (!t.years.includes(year)) t.years.push(year);
	}
	// The region tree's order and slugs, so /followup/in/<slug>/ matches /regions/<slug>/.
	return regions.provinces
		.map((p) => ({
			name: p.name,
			slug: p.slug,
			townships: [...townships.values()].filter((t) => t.province === p.name).map(({ province: _, ...t }) => ({ ...t, years: t.years.sort((a, b) => a - b) })),
		}))
		.filter((p) => p.townships.length > 0);
}
