/** Renders Markdown exactly as the content loader does: the project's configured processor. */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import config from '../../astro.config.mjs';

type Renderer = { render(md: string, opts: { frontmatter: Record<string, unknown> }): Promise<{ code: string }> };
let renderer: Promise<Renderer> | undefined;

export async function render(markdown: string): Promise<string> {
	const processor = config.markdown!.processor as unknown as { createRenderer(o: object): Promise<Renderer> };
	renderer ??= processor.createRenderer({ gfm: false, smartypants: false, syntaxHighlight: false });
	const { frontmatter, content } = parseFrontmatter(markdown);
	return (await (await renderer).render(content, { frontmatter })).code;
}

/** Text content of rendered inline HTML: tags dropped, entities decoded. */
export function textOf(html: string): string {
	const named: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };
	return html.replace(/<[^>]+>/g, '').replace(/&(?:#x([0-9a-f]+)|#(\d+)|(quot|lt|gt|amp));/gi, (_, hex?: string, dec?: string, name?: string) =>
		hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : named[name!]!,
	);
}
