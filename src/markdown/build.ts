/**
 * Markdown of a report body, generated from its published blocks (src/report/published.ts):
 * source text is always escaped, and the only live markup is one heading or paragraph per
 * block and `**…**` around the blocks' emphasis ranges, which remark-cjk-friendly lets
 * close before Han characters. Each block is one line, so the rendered HTML maps back to
 * anchors line by line (see blocks.ts).
 */
import type { PublishedBlock } from '../report/published.ts';
import { escapeMarkdown, escapeNormalized } from './escape.ts';

export interface BuiltMarkdown {
	/** Markdown for the body blocks, one block per line pair. */
	markdown: string;
	/** Anchor of each Markdown block, in order. */
	ids: string[];
}

/** Blocks the body shows (the title block is the page header's). */
export function bodyBlocks(blocks: PublishedBlock[]): PublishedBlock[] {
	return blocks.filter((b) => b.kind === 'heading' || b.kind === 'paragraph');
}

/** A block's text with its emphasis ranges as `**…**`. */
export function emphasisMarkdown(block: Pick<PublishedBlock, 'text' | 'emphasis'>): string {
	let out = '';
	let at = 0;
	for (const [start, end] of block.emphasis) {
		out += `${escapeNormalized(block.text.slice(at, start))}**${escapeNormalized(block.text.slice(start, end))}**`;
		at = end;
	}
	return out + escapeNormalized(block.text.slice(at));
}

export function blocksMarkdown(blocks: PublishedBlock[]): BuiltMarkdown {
	const body = bodyBlocks(blocks);
	// An empty block still renders one element (`\-` shows as `-`), so lines and ids stay aligned.
	const lines = body.map((b) =>
		b.kind === 'heading' ? `${'#'.repeat(Math.min(b.level, 6))} ${escapeMarkdown(b.text) || '\\-'}` : emphasisMarkdown(b) || '\\-',
	);
	return { markdown: lines.join('\n\n') + '\n', ids: body.map((b) => b.anchor) };
}
