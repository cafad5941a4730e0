/**
 * Each report's own files beside its page: its text (`text.txt`, written with its artefact)
 * and, where it may be published, its original file. They are put into dist/ (texts as hard
 * links) once Astro has written the pages rather than rendered as routes: at 10,000 reports those were
 * 20,000 routes of about 3 ms each, a fifth of the pages phase, and as many pages for an
 * incremental build to restore.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArtefactStore } from '../corpus/artefacts.ts';
import { publishesOriginal } from '../report/index.ts';
import { eachInPool, folderMaker, placeFile } from '../utils/file-pool.ts';
import type { ReportSummary } from '../report/summary.ts';
import { originalExtension, reportOriginalUrl, reportTextUrl } from '../utils/urls.ts';

/** One report's files, as the list records them. */
export interface ReportFiles {
	/** Report id (its folder under /reports/). */
	id: string;
	/** Artefact key: where its text is in the store. */
	key: string;
	/** The source file in the reports folder, or null where it is withheld (publishesOriginal). */
	original: string | null;
}

/** The list of every report's files, from the prepared summaries. */
export function reportFilesOf(summaries: readonly ReportSummary[]): ReportFiles[] {
	return summaries.map((s) => ({ id: s.id, key: s.key, original: publishesOriginal(s.warnings) ? s.source.file : null }));
}

export function writeReportFilesList(path: string, files: ReportFiles[]): void {
	writeFileSync(path, JSON.stringify(files));
}

export function readReportFilesList(path: string): ReportFiles[] | null {
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ReportFiles[]) : null;
}

const CONTENT_TYPES: Record<string, string> = {
	txt: 'text/plain; charset=utf-8',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pdf: 'application/pdf',
	html: 'text/html',
	htm: 'text/html',
};

/** One published file: its URL, where its bytes are, and its media type. */
export interface PublishedFile {
	url: string;
	from: string;
	contentType: string;
	/**
	 * Whether a hard link may stand for a copy: the store writes each text once, under a new
	 * name; a file in the reports folder may be edited in place, which through a link would
	 * change every earlier build's copy.
	 */
	link: boolean;
}

/** Every file the list publishes, text first then original, report by report. */
export function* publishedFiles(files: readonly ReportFiles[], store: ArtefactStore, folder: string): Generator<PublishedFile> {
	for (const { id, key, original } of files) {
		yield { url: reportTextUrl(id), from: store.textPath(key), contentType: CONTENT_TYPES.txt!, link: true };
		if (original) {
			yield { url: reportOriginalUrl(id, original), from: join(folder, original), contentType: CONTENT_TYPES[originalExtension(original)] ?? 'application/octet-stream', link: false };
		}
	}
}

/**
 * Puts every listed file into `outDir` at its URL: a text as a hard link (free, and the bytes
 * stay one copy; a copy where the cache is on another file system), an original as a copy;
 * many at a time (src/utils/file-pool.ts: some 20,000 files for 10,000 reports).
 * Resolves to how many files it placed.
 */
export async function publishReportFiles(files: readonly ReportFiles[], store: ArtefactStore, folder: string, outDir: string): Promise<number> {
	let placed = 0;
	const makeFolder = folderMaker();
	await eachInPool([...publishedFiles(files, store, folder)], async (file) => {
		const to = join(outDir, file.url);
		await makeFolder(dirname(to));
		try {
			await placeFile(file.from, to, file.link);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${file.from} is missing, so ${file.url} cannot be published: build again (the parse phase writes it).`);
			throw error;
		}
		placed++;
	});
	return placed;
}
