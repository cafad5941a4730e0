/** The cleaned source text of a report, as the parser published it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, type ReportEntry } from '../../../utils/library.ts';
import { buildsReportPages } from '../../../utils/pages.ts';

export const getStaticPaths = (async () => {
	// A catalogue build links to report pages that the shard builds write.
	if (!buildsReportPages()) return [];
	const { reports } = await getLibrary();
	return reports.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { entry } = props as { entry: ReportEntry };
	return new Response(entry.data.text.endsWith('\n') ? entry.data.text : `${entry.data.text}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
