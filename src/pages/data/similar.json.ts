/** Paragraphs repeating another report's, and each report's share (schema: /data/similar.schema.json). */
import type { APIRoute } from 'astro';
import { getInsight } from '../../components/insight/insight.ts';
import { jsonArray, streamOf } from '../../utils/stream.ts';

export const GET: APIRoute = async () => {
	const { similar, shares } = await getInsight();
	function* pieces() {
		yield '{"matches":';
		yield* jsonArray(similar);
		yield ',"shares":';
		yield* jsonArray(shares);
		yield '}';
	}
	return new Response(streamOf(pieces()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
