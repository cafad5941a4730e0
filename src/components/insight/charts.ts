/** The rows behind the charts on /figures/, from the loaded library and its insight. */
import type { ProvinceYearCount } from '../../charts/index.ts';
import { indicatorYears, type IndicatorYear } from '../../insight/index.ts';
import { getLibrary } from '../../utils/library.ts';
import { getInsight } from './insight.ts';

/** Reports per province and year, provinces in the region tree's order. */
export async function provinceYearCounts(): Promise<ProvinceYearCount[]> {
	const { reports } = await getLibrary();
	const counts = new Map<string, ProvinceYearCount>();
	for (const r of reports) {
		const province = r.data.region.province ?? '未知省份';
		const key = `${province}\u0000${r.data.reportYear}`;
		const row = counts.get(key) ?? { province, year: r.data.reportYear, reports: 0 };
		row.reports++;
		counts.set(key, row);
	}
	return [...counts.values()];
}

/** Each indicator's yearly medians, 存疑 figures left out. */
export async function indicatorTrends(): Promise<IndicatorYear[]> {
	const { figures, reportById } = await getInsight();
	return indicatorYears(figures, (id) => reportById.get(id)!.data.reportYear);
}
