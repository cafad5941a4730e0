/**
 * The report's original file, byte for byte as it was found in the reports folder (.txt, .docx,
 * .pdf, .html); not for a report whose text held personal data (publishesOriginal), as the
 * file holds it unmasked.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildOptions } from '../../../config/options.ts';
import { publishesOriginal } from '../../../report/index.ts';
import { getLibrary, type ReportEntry } from '../../../utils/library.ts';
import { buildsReportPages } from '../../../utils/pages.ts';
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
	// The key digests the file's bytes: an unchanged file is copied from the last build.
	return reports.filter((entry) => publishesOriginal(entry.data.warnings)).map((entry) => ({ params: { id: entry.id, ext: originalExtension(entry.data.source.file) }, props: { entry }, cacheKey: entry.data.key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
	const { entry } = props as { entry: ReportEntry };
	const bytes = await readFile(join(resolve(buildOptions().reportsDir), entry.data.source.file));
	return new Response(new Uint8Array(bytes), { headers: { 'content-type': CONTENT_TYPES[params.ext!] ?? 'application/octet-stream' } });
};
