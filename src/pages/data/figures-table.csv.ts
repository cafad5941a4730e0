/**
 * The indicator figures as tidy data: one row per figure that names an indicator, with its
 * report, indicator, value, unit and the sentence it came from. A report stating no such figure
 * has no row; nothing is summed or estimated. `doubt` says why a figure cannot be (存疑).
 */
import type { APIRoute } from 'astro';
import { getInsight } from '../../components/insight/insight.ts';
import { csvLines } from '../../utils/csv.ts';
import { streamOf } from '../../utils/stream.ts';

const HEADER = ['report_id', 'province', 'county', 'township', 'year', 'indicator', 'indicator_label', 'value', 'value_max', 'unit', 'approx', 'doubt', 'sentence', 'paragraph_id'];

export const GET: APIRoute = async () => {
	const { indicators, figures, reportById } = await getInsight();
	const label = new Map(indicators.map((i) => [i.id, i.label]));
	function* rows() {
		yield HEADER;
		for (const f of figures) {
			if (!f.indicator) continue;
			const { region, reportYear } = reportById.get(f.reportId)!.data;
			yield [f.reportId, region.province, region.county, region.township, reportYear, f.indicator, label.get(f.indicator) ?? null, f.value, f.valueMax, f.unit, f.approx.join(''), f.doubt, f.sentence, f.paragraphId];
		}
	}
	return new Response(streamOf(csvLines(rows())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
