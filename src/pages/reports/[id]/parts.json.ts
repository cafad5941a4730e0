/** A report's parts as plain text, for the side-by-side comparison (src/compare/parts.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportParts } from '../../../compare/parts.ts';
import { fullReports, reportFilePaths, type ReportEntry } from '../../../utils/library.ts';

export const getStaticPaths = reportFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { entry } = props as { entry: ReportEntry };
	const [report] = fullReports([entry]);
	return new Response(JSON.stringify(reportParts(report!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
