// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';

// Lean unified pipeline: no GFM or SmartyPants (report text needs neither, and both cost
// build time at scale); remark-cjk-friendly makes `**一是加强组织领导。**后文` emphasis work.
export default defineConfig({
	site: process.env.SITE_URL || undefined,
	trailingSlash: 'always',
	markdown: {
		syntaxHighlight: false,
		processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkCjkFriendly] }),
	},
});
