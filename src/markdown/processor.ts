/**
 * The project's Markdown processor, shared by astro.config.mjs and the parse-once pass that
 * renders report bodies (render.ts). Lean unified pipeline: no GFM or SmartyPants (report
 * text needs neither, and both cost build time at scale); remark-cjk-friendly makes
 * `**一是加强组织领导。**后文` emphasis work.
 */
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';

export const MARKDOWN_OPTIONS = { gfm: false, smartypants: false, syntaxHighlight: false } as const;

export const markdownProcessor = unified({ ...MARKDOWN_OPTIONS, remarkPlugins: [remarkCjkFriendly] });
