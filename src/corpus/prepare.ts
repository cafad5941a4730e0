/**
 * The parse-once pass, modelled on Astro's glob loader: digest each source file before
 * parsing it, and parse and render only what the cache does not hold yet. An unchanged
 * report (same bytes, same name, same code version) is never parsed or rendered again.
 * Every bad file is collected, so the caller can list them all at once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { duplicates, reportFiles } from '../report/corpus.ts';
import { ReportError } from '../report/errors.ts';
import { parseReport } from '../report/parse.ts';
import type { ReportSummary } from '../report/summary.ts';
import { makeArtefact, openArtefactStore, type ArtefactStore } from './artefacts.ts';
import { progressLog, type Log } from './progress.ts';
import { codeVersion } from './version.ts';

export interface PrepareOptions {
	/** Folder of report files (absolute). */
	folder: string;
	/** The build's cache folder (absolute); artefacts go below it. */
	cacheDir: string;
	/** Project root: the code version is read from its sources. */
	root: string;
	log?: Log;
}

export interface PreparedCorpus {
	/** Summaries of every good report, in file-name order. */
	summaries: ReportSummary[];
	/** Every bad file, with why. */
	problems: ReportError[];
	store: ArtefactStore;
	parsed: number;
	reused: number;
}

/** The cache folder of one reports folder: each keeps its own, so pruning one never empties another's. */
export function corpusCacheDir(cacheDir: string, folder: string): string {
	return join(cacheDir, 'corpus', createHash('sha256').update(resolve(folder)).digest('hex').slice(0, 12));
}

/** The artefact store of a reports folder. */
export function artefactStoreFor(cacheDir: string, folder: string): ArtefactStore {
	return openArtefactStore(join(corpusCacheDir(cacheDir, folder), 'reports'));
}

/** Cache key of one source file: its name and bytes, and the code that turns them into artefacts. */
export function artefactKey(version: string, file: string, bytes: Uint8Array): string {
	return createHash('sha256').update(version).update('\0').update(file).update('\0').update(bytes).digest('hex').slice(0, 32);
}

export async function prepareCorpus({ folder, cacheDir, root, log }: PrepareOptions): Promise<PreparedCorpus> {
	const store = artefactStoreFor(cacheDir, folder);
	const version = codeVersion(root);
	const names = await reportFiles(folder);
	const progress = progressLog('parse', names.length, log);
	const summaries: ReportSummary[] = [];
	const problems: ReportError[] = [];
	let parsed = 0;
	for (const file of names) {
		// One file at a time: opening 40,000 at once exceeds the open-file limit (EMFILE).
		const bytes = new Uint8Array(readFileSync(join(folder, file)));
		const key = artefactKey(version, file, bytes);
		let summary = store.readSummary(key);
		if (!summary) {
			try {
				const made = await makeArtefact(parseReport(bytes, file), key);
				store.write(key, made.artefact, made.summary);
				summary = made.summary;
				parsed++;
			} catch (e) {
				problems.push(e instanceof ReportError ? e : new ReportError(file, `could not be parsed: ${(e as Error).message}`));
			}
		}
		if (summary) summaries.push(summary);
		progress.tick();
	}
	problems.push(...duplicates(summaries));
	const bad = new Set(problems.map((p) => p.file));
	const good = summaries.filter((s) => !bad.has(s.source.file));
	if (problems.length === 0) store.prune(new Set(good.map((s) => s.key)));
	progress.done(`${parsed} parsed and rendered, ${names.length - parsed - problems.length} unchanged since the last build`);
	return { summaries: good, problems, store, parsed, reused: good.length - parsed };
}
