/**
 * A report's derived artefacts, made once from its source and kept on disk by key: the
 * Report, its published blocks and its body HTML, beside its summary (what listing pages
 * need). The content loader, report pages, exports, insight and the indexer read these;
 * none parses or renders a report again.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { reportBodyHtml } from '../markdown/body.ts';
import { renderBlocks } from '../markdown/render.ts';
import { publishedBlocks, type PublishedBlock } from '../report/published.ts';
import type { Report } from '../report/schema.ts';
import { summarizeReport, type ReportSummary } from '../report/summary.ts';

export interface ReportArtefact {
	report: Report;
	/** The published text, block by block (src/report/published.ts). */
	blocks: PublishedBlock[];
	/** The report body as the page shows it (src/markdown/body.ts). */
	body: string;
}

export async function makeArtefact(report: Report, key: string): Promise<{ artefact: ReportArtefact; summary: ReportSummary }> {
	const blocks = publishedBlocks(report);
	const body = reportBodyHtml(blocks, await renderBlocks(blocks));
	return { artefact: { report, blocks, body }, summary: summarizeReport(report, blocks, key) };
}

export interface ArtefactStore {
	/** The folder holding the store. */
	dir: string;
	readSummary(key: string): ReportSummary | null;
	read(key: string): ReportArtefact;
	write(key: string, artefact: ReportArtefact, summary: ReportSummary): void;
	/** Deletes entries whose key is not in `keep`, so the store stays one library's size. */
	prune(keep: Set<string>): number;
}

/** The store in `dir` (usually `<cache folder>/reports`). */
export function openArtefactStore(dir: string): ArtefactStore {
	const path = (key: string, kind: 'summary' | 'artefact') => join(dir, key.slice(0, 2), `${key}.${kind}.json`);
	const writeAtomic = (file: string, data: string) => {
		mkdirSync(dirname(file), { recursive: true });
		const temp = `${file}.${process.pid}.tmp`;
		writeFileSync(temp, data);
		renameSync(temp, file);
	};
	return {
		dir,
		readSummary(key) {
			try {
				return JSON.parse(readFileSync(path(key, 'summary'), 'utf8')) as ReportSummary;
			} catch {
				return null;
			}
		},
		read(key) {
			try {
				return JSON.parse(readFileSync(path(key, 'artefact'), 'utf8')) as ReportArtefact;
			} catch (error) {
				throw new Error(`The parsed-report cache has no entry ${key} in ${dir} (${(error as Error).message}). Build again: the cache is filled by the content loader.`);
			}
		},
		write(key, artefact, summary) {
			// The artefact first: a summary is only ever found beside a complete artefact.
			writeAtomic(path(key, 'artefact'), JSON.stringify(artefact));
			writeAtomic(path(key, 'summary'), JSON.stringify(summary));
		},
		prune(keep) {
			let removed = 0;
			let shards: string[] = [];
			try {
				shards = readdirSync(dir);
			} catch {
				return 0;
			}
			for (const shard of shards) {
				for (const name of readdirSync(join(dir, shard))) {
					if (keep.has(name.replace(/\.(summary|artefact)\.json$/, ''))) continue;
					rmSync(join(dir, shard, name), { force: true });
					removed++;
				}
			}
			return removed;
		},
	};
}
