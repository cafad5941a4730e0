/**
 * Which pages this build writes. A sharded build (README, "分片构建") runs one job per shard
 * with every page of its reports, and one catalogue job over all reports with
 * SITE_PAGES=catalogue: listings, comparisons and downloads, but no report pages and no
 * search index, which the shards supply.
 */
import { buildOptions } from '../config/options.ts';

/** False in a catalogue build: report pages (and their index) come from the shard builds. */
export function buildsReportPages(): boolean {
	return buildOptions().sitePages === 'all';
}
