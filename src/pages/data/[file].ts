/** The insight downloads (src/components/insight/downloads.ts): one route per file, gzip-compressed where planned so. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { insightDownloads } from '../../components/insight/downloads.ts';
import { streamOf } from '../../utils/stream.ts';

export const getStaticPaths = (async () => (await insightDownloads()).map((d) => ({ params: { file: d.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const file = (await insightDownloads()).find((d) => d.name === params.file)!;
	const text = streamOf(file.body());
	const type = file.name.includes('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
	return new Response(file.gzip ? text.pipeThrough(new CompressionStream('gzip')) : text, { headers: { 'content-type': file.gzip ? 'application/gzip' : type } });
};
