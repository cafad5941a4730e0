/**
 * The cross-report indicator table: one row per report, one column per indicator. A cell lists
 * every figure the report states for it (`609; 28`), approximations kept (`30000余`); a report
 * stating none leaves the cell empty. Nothing is summed or estimated.
 */
import type { APIRoute } from 'astro';
import { cellValue } from '../../components/insight/format.ts';
import { getInsight } from '../../components/insight/insight.ts';
import { csvLines } from '../../utils/csv.ts';
import { streamOf } from '../../utils/stream.ts';

export const GET: APIRoute = async () => {
	const { indicators, indicatorRows, reportById } = await getInsight();
	function* rows() {
		yield ['report_id', 'province', 'county', 'township', 'year', ...indicators.map((i) => `${i.id} ${i.label}`)];
		for (const row of indicatorRows) {
			const { region, reportYear } = reportById.get(row.reportId)!.data;
			yield [row.reportId, region.province, region.county, region.township, reportYear, ...indicators.map((i) => cellValue(row.cells[i.id]))];
		}
	}
	return new Response(streamOf(csvLines(rows())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
