/**
 * Readable ASCII ids. A report id is derived from its own region and year only, so it never
 * changes when other reports are added: `chongqing-dazu-wanguzhen-2023`.
 * pinyin-pro handles place-name polyphones (重庆 → chongqing) that a character table gets wrong.
 */
import { pinyin } from 'pinyin-pro';
import type { Region, SectionType } from './schema.ts';
import { SECTION_ANCHORS } from './schema.ts';

/** Province and county suffixes dropped for brevity; the township keeps its kind (镇/乡/街道). */
const PROVINCE_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const COUNTY_SUFFIX = /(自治县|自治旗|区|县|市|旗)$/;

export function slug(name: string): string {
	const latin = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
	return latin.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]+/g, '');
}

function shorten(name: string, suffix: RegExp): string {
	const short = name.replace(suffix, '');
	return short.length >= 2 ? short : name;
}

export function reportId(region: Region, year: number): string {
	const parts = [
		region.province && shorten(region.province, PROVINCE_SUFFIX),
		region.county && shorten(region.county, COUNTY_SUFFIX),
		region.township,
	].filter((p): p is string => Boolean(p));
	return [...parts.map(slug).filter(Boolean), String(year)].join('-');
}

/** Typed section anchors: the first of a type is `problems`, a second `problems-2`. */
export function sectionAnchors(types: SectionType[]): string[] {
	const seen = new Map<SectionType, number>();
	return types.map((type) => {
		const n = (seen.get(type) ?? 0) + 1;
		seen.set(type, n);
		return n === 1 ? SECTION_ANCHORS[type] : `${SECTION_ANCHORS[type]}-${n}`;
	});
}
