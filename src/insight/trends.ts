/**
 * Indicators over the years: for each indicator and report year, how many reports state it and
 * the median of what they state. A report counts once per indicator, with the largest figure it
 * gives for it (a total before its 其中 parts). Figures marked 存疑 stay out unless asked for.
 */
import type { Figure } from './schema.ts';

export interface IndicatorYear {
	indicator: string;
	year: number;
	/** Reports stating a credible figure for the indicator that year. */
	reports: number;
	/** Median over those reports of each report's largest figure. */
	median: number;
	/** Figures left out as 存疑 (0 when they are included). */
	doubtful: number;
}

export interface TrendOptions {
	/** Count figures marked 存疑 too (default false). */
	includeDoubtful?: boolean;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return Math.round(value * 100) / 100;
}

/** One entry per indicator and year with at least one figure, in indicator then year order. */
export function indicatorYears(figures: Figure[], yearOf: (reportId: string) => number, options: TrendOptions = {}): IndicatorYear[] {
	const groups = new Map<string, { indicator: string; year: number; byReport: Map<string, number>; doubtful: number }>();
	for (const f of figures) {
		if (!f.indicator) continue;
		const year = yearOf(f.reportId);
		const key = `${f.indicator}\u0000${year}`;
		let group = groups.get(key);
		if (!group) groups.set(key, (group = { indicator: f.indicator, year, byReport: new Map(), doubtful: 0 }));
		if (f.doubt && !options.includeDoubtful) {
			group.doubtful++;
			continue;
		}
		group.byReport.set(f.reportId, Math.max(group.byReport.get(f.reportId) ?? -Infinity, f.value));
	}
	return [...groups.values()]
		.filter((g) => g.byReport.size > 0)
		.map((g) => ({ indicator: g.indicator, year: g.year, reports: g.byReport.size, median: median([...g.byReport.values()]), doubtful: g.doubtful }))
		.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year);
}
