// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { copyFile } from 'node:fs/promises';
import dataSizes from './src/integrations/data-sizes.ts';
import searchIndex from './src/integrations/pagefind.ts';

const site = process.env.SITE_URL || undefined;

/** @astrojs/sitemap writes sitemap-index.xml; also publish it at the conventional /sitemap.xml. */
/** @type {() => import('astro').AstroIntegration} */
const sitemapAlias = () => ({
	name: 'sitemap-alias',
	hooks: {
		'astro:build:done': async ({ dir }) => copyFile(new URL('sitemap-index.xml', dir), new URL('sitemap.xml', dir)),
	},
});

// Lean unified pipeline: no GFM or SmartyPants (report text needs neither, and both cost
// build time at scale); remark-cjk-friendly makes `**一是加强组织领导。**后文` emphasis work.
export default defineConfig({
	site,
	trailingSlash: 'always',
	// Separate builds (tests, benchmarks) can keep their content cache apart from the main one.
	cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
	markdown: {
		syntaxHighlight: false,
		processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkCjkFriendly] }),
	},
	// sitemap.xml needs absolute URLs, so only when SITE_URL is set.
	integrations: [...(site ? [sitemap({ filter: (page) => !page.endsWith('/404/') }), sitemapAlias()] : []), dataSizes(), searchIndex()],
});
