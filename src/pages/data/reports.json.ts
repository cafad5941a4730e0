/** Every report, exactly as the parser's schema describes it. */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../utils/library.ts';
import { jsonArray, streamOf } from '../../utils/stream.ts';

export const GET: APIRoute = async () => {
	const { reports } = await getLibrary();
	return new Response(streamOf(jsonArray(reports.map((r) => r.data))), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
