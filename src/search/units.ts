/**
 * The units search matches: the report's searchable published blocks (src/report/published.ts),
 * each one block on the report page with its own anchor. A match never spans two units,
 * because Ctrl+F on the page does not find a string across two blocks either.
 */
import { publishedBlocks, searchableBlocks, type PublishedBlock } from '../report/published.ts';

export type Unit = PublishedBlock;
export type { UnitScope } from './scopes.ts';
export { TITLE_ANCHOR } from '../report/published.ts';

export function reportUnits(report: Parameters<typeof publishedBlocks>[0]): Unit[] {
	return searchableBlocks(publishedBlocks(report));
}
