/**
 * Which pages this build writes. A sharded build (README, "分片构建") runs one job per shard
 * with every page of its reports, and one catalogue job over all reports with
 * SITE_PAGES=catalogue: listings, comparisons and downloads, but no report pages and no
 * search index, which the shards supply.
 */
const MODES = ['all', 'catalogue'] as const;
export type PagesMode = (typeof MODES)[number];

export function pagesMode(): PagesMode {
	const raw = process.env.SITE_PAGES || 'all';
	if (!(MODES as readonly string[]).includes(raw)) throw new Error(`SITE_PAGES must be one of ${MODES.join(', ')}; got "${raw}".`);
	return raw as PagesMode;
}

/** False in a catalogue build: report pages (and their index) come from the shard builds. */
export function buildsReportPages(): boolean {
	return pagesMode() === 'all';
}
