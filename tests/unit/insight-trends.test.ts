/** Indicators over the years: medians per year, one value per report, 存疑 figures left out by default. */
import { describe, expect, it } from 'vitest';
import { computeInsight, indicatorYears, median } from '../../src/insight/index.ts';
import { makeReport } from '../fixtures/insight/reports.ts';

const report = (township: string, year: number, ...paragraphs: string[]) =>
	makeReport({ township, year, parts: [{ type: 'measures', heading: '举措', items: [{ heading: '依法行政', paragraphs }] }] });

const reports = [
	report('万古镇', 2022, '开展行政检查120次，其中联合检查30次。'),
	report('邮亭镇', 2022, '开展行政检查200次。'),
	report('万古镇', 2023, '开展行政检查90次。负责人出庭应诉率100%。'),
	report('邮亭镇', 2023, '开展行政检查150次。负责人出庭应诉率130%。'),
	report('龙水镇', 2023, '开展行政检查300次。'),
];
const insight = computeInsight(reports);
const yearOf = (id: string) => reports.find((r) => r.id === id)!.reportYear;

describe('indicatorYears', () => {
	it('takes each report’s largest figure and the median across reports, per year', () => {
		const rows = indicatorYears(insight.figures, yearOf).filter((r) => r.indicator === 'inspections');
		expect(rows.map(({ year, reports, median }) => ({ year, reports, median }))).toEqual([
			{ year: 2022, reports: 2, median: 160 },
			{ year: 2023, reports: 3, median: 150 },
		]);
	});

	it('leaves 存疑 figures out by default, counting them, and takes them in when asked', () => {
		const court = (includeDoubtful: boolean) => indicatorYears(insight.figures, yearOf, { includeDoubtful }).filter((r) => r.indicator === 'court-appearance-rate');
		expect(court(false)).toEqual([{ indicator: 'court-appearance-rate', year: 2023, reports: 1, median: 100, doubtful: 1 }]);
		expect(court(true)).toEqual([{ indicator: 'court-appearance-rate', year: 2023, reports: 2, median: 115, doubtful: 0 }]);
	});

	it('medians odd and even lists', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
	});
});
