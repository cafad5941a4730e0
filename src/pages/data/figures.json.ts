/** The indicator rule table and every figure (schema: /data/figures.schema.json). */
import type { APIRoute } from 'astro';
import { getInsight } from '../../components/insight/insight.ts';
import { jsonArray, streamOf } from '../../utils/stream.ts';

export const GET: APIRoute = async () => {
	const { indicators, figures } = await getInsight();
	function* pieces() {
		yield `{"indicators":${JSON.stringify(indicators)},"figures":`;
		yield* jsonArray(figures);
		yield '}';
	}
	return new Response(streamOf(pieces()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
