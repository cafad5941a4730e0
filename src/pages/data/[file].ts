/**
 * The insight downloads (src/components/insight/downloads.ts): one route per file, gzip-compressed
 * where planned so, each keyed by a digest of what it holds, so an unchanged file is kept.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { gzipSync } from 'node:zlib';
import { insightDownloads } from '../../components/insight/downloads.ts';
import { streamOf } from '../../utils/stream.ts';

export const getStaticPaths = (async () => (await insightDownloads()).map((d) => ({ params: { file: d.name }, cacheKey: d.key }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const file = (await insightDownloads()).find((d) => d.name === params.file)!;
	const type = file.name.includes('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
	// A volume is under 45 MB of text (planned so), small enough to compress in one piece.
	if (file.gzip) return new Response(gzipSync(Buffer.from([...file.body()].join(''))), { headers: { 'content-type': 'application/gzip' } });
	return new Response(streamOf(file.body()), { headers: { 'content-type': type } });
};
