/** Renders the body blocks of a report to inner HTML per anchor, with the project's processor. */
import type { PublishedBlock } from '../report/published.ts';
import { splitBlocks } from './blocks.ts';
import { blocksMarkdown } from './build.ts';
import { MARKDOWN_OPTIONS, markdownProcessor } from './processor.ts';

type Renderer = { render(md: string, opts: { frontmatter: Record<string, unknown> }): Promise<{ code: string }> };
let renderer: Promise<Renderer> | undefined;

/** Markdown to HTML exactly as the site renders it. */
export async function renderMarkdown(markdown: string): Promise<string> {
	const processor = markdownProcessor as unknown as { createRenderer(o: object): Promise<Renderer> };
	renderer ??= processor.createRenderer(MARKDOWN_OPTIONS);
	return (await (await renderer).render(markdown, { frontmatter: {} })).code;
}

/** Inner HTML of each body block (headings and paragraphs), keyed by anchor. */
export async function renderBlocks(blocks: PublishedBlock[]): Promise<Map<string, string>> {
	const { markdown, ids } = blocksMarkdown(blocks);
	return splitBlocks(await renderMarkdown(markdown), ids);
}
