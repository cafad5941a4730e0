/** The library's downloads: written from the parse-once cache by the loader, listed by /data/, copied into dist/data/. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArtefactStore } from '../corpus/artefacts.ts';
import { corpusCacheDir } from '../corpus/prepare.ts';
import type { Log } from '../corpus/progress.ts';
import { codeVersion } from '../corpus/version.ts';
import type { ReportSummary } from '../report/summary.ts';
import { writeDownloads, type DownloadsManifest } from './downloads.ts';
import { readReportFilesList, reportFilesOf, writeReportFilesList, type ReportFiles } from './report-files.ts';

export type { DownloadFile, DownloadsManifest } from './downloads.ts';
export { CSV_HEADER, INDEX_FILE, INDEX_HEADER } from './downloads.ts';
export { publishedFiles, publishReportFiles, type ReportFiles } from './report-files.ts';

/** The list of downloads in dist/data/ (name, year, format, bytes, reports). */
export const DOWNLOADS_FILE = 'files.json';

/** Code that shapes the files, besides the artefacts (whose keys carry their own version). */
const DOWNLOAD_SOURCES = ['src/exports', 'src/utils/csv.ts', 'src/utils/sections.ts'];

const manifestPath = (cacheDir: string, folder: string) => join(corpusCacheDir(cacheDir, folder), 'downloads.json');
const reportFilesPath = (cacheDir: string, folder: string) => join(corpusCacheDir(cacheDir, folder), 'report-files.json');

/**
 * Writes the downloads of a prepared corpus and records their manifest for the pages and the
 * build hook, with the list of each report's own files (report-files.ts) for its hook.
 */
export async function prepareDownloads(input: { summaries: ReportSummary[]; store: ArtefactStore; cacheDir: string; folder: string; root: string; log?: Log }): Promise<DownloadsManifest> {
	const manifest = await writeDownloads({
		summaries: input.summaries,
		store: input.store,
		dir: join(corpusCacheDir(input.cacheDir, input.folder), 'downloads'),
		version: codeVersion(input.root, DOWNLOAD_SOURCES),
		log: input.log,
	});
	writeFileSync(manifestPath(input.cacheDir, input.folder), JSON.stringify(manifest));
	writeReportFilesList(reportFilesPath(input.cacheDir, input.folder), reportFilesOf(input.summaries));
	return manifest;
}

/** Each report's files as the last content sync listed them, or none. */
export function readReportFiles(cacheDir: string, folder: string): ReportFiles[] | null {
	return readReportFilesList(reportFilesPath(cacheDir, folder));
}

/** The manifest the last content sync wrote, or none. */
export function readDownloads(cacheDir: string, folder: string): DownloadsManifest | null {
	const path = manifestPath(cacheDir, folder);
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as DownloadsManifest) : null;
}
