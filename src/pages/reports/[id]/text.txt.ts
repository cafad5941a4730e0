/**
 * The cleaned source text of a report, as the parser published it. It starts with a UTF-8
 * byte order mark: static servers often send `.txt` as `text/plain` with no charset
 * (nginx's default), and browsers then guess a legacy encoding unless the bytes say UTF-8.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportArtefact, reportFilePaths, type ReportEntry } from '../../../utils/library.ts';

export const getStaticPaths = reportFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { entry } = props as { entry: ReportEntry };
	const { text } = reportArtefact(entry).report;
	return new Response(`\uFEFF${text.endsWith('\n') ? text : `${text}\n`}`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
