/** One row per section: report id, region, year, type, heading, text, and where the report came from. */
import type { APIRoute } from 'astro';
import { csvLines } from '../../utils/csv.ts';
import { getLibrary } from '../../utils/library.ts';
import { sectionText } from '../../utils/sections.ts';
import { streamOf } from '../../utils/stream.ts';

const HEADER = ['report_id', 'province', 'city', 'county', 'township', 'region_code', 'year', 'type', 'heading', 'text', 'source_file', 'source_format', 'source_url', 'source_retrieved', 'source_sha256'];

export const GET: APIRoute = async () => {
	const { reports } = await getLibrary();
	function* rows() {
		yield HEADER;
		for (const { data } of reports) {
			const { province, city, county, township, code } = data.region;
			const { file, format, url, retrieved, sha256 } = data.source;
			for (const s of data.sections) yield [data.id, province, city, county, township, code, data.reportYear, s.type, s.heading, sectionText(s), file, format, url, retrieved, sha256];
		}
	}
	return new Response(streamOf(csvLines(rows())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
