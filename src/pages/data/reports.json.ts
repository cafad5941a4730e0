/** Every report, exactly as the parser's schema describes it. */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../utils/library.ts';

export const GET: APIRoute = async () => {
	const { reports } = await getLibrary();
	return new Response(JSON.stringify(reports.map((r) => r.data)), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
