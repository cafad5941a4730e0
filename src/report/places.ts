/**
 * A place is its division code, not its name: China has two 市中区 in 山东 alone and
 * hundreds of 城关镇. Everything that groups, counts or links reports by place keys on
 * these functions; names are only for people, with the parent added where the division
 * table has another place of the same name (市中区（枣庄市）).
 */
import { divisionIndex } from './divisions.ts';
import type { Region, Report } from './schema.ts';

const TOWNSHIP_CODE = /^\d{9}$/;

/**
 * The same township across years: its 9-digit division code. Without one (a township the
 * table lacks), the report id without its year, which is made from the region's names alone.
 */
export function townshipKey(report: Pick<Report, 'id' | 'region'>): string {
	const { code } = report.region;
	return code && TOWNSHIP_CODE.test(code) ? code : report.id.replace(/-\d{4}$/, '');
}

/** The county-level division: its 6-digit code, or its names when the parser placed the report no deeper than a city. */
export function countyKey(region: Region): string {
	const { code } = region;
	if (code && code.length >= 6) return code.slice(0, 6);
	return `${region.province ?? ''}/${region.city ?? ''}/${region.county ?? ''}`;
}

/** Name of the county level: the county, or for a city without counties (东莞市 441900) the city. */
export function countyName(region: Region): string | null {
	if (region.county) return region.county;
	const code = region.code?.slice(0, 6);
	return code && code.length === 6 && code.endsWith('00') ? region.city : null;
}

let namesakes: { counties: Map<string, number>; townships: Map<string, number> } | null = null;

/** How many divisions of each level carry each name, nationwide. */
function namesakeCounts() {
	if (namesakes) return namesakes;
	const index = divisionIndex();
	const count = (names: Iterable<string>) => {
		const counts = new Map<string, number>();
		for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
		return counts;
	};
	namesakes = { counties: count(index.counties.values()), townships: count(index.townships.values()) };
	return namesakes;
}

/** Whether another county-level division in China has this name. */
export function isAmbiguousCounty(name: string): boolean {
	return (namesakeCounts().counties.get(name) ?? 0) > 1;
}

/** Whether another township-level division in China has this name. */
export function isAmbiguousTownship(name: string): boolean {
	return (namesakeCounts().townships.get(name) ?? 0) > 1;
}

/** The county with what tells it apart, for lists spanning provinces: 市中区（枣庄市）, 朝阳区（北京市）, 大足区. */
export function countyLabel(region: Region): string | null {
	const name = countyName(region);
	if (!name) return null;
	const parent = region.city ?? region.province;
	return isAmbiguousCounty(name) && parent && parent !== name ? `${name}（${parent}）` : name;
}

/** The township with what tells it apart: 城关镇（平利县）, 税郭镇（枣庄市市中区）, 万古镇. */
export function townshipLabel(region: Region): string | null {
	const { township } = region;
	if (!township) return null;
	if (!isAmbiguousTownship(township)) return township;
	const county = countyName(region);
	const parent = county && isAmbiguousCounty(county) ? `${region.city ?? region.province ?? ''}${county}` : (county ?? region.city ?? region.province);
	return parent ? `${township}（${parent}）` : township;
}
