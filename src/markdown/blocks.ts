/**
 * Maps rendered report HTML back to report anchors. The builder (build.ts) writes one
 * block per anchor, and escaped text cannot start a new block, so the renderer's output is
 * one `<hN>` or `<p>` per line, in the builder's order.
 */
const BLOCK = /^<(h[1-6]|p)(?:\s[^>]*)?>(.*)<\/\1>$/;

/** Inner HTML of each block, keyed by anchor. Throws if the HTML does not match the ids. */
export function splitBlocks(html: string, ids: string[]): Map<string, string> {
	const lines = html.split('\n').filter((line) => line.trim() !== '');
	if (lines.length !== ids.length) {
		throw new Error(`Rendered ${lines.length} blocks for ${ids.length} anchors: the Markdown builder and renderer disagree.`);
	}
	const blocks = new Map<string, string>();
	lines.forEach((line, i) => {
		const match = BLOCK.exec(line);
		if (!match) throw new Error(`Unexpected rendered block for ${ids[i]}: ${line.slice(0, 80)}`);
		blocks.set(ids[i]!, match[2]!);
	});
	return blocks;
}
