/** One row per figure: where it is, its value, unit, approximation, what it counts, its indicator, why it is 存疑, its sentence. */
import type { APIRoute } from 'astro';
import { getInsight } from '../../components/insight/insight.ts';
import { csvLines } from '../../utils/csv.ts';
import { streamOf } from '../../utils/stream.ts';

const HEADER = ['report_id', 'province', 'county', 'township', 'year', 'paragraph_id', 'indicator', 'value', 'value_max', 'unit', 'approx', 'counts', 'raw', 'doubt', 'sentence'];

export const GET: APIRoute = async () => {
	const { figures, reportById } = await getInsight();
	function* rows() {
		yield HEADER;
		for (const f of figures) {
			const { region, reportYear } = reportById.get(f.reportId)!.data;
			yield [f.reportId, region.province, region.county, region.township, reportYear, f.paragraphId, f.indicator, f.value, f.valueMax, f.unit, f.approx.join(''), f.counts, f.raw, f.doubt, f.sentence];
		}
	}
	return new Response(streamOf(csvLines(rows())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
