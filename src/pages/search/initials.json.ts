/** Pinyin initials of every place-name character, for the search page's place filter (src/search/shared/initials.ts). */
import type { APIRoute } from 'astro';
import { placeInitials } from '../../search/node/place-initials.ts';
import { getLibrary } from '../../utils/library.ts';

export const GET: APIRoute = async () => {
	const { reports } = await getLibrary();
	const names = reports.flatMap(({ data }) => [data.region.province, data.region.city, data.region.county, data.region.township].filter((n): n is string => Boolean(n)));
	return new Response(JSON.stringify(placeInitials(names)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
