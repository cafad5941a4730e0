/**
 * The cleaned source text of a report, as the parser published it. It starts with a UTF-8
 * byte order mark: static servers often send `.txt` as `text/plain` with no charset
 * (nginx's default), and browsers then guess a legacy encoding unless the bytes say UTF-8.
 */
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
	const text = entry.data.text.endsWith('\n') ? entry.data.text : `${entry.data.text}\n`;
	return new Response(`\uFEFF${text}`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
