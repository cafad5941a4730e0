/** The report's original file, byte for byte as it was found in the reports folder (.txt, .docx, .pdf, .html). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getLibrary, type ReportEntry } from '../../../utils/library.ts';
import { buildsReportPages } from '../../../utils/pages.ts';
import { reportsFolderPath } from '../../../utils/reports-folder.ts';
import { originalExtension } from '../../../utils/urls.ts';

const CONTENT_TYPES: Record<string, string> = {
	txt: 'text/plain',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pdf: 'application/pdf',
	html: 'text/html',
	htm: 'text/html',
};

export const getStaticPaths = (async () => {
	if (!buildsReportPages()) return [];
	const { reports } = await getLibrary();
	return reports.map((entry) => ({ params: { id: entry.id, ext: originalExtension(entry.data.source.file) }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
	const { entry } = props as { entry: ReportEntry };
	const bytes = await readFile(join(reportsFolderPath(), entry.data.source.file));
	return new Response(new Uint8Array(bytes), { headers: { 'content-type': CONTENT_TYPES[params.ext!] ?? 'application/octet-stream' } });
};
