/**
 * The indexer's two worker threads: each loads a part into a Pagefind process of its own
 * (part-worker.ts), so one part is written while the next loads (in-turn.ts), and the next
 * part's records are built off the main thread.
 */
import { Worker } from 'node:worker_threads';
import type { ArtefactStore } from '../../corpus/artefacts.ts';
import type { ReportSummary } from '../../report/summary.ts';
import type { PartReply, PartRequest } from './part-worker.ts';

export interface PartJob {
	outputPath: string;
	items: ReportSummary[];
}

/** A loaded part: the worker holding it. */
export interface LoadedPart {
	worker: Worker;
}

/** One request to a worker and its reply; a worker that fails or exits rejects it. */
function ask(worker: Worker, request: PartRequest): Promise<void> {
	return new Promise((done, fail) => {
		const onMessage = (reply: PartReply) => {
			settle();
			if (reply.ok) done();
			else fail(new Error(reply.message));
		};
		const onError = (error: Error) => (settle(), fail(error));
		const onExit = (code: number) => (settle(), fail(new Error(`Indexer worker stopped (exit ${code})`)));
		const settle = () => {
			worker.off('message', onMessage);
			worker.off('error', onError);
			worker.off('exit', onExit);
		};
		worker.once('message', onMessage);
		worker.once('error', onError);
		worker.once('exit', onExit);
		worker.postMessage(request);
	});
}

export function partWriters(store: ArtefactStore, count = 2) {
	const all = Array.from({ length: count }, () => new Worker(new URL('./part-worker.ts', import.meta.url)));
	const idle = [...all];
	const take = () => {
		const worker = idle.pop();
		// in-turn.ts has at most one part loading and one writing.
		if (!worker) throw new Error(`All ${count} indexer workers are busy`);
		return worker;
	};
	const slim = (s: ReportSummary) => ({ key: s.key, id: s.id, title: s.title, reportYear: s.reportYear, region: s.region });
	return {
		async load({ items }: PartJob): Promise<LoadedPart> {
			const worker = take();
			try {
				await ask(worker, { type: 'load', storeDir: store.dir, reports: items.map(slim) });
			} catch (error) {
				idle.push(worker);
				throw error;
			}
			return { worker };
		},
		async write({ worker }: LoadedPart, { outputPath }: PartJob): Promise<void> {
			try {
				await ask(worker, { type: 'write', outputPath });
			} finally {
				idle.push(worker);
			}
		},
		async discard({ worker }: LoadedPart): Promise<void> {
			try {
				await ask(worker, { type: 'discard' });
			} finally {
				idle.push(worker);
			}
		},
		close: () => Promise.all(all.map((w) => w.terminate())).then(() => undefined),
	};
}
