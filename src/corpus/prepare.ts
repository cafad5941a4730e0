/**
 * The parse-once pass, modelled on Astro's glob loader: digest each source file before
 * parsing it, and parse and render only what the cache does not hold yet. An unchanged
 * report (same bytes, same name, same code version) is never parsed or rendered again.
 * Every bad file is collected, so the caller can list them all at once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { duplicates, parsePublished, reportFolder } from '../report/corpus.ts';
import { readSidecar, type SidecarEntry } from '../report/intake/sources.ts';
import { ReportError } from '../report/errors.ts';
import type { ReportSummary } from '../report/summary.ts';
import { makeArtefact, openArtefactStore, type ArtefactStore } from './artefacts.ts';
import { progressLog, type Log } from './progress.ts';
import type { WorkerJob } from './worker.ts';
import { codeVersion } from './version.ts';

export interface PrepareOptions {
	/** Folder of report files (absolute). */
	folder: string;
	/** The build's cache folder (absolute); artefacts go below it. */
	cacheDir: string;
	/** Project root: the code version is read from its sources. */
	root: string;
	log?: Log;
	/**
	 * Threads that parse and render (default 1: in this thread). Only where this module runs
	 * as plain Node (scripts/prepare-corpus.ts), not bundled inside Astro.
	 */
	workers?: number;
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

/** Cache key of one source file: its name, bytes and sources.csv row, and the code that turns them into artefacts. */
export function artefactKey(version: string, file: string, bytes: Uint8Array, sidecar?: SidecarEntry): string {
	const hash = createHash('sha256').update(version).update('\0').update(file).update('\0').update(bytes);
	if (sidecar) hash.update('\0').update(JSON.stringify(sidecar));
	return hash.digest('hex').slice(0, 32);
}

type Made = Awaited<ReturnType<typeof makeArtefact>>;
type Outcome = { made: Made } | { problem: ReportError };

/** Reads, parses and renders one file in this thread. */
async function makeHere(file: string, bytes: Uint8Array, key: string, sidecar?: SidecarEntry): Promise<Outcome> {
	try {
		return { made: await makeArtefact(await parsePublished(bytes, file, sidecar), key) };
	} catch (e) {
		return { problem: e instanceof ReportError ? e : new ReportError(file, `could not be parsed: ${(e as Error).message}`) };
	}
}

/** `count` worker threads, each taking one file at a time. */
function workerPool(count: number) {
	const idle: Worker[] = Array.from({ length: count }, () => new Worker(new URL('./worker.ts', import.meta.url)));
	const all = [...idle];
	const waiting: Array<(w: Worker) => void> = [];
	const take = () => new Promise<Worker>((give) => (idle.length ? give(idle.pop()!) : waiting.push(give)));
	const release = (w: Worker) => (waiting.length ? waiting.shift()!(w) : idle.push(w));
	return {
		async make(job: WorkerJob): Promise<Outcome> {
			const worker = await take();
			try {
				return await new Promise<Outcome>((done, fail) => {
					// Each job's listeners go when it ends: left behind, they piled up one a file on
					// each worker (Node's MaxListenersExceededWarning after ten, 20,000 at 40,000).
					const onMessage = (m: { made?: Made; problem?: { file: string; reason: string; line?: number } }) => {
						worker.off('error', onError);
						done(m.made ? { made: m.made } : { problem: new ReportError(m.problem!.file, m.problem!.reason, m.problem!.line) });
					};
					const onError = (e: Error) => {
						worker.off('message', onMessage);
						fail(e);
					};
					worker.once('message', onMessage);
					worker.once('error', onError);
					worker.postMessage(job);
				});
			} finally {
				release(worker);
			}
		},
		close: () => Promise.all(all.map((w) => w.terminate())),
	};
}

export async function prepareCorpus({ folder, cacheDir, root, log, workers = 1 }: PrepareOptions): Promise<PreparedCorpus> {
	const store = artefactStoreFor(cacheDir, folder);
	const version = codeVersion(root);
	const { names, sidecar: sidecarBytes } = await reportFolder(folder);
	const progress = progressLog('parse', names.length, log);
	const found: Array<ReportSummary | null> = new Array(names.length).fill(null);
	const problems: ReportError[] = [];
	const sidecar = sidecarBytes ? readSidecar(sidecarBytes, new Set(names)) : null;
	if (sidecar) problems.push(...sidecar.problems);
	const pool = workers > 1 ? workerPool(workers) : null;
	const pending = new Set<Promise<void>>();
	let parsed = 0;
	try {
		for (const [i, file] of names.entries()) {
			// One file at a time: opening 40,000 at once exceeds the open-file limit (EMFILE).
			const bytes = new Uint8Array(readFileSync(join(folder, file)));
			const facts = sidecar?.entries.get(file);
			const key = artefactKey(version, file, bytes, facts);
			const summary = store.readSummary(key);
			if (summary) {
				found[i] = summary;
				progress.tick();
				continue;
			}
			const job = (pool ? pool.make({ file, bytes, key, sidecar: facts }) : makeHere(file, bytes, key, facts)).then((outcome) => {
				if ('problem' in outcome) problems.push(outcome.problem);
				else {
					store.write(key, outcome.made);
					found[i] = outcome.made.summary;
					parsed++;
				}
				progress.tick();
			});
			const tracked = job.finally(() => pending.delete(tracked));
			pending.add(tracked);
			// Keep a few files in flight per thread, not the whole folder in memory.
			if (pending.size >= 4 * Math.max(1, workers)) await Promise.race(pending);
		}
		await Promise.all(pending);
	} finally {
		await pool?.close();
	}
	const summaries = found.filter((s): s is ReportSummary => s !== null);
	problems.sort((a, b) => a.file.localeCompare(b.file));
	problems.push(...duplicates(summaries));
	const bad = new Set(problems.map((p) => p.file));
	const good = summaries.filter((s) => !bad.has(s.source.file));
	if (problems.length === 0) store.prune(new Set(good.map((s) => s.key)));
	progress.done(`${parsed} parsed and rendered, ${names.length - parsed - problems.length} unchanged since the last build`);
	return { summaries: good, problems, store, parsed, reused: good.length - parsed };
}
