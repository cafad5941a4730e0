/** One row per section: report id, region, year, type, heading, text. */
import type { APIRoute } from 'astro';
import { csv } from '../../utils/csv.ts';
import { getLibrary } from '../../utils/library.ts';
import { sectionText } from '../../utils/sections.ts';

export const HEADER = ['report_id', 'province', 'city', 'county', 'township', 'region_code', 'year', 'type', 'heading', 'text'];

export const GET: APIRoute = async () => {
	const { reports } = await getLibrary();
	const rows = reports.flatMap(({ data }) =>
		data.sections.map((s) => {
			const { province, city, county, township, code } = data.region;
			return [data.id, province, city, county, township, code, data.reportYear, s.type, s.heading, sectionText(s)];
		}),
	);
	return new Response(csv([HEADER, ...rows]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
