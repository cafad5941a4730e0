/** A report's parts as plain text, for the side-by-side comparison (src/compare/parts.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportParts } from '../../../compare/parts.ts';
import { fullReports, getLibrary, type ReportEntry } from '../../../utils/library.ts';
import { buildsReportPages } from '../../../utils/pages.ts';

export const getStaticPaths = (async () => {
	// Written with the report pages: a sharded build takes them from the shards.
	if (!buildsReportPages()) return [];
	const { reports } = await getLibrary();
	// The parts come from the report's artefact: its key says when they changed.
	return reports.map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: entry.data.key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { entry } = props as { entry: ReportEntry };
	const [report] = fullReports([entry]);
	return new Response(JSON.stringify(reportParts(report!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
