/** Crawlers may read everything; the sitemap is announced when a site URL is configured. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
	const lines = ['User-agent: *', 'Allow: /'];
	if (site) lines.push(`Sitemap: ${new URL('/sitemap.xml', site).href}`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
