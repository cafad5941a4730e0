/** 缺项清单: one row per report with the required parts it lacks (src/utils/completeness.ts). */
import type { APIRoute } from 'astro';
import { completenessCsvRows } from '../../utils/completeness.ts';
import { csvLines } from '../../utils/csv.ts';
import { getLibrary } from '../../utils/library.ts';
import { streamOf } from '../../utils/stream.ts';

export const GET: APIRoute = async () => {
	const { reports } = await getLibrary();
	return new Response(streamOf(csvLines(completenessCsvRows(reports))), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
