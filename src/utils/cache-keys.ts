/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page is copied
 * from the last build when its key and its code are unchanged, so a key must digest
 * everything the page reads besides its code. For a report page: its own artefact (by key),
 * its place and neighbouring years, and its insight panel (laws, figures, similar paragraphs
 * of other reports, follow-up links).
 */
import { createHash } from 'node:crypto';
import type { ReportInsight } from '../insight/index.ts';
import type { ReportEntry } from './library.ts';
import type { Location } from './locate.ts';

export function digestOf(...parts: unknown[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part ?? null)).update('\0');
	return hash.digest('hex').slice(0, 32);
}

const neighbour = (entry: ReportEntry | undefined) => (entry ? [entry.id, entry.data.reportYear] : null);

/** What a report page shows besides its own text. */
export function reportPageKey(entry: ReportEntry, location: Location, view: ReportInsight | undefined, byId: Map<string, ReportEntry>): string {
	const panel = view && {
		// A law's name, kind and link; the page shows no library-wide counts, so another report citing it changes nothing here.
		citations: view.citations.map((c) => [c.law.id, c.law.name, c.law.kind, c.paragraphId]),
		figures: view.figures,
		similar: view.similar.map((m) => ({ ...m, other: byId.get(m.otherReportId)?.data.key })),
		share: view.share,
		follows: view.follows && [view.follows.township, view.follows.fromYear, view.follows.toYear],
		followedBy: view.followedBy && [view.followedBy.township, view.followedBy.fromYear, view.followedBy.toYear],
	};
	return digestOf(entry.data.key, location.places, neighbour(location.previous), neighbour(location.next), panel);
}
