/**
 * The library as downloads, by year: every report as JSON (exactly the parser's schema,
 * gzip-compressed) and as CSV (one row per part, plain), cut into volumes under 50 MB
 * (volumes.ts). Written from the parse-once cache, one report at a time, into the build's
 * cache folder; a year whose reports and code are unchanged keeps its files. The build
 * copies them into dist/data/ (src/integrations/downloads.ts); /data/ lists them with sizes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArtefactStore } from '../corpus/artefacts.ts';
import { progressLog, type Log } from '../corpus/progress.ts';
import type { ReportSummary } from '../report/summary.ts';
import { csvRow } from '../utils/csv.ts';
import { reportUrl } from '../utils/urls.ts';
import { partText } from '../utils/sections.ts';
import { VolumeWriter, type VolumeFormat, type WrittenFile } from './volumes.ts';

/**
 * Columns of reports-index.csv: one row per report, the whole library's list, with its
 * provenance (a fact of the report, so said once here rather than on each of its part rows).
 */
export const INDEX_HEADER = ['report_id', 'province', 'city', 'county', 'township', 'region_code', 'year', 'title', 'parts', 'url', 'source_file', 'source_format', 'source_url', 'source_retrieved', 'source_sha256'];

/** The whole library's list of reports (small: a row per report), rewritten every build. */
export const INDEX_FILE = 'reports-index.csv';

/**
 * Columns of reports-<year>.csv: one row per part, with the report's place and year for
 * filtering; its provenance is in reports-index.csv (repeated on every part row it cost
 * about 0.28 KB a report at 10,000: measured, data/ 173.7 -> 170.9 MB).
 */
export const CSV_HEADER = ['report_id', 'province', 'city', 'county', 'township', 'region_code', 'year', 'type', 'heading', 'text'];

const JSON_FORMAT: VolumeFormat = { ext: 'json', head: '[', tail: ']', separator: ',' };
const CSV_FORMAT: VolumeFormat = { ext: 'csv', head: `\uFEFF${csvRow(CSV_HEADER)}`, tail: '', separator: '' };

export interface DownloadFile extends WrittenFile {
	/** Year of the reports it holds, or null for the whole-library list. */
	year: number | null;
	/** Folder in the build's cache that holds it. */
	dir: string;
	/** `json` or `csv`. */
	format: string;
	gzip: boolean;
}

export interface DownloadsManifest {
	files: DownloadFile[];
	/** The year folders in use (the others are deleted). */
	dirs: string[];
}

export interface DownloadsInput {
	summaries: ReportSummary[];
	store: ArtefactStore;
	/** The downloads folder in the build's cache. */
	dir: string;
	/** Code version: another version writes every year again. */
	version: string;
	log?: Log;
}

const MANIFEST = 'files.json';

async function writeYear(year: number, reports: ReportSummary[], store: ArtefactStore, out: string): Promise<Array<Omit<DownloadFile, 'dir'>>> {
	// One form per reader: JSON for programs, compressed (it is the largest form, about 19 KB a
	// report, 5 KB gzipped, and whoever reads JSON reads gzip); CSV for spreadsheets, plain, as
	// they cannot open .gz. A gzip twin of the CSV cost 2 KB a report on disk for a download
	// the JSON already offers in fewer bytes.
	const writers = [
		{ format: 'json', gzip: true, w: new VolumeWriter(out, `reports-${year}`, JSON_FORMAT, true) },
		{ format: 'csv', gzip: false, w: new VolumeWriter(out, `reports-${year}`, CSV_FORMAT, false) },
	];
	for (const summary of reports) {
		const { report, blocks } = store.read(summary.key);
		const json = [JSON.stringify(report)];
		const { province, city, county, township, code } = report.region;
		const rows = report.sections.map((s) => csvRow([report.id, province, city, county, township, code, report.reportYear, s.type, s.heading, partText(blocks, s.id)]));
		for (const { format, w } of writers) await w.add(format === 'json' ? json : rows);
	}
	const files: Array<Omit<DownloadFile, 'dir'>> = [];
	for (const { format, gzip, w } of writers) for (const f of await w.finish()) files.push({ ...f, year, format, gzip });
	return files;
}

/** Writes (or keeps) each year's files and returns the manifest of all of them. */
export async function writeDownloads({ summaries, store, dir, version, log }: DownloadsInput): Promise<DownloadsManifest> {
	const byYear = new Map<number, ReportSummary[]>();
	for (const s of [...summaries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) byYear.set(s.reportYear, [...(byYear.get(s.reportYear) ?? []), s]);
	mkdirSync(dir, { recursive: true });
	const progress = progressLog('downloads', summaries.length, log);
	const manifest: DownloadsManifest = { files: [], dirs: [] };
	let kept = 0;
	for (const [year, reports] of [...byYear].sort((a, b) => a[0] - b[0])) {
		const hash = createHash('sha256').update(version);
		for (const r of reports) hash.update('\0').update(r.key);
		const out = join(dir, `${year}-${hash.digest('hex').slice(0, 16)}`);
		let files: Array<Omit<DownloadFile, 'dir'>>;
		if (existsSync(join(out, MANIFEST))) {
			files = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as typeof files;
			kept++;
		} else {
			const pending = `${out}.partial`;
			rmSync(pending, { recursive: true, force: true });
			mkdirSync(pending, { recursive: true });
			files = await writeYear(year, reports, store, pending);
			writeFileSync(join(pending, MANIFEST), JSON.stringify(files));
			renameSync(pending, out);
		}
		manifest.files.push(...files.map((f) => ({ ...f, dir: out })));
		manifest.dirs.push(out);
		progress.tick(reports.length);
	}
	// Written afresh into a new folder, then swapped in: builds link these files into dist/
	// (src/integrations/downloads.ts), so rewriting one in place would rewrite every earlier build's copy.
	const indexDir = join(dir, 'index');
	const indexPending = `${indexDir}.partial`;
	rmSync(indexPending, { recursive: true, force: true });
	mkdirSync(indexPending, { recursive: true });
	const index = new VolumeWriter(indexPending, 'reports-index', { ext: 'csv', head: `\uFEFF${csvRow(INDEX_HEADER)}`, tail: '', separator: '' }, false);
	for (const r of [...summaries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
		const { province, city, county, township, code } = r.region;
		const { file, format, url, retrieved, sha256 } = r.source;
		await index.add([csvRow([r.id, province, city, county, township, code, r.reportYear, r.title, r.parts.map((p) => p.type).join(';'), reportUrl(r.id), file, format, url, retrieved, sha256])]);
	}
	const written = await index.finish();
	rmSync(indexDir, { recursive: true, force: true });
	renameSync(indexPending, indexDir);
	for (const f of written) manifest.files.push({ ...f, year: null, format: 'csv', gzip: false, dir: indexDir });
	manifest.dirs.push(indexDir);
	// Years no longer in the library, or written by other code, go.
	const used = new Set(manifest.dirs);
	for (const name of readdirSync(dir)) if (!used.has(join(dir, name))) rmSync(join(dir, name), { recursive: true, force: true });
	progress.done(`${manifest.files.length} files for ${byYear.size} year(s)${kept ? `, ${kept} year(s) unchanged` : ''}`);
	return manifest;
}
