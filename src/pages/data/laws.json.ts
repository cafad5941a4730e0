/** Every cited title as one entry, with each citing paragraph (schema: /data/laws.schema.json). */
import type { APIRoute } from 'astro';
import { getInsight } from '../../components/insight/insight.ts';
import { jsonArray, streamOf } from '../../utils/stream.ts';

export const GET: APIRoute = async () => {
	const { laws } = await getInsight();
	return new Response(streamOf(jsonArray(laws)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
