/**
 * The whole library, loaded once per build and shared by every page: report summaries in a
 * stable order (province, county, township, year) with their region tree, and each report's
 * artefacts (full Report, published blocks, body HTML) read from the parse-once cache on demand.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import { buildOptions } from '../config/options.ts';
import type { ArtefactStore, ReportArtefact } from '../corpus/artefacts.ts';
import { artefactStoreFor } from '../corpus/prepare.ts';
import { readDownloads, type DownloadsManifest } from '../exports/index.ts';
import type { InsightSource } from '../insight/index.ts';
import type { ReportSummary } from '../report/summary.ts';
import { locateAll, type Location } from './locate.ts';
import { buildRegions, type RegionTree } from './regions.ts';

export type ReportEntry = CollectionEntry<'reports'>;

export interface Library {
	reports: ReportEntry[];
	byId: Map<string, ReportEntry>;
	regions: RegionTree;
	years: number[];
	/** Each report's place in the tree and its township's neighbouring years. */
	locations: Map<string, Location>;
}

let cached: Promise<Library> | undefined;

export function getLibrary(): Promise<Library> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Library> {
	const entries = await getCollection('reports');
	const regions = buildRegions(entries);
	const reports = regions.provinces.flatMap((p) => p.counties.flatMap((c) => c.townships.flatMap((t) => t.reports)));
	const years = [...new Set(reports.map((r) => r.data.reportYear))].sort((a, b) => a - b);
	return { reports, byId: new Map(reports.map((r) => [r.id, r])), regions, years, locations: locateAll(regions) };
}

let store: ArtefactStore | undefined;
function openStore(): ArtefactStore {
	const options = buildOptions();
	return artefactStoreFor(resolve(options.cacheDir), resolve(options.reportsDir));
}

/** The cached artefacts of one report: read from disk each time, so pages never hold the library's text. */
export function reportArtefact(entry: ReportEntry): ReportArtefact {
	store ??= openStore();
	return store.read(entry.data.key);
}

/** The whole summary of one report (outlines, subheadings, provenance), which the content store leaves out. */
export function reportSummary(entry: ReportEntry): ReportSummary {
	store ??= openStore();
	const summary = store.readSummary(entry.data.key);
	if (!summary) throw new Error(`The parsed-report cache has no summary for ${entry.id} (key ${entry.data.key}). Build again: the content loader fills the cache.`);
	return summary;
}

/** What the library's insight reads of each of `entries`, one at a time in order, from the cache. */
export function* insightSources(entries: Iterable<ReportEntry>): Generator<InsightSource> {
	for (const entry of entries) {
		store ??= openStore();
		yield store.readInsight(entry.data.key);
	}
}

/** The downloads the content loader wrote for this library (listed on /data/ with their sizes). */
export function getDownloads(): DownloadsManifest {
	const options = buildOptions();
	const manifest = readDownloads(resolve(options.cacheDir), resolve(options.reportsDir));
	if (!manifest) throw new Error('No downloads were prepared for this library: the content loader writes them; build again.');
	return manifest;
}
