/**
 * Readable ASCII ids. A report id is derived from its own region and year only, so it never
 * changes when other reports are added: `chongqing-dazu-wanguzhen-2023`.
 * pinyin-pro handles place-name polyphones (重庆 → chongqing) that a character table gets wrong.
 */
import { pinyin } from 'pinyin-pro';
import { divisionIndex, regionOfCode } from './divisions.ts';
import type { Region, SectionType } from './schema.ts';
import { SECTION_ANCHORS } from './schema.ts';

/** Province and county suffixes dropped for brevity; the township keeps its kind (镇/乡/街道). */
const PROVINCE_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const COUNTY_SUFFIX = /(自治县|自治旗|区|县|市|旗)$/;
const CITY_SUFFIX = /(自治州|地区|市|盟|州)$/;

const slugs = new Map<string, string>();

export function slug(name: string): string {
	let s = slugs.get(name);
	if (s === undefined) {
		const latin = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
		s = latin.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]+/g, '');
		// Place names repeat (every report names its province and county; ids compare namesakes):
		// remembered, except long text (law titles), which rarely does.
		if (name.length <= 12) slugs.set(name, s);
	}
	return s;
}

function shorten(name: string, suffix: RegExp): string {
	const short = name.replace(suffix, '');
	return short.length >= 2 ? short : name;
}

export function reportId(region: Region, year: number): string {
	return [...placeParts(region), String(year)].join('-');
}

/** Province, county and township slugs: `chongqing`, `dazu`, `wanguzhen`. */
function baseParts(region: Region): string[] {
	const parts = [
		region.province && shorten(region.province, PROVINCE_SUFFIX),
		region.county && shorten(region.county, COUNTY_SUFFIX),
		region.township,
	].filter((p): p is string => Boolean(p));
	return parts.map(slug).filter(Boolean);
}

/**
 * The id's place part. When another division of the table would get the same one (白马镇 of
 * 内江's and of 乐山's 市中区), the city is added, and should that not do (清河镇 and 庆和镇 of
 * one county), the division code: decided from the table alone, so an id never changes when
 * reports are added, and the ids of unambiguous places stay short.
 */
function placeParts(region: Region): string[] {
	const base = baseParts(region);
	const { code } = region;
	if (!code || code.length < 6) return base;
	const key = base.join('-');
	const clashes = namesakes(region, code).filter((other) => baseParts(other).join('-') === key);
	if (clashes.length === 0) return base;
	const own = withCity(region);
	return clashes.some((other) => withCity(other).join('-') === own.join('-')) ? [...own, code] : own;
}

function withCity(region: Region): string[] {
	const parts = baseParts(region);
	const city = region.city && slug(shorten(region.city, CITY_SUFFIX));
	return city ? [parts[0]!, city, ...parts.slice(1)] : parts;
}

/**
 * Other divisions of the table that could share the id: townships of the same name, and
 * townships of the same county whose names read alike (清河镇, 庆和镇); for a report placed
 * only to its county, the other counties of its province.
 */
function namesakes(region: Region, code: string): Region[] {
	const index = divisionIndex();
	const county = code.slice(0, 6);
	if (code.length === 9 && region.township) {
		const own = slug(region.township);
		const sameName = (index.byName.get(region.township) ?? []).filter((p) => p.level === 'township' && p.code !== code).map((p) => p.code);
		const alike = [...townshipSlugs(county)].filter(([c, s]) => s === own && c !== code).map(([c]) => c);
		return [...new Set([...sameName, ...alike])].map(regionOfCode);
	}
	return [...index.counties.keys()]
		.filter((c) => c !== county && c.slice(0, 2) === county.slice(0, 2))
		.map((c) => ({ ...regionOfCode(c), township: region.township }));
}

const slugsByCounty = new Map<string, Map<string, string>>();

/** Township code → name slug, for one county, computed once per county. */
function townshipSlugs(county: string): Map<string, string> {
	let slugs = slugsByCounty.get(county);
	if (!slugs) {
		slugs = new Map();
		for (let n = 1; n < 1000; n++) {
			const code = county + String(n).padStart(3, '0');
			const name = divisionIndex().townships.get(code);
			if (name) slugs.set(code, slug(name));
		}
		slugsByCounty.set(county, slugs);
	}
	return slugs;
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
