/** What the insight downloads are (name, dataset, year, compression, items), for scripts and tests. */
import type { APIRoute } from 'astro';
import { insightDownloads } from '../../components/insight/downloads.ts';

export const GET: APIRoute = async () => {
	const files = (await insightDownloads()).map(({ name, dataset, year, gzip, items }) => ({ name, dataset, year, gzip, items }));
	return new Response(JSON.stringify({ files }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
