/** Dates and places as Chinese readers expect them. */
import { isAmbiguousCounty, type Region } from '../report/index.ts';

/** `2024-01-10` → `2024年1月10日`. */
export function chineseDate(iso: string | null): string | null {
	const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : null;
}

/** `重庆市大足区万古镇`; skips missing parts. */
export function placeName(region: Region): string {
	return [region.province, region.city, region.county, region.township].filter(Boolean).join('');
}

/** Short place for lists: county and township, and the city before a county whose name another shares (枣庄市市中区税郭镇). */
export function shortPlace(region: Region): string {
	const county = region.county && isAmbiguousCounty(region.county) ? `${region.city ?? region.province ?? ''}${region.county}` : region.county;
	return [county, region.township].filter(Boolean).join('') || placeName(region) || '未知地区';
}
