/** The site's charts, each a function from its rows to SVG markup (see render.ts). */
import * as Plot from '@observablehq/plot';
import { renderChart } from './render.ts';

export { renderChart } from './render.ts';

export interface ProvinceYearCount {
	province: string;
	year: number;
	reports: number;
}

/** Reports per province, one bar per province stacked by year, largest province first. */
export function reportsChart(rows: ProvinceYearCount[]): string {
	const provinces = new Set(rows.map((r) => r.province)).size;
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const totals = new Map<string, number>();
	for (const r of rows) totals.set(r.province, (totals.get(r.province) ?? 0) + r.reports);
	const largest = Math.max(1, ...totals.values());
	return renderChart({
		ariaLabel: '各省份各年度报告数条形图',
		width: 640,
		height: 40 + provinces * 24,
		marginLeft: 130,
		style: { fontSize: '12px' },
		// Whole reports only: no 0.5 ticks on a small library.
		x: { label: '报告数', grid: true, ticks: Math.min(largest, 10), tickFormat: 'd' },
		y: { label: null },
		color: { type: 'ordinal', domain: years.map(String), scheme: 'tableau10', legend: 'ramp' },
		marks: [
			Plot.barX(rows, Plot.stackX({ y: 'province', x: 'reports', fill: (r: ProvinceYearCount) => String(r.year), sort: { y: '-x' } })),
			Plot.ruleX([0]),
		],
	});
}

export interface YearValue {
	year: number;
	value: number;
}

/** One indicator over the years: the yearly median as a line with dots. */
export function trendChart(label: string, unit: string, rows: YearValue[]): string {
	const years = rows.map((r) => r.year);
	return renderChart({
		ariaLabel: `${label}逐年中位数折线图`,
		width: 320,
		height: 180,
		style: { fontSize: '11px' },
		marginLeft: 56,
		x: { label: null, ticks: years, tickFormat: 'd', inset: 16 },
		y: { label: unit, grid: true, zero: true, nice: true },
		marks: [Plot.lineY(rows, { x: 'year', y: 'value' }), Plot.dot(rows, { x: 'year', y: 'value', fill: 'currentColor' })],
	});
}
