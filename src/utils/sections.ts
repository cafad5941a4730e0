/** Plain-text views of a report's parts, from its published blocks: CSV rows, comparisons. */
import { partBlocks, type PublishedBlock } from '../report/published.ts';

/** What a part says below its heading, one block per line, as shown. */
export function partText(blocks: PublishedBlock[], part: string): string {
	return partBlocks(blocks, part).map((b) => b.text).join('\n');
}
