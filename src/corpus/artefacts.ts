/**
 * A report's derived artefacts, made once from its source and kept on disk by key: the
 * Report, its published blocks and its body HTML, beside its summary (what listing pages
 * need), its insight source (what the library's insight reads of it) and its text file.
 * The content loader, report pages, exports, insight and the indexer read these; none
 * parses or renders a report again.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { insightSource, type InsightSource } from '../insight/index.ts';
import { reportBodyHtml } from '../markdown/body.ts';
import { renderBlocks } from '../markdown/render.ts';
import { knownBlocks, publishedBlocks, type PublishedBlock } from '../report/published.ts';
import type { Report } from '../report/schema.ts';
import { summarizeReport, type ReportSummary } from '../report/summary.ts';

export interface ReportArtefact {
	report: Report;
	/** The published text, block by block (src/report/published.ts). */
	blocks: PublishedBlock[];
	/** The report body as the page shows it (src/markdown/body.ts). */
	body: string;
}

/** Everything made of one report, as the store keeps it. */
export interface MadeReport {
	artefact: ReportArtefact;
	summary: ReportSummary;
	insight: InsightSource;
}

export async function makeArtefact(report: Report, key: string): Promise<MadeReport> {
	const blocks = publishedBlocks(report);
	const body = reportBodyHtml(blocks, await renderBlocks(blocks));
	return { artefact: { report, blocks, body }, summary: summarizeReport(report, blocks, key), insight: insightSource(knownBlocks(report, blocks)) };
}

export interface ArtefactStore {
	/** The folder holding the store. */
	dir: string;
	readSummary(key: string): ReportSummary | null;
	read(key: string): ReportArtefact;
	/** What the library's insight reads of the report (src/insight `insightSource`). */
	readInsight(key: string): InsightSource;
	/** The report's text as published at `/reports/<id>/text.txt` (reportTextFile), written with its artefact. */
	textPath(key: string): string;
	write(key: string, made: MadeReport): void;
	/** Deletes entries whose key is not in `keep`, so the store stays one library's size. */
	prune(keep: Set<string>): number;
}

/** The store in `dir` (usually `<cache folder>/reports`). */
/**
 * The cleaned source text as a file. It starts with a UTF-8 byte order mark: static servers
 * often send `.txt` as `text/plain` with no charset (nginx's default), and browsers then
 * guess a legacy encoding unless the bytes say UTF-8.
 */
export function reportTextFile(text: string): string {
	return `\uFEFF${text.endsWith('\n') ? text : `${text}\n`}`;
}

/**
 * Reads a cache file as text. The entries are mostly Chinese, and `readFileSync(path, 'utf8')`
 * builds such strings slower than TextDecoder does (the 10,000 artefacts of the bench corpus
 * read and parsed: 5.5–16 s against 3.2–3.7 s, beside another build; their insight sources
 * 1.8–2.4 s against 1.1), and every page, the insight pass and the indexer read them.
 */
const utf8 = new TextDecoder();
const readText = (file: string) => utf8.decode(readFileSync(file));

export function openArtefactStore(dir: string): ArtefactStore {
	const path = (key: string, kind: 'summary' | 'artefact' | 'insight') => join(dir, key.slice(0, 2), `${key}.${kind}.json`);
	const textPath = (key: string) => join(dir, key.slice(0, 2), `${key}.text.txt`);
	const writeAtomic = (file: string, data: string) => {
		mkdirSync(dirname(file), { recursive: true });
		const temp = `${file}.${process.pid}.tmp`;
		writeFileSync(temp, data);
		renameSync(temp, file);
	};
	const readEntry = <T>(key: string, kind: 'artefact' | 'insight'): T => {
		try {
			return JSON.parse(readText(path(key, kind))) as T;
		} catch (error) {
			throw new Error(`The parsed-report cache has no entry ${key} in ${dir} (${(error as Error).message}). Build again: the cache is filled by the content loader.`);
		}
	};
	return {
		dir,
		readSummary(key) {
			try {
				return JSON.parse(readText(path(key, 'summary'))) as ReportSummary;
			} catch {
				return null;
			}
		},
		read(key) {
			return readEntry<ReportArtefact>(key, 'artefact');
		},
		readInsight(key) {
			return readEntry<InsightSource>(key, 'insight');
		},
		textPath,
		write(key, { artefact, summary, insight }) {
			// The rest first: a summary is only ever found beside a complete entry.
			writeAtomic(path(key, 'artefact'), JSON.stringify(artefact));
			writeAtomic(path(key, 'insight'), JSON.stringify(insight));
			writeAtomic(textPath(key), reportTextFile(artefact.report.text));
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
					if (keep.has(name.replace(/\.(summary\.json|artefact\.json|insight\.json|text\.txt)$/, ''))) continue;
					rmSync(join(dir, shard, name), { force: true });
					removed++;
				}
			}
			return removed;
		},
	};
}
