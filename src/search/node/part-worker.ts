/**
 * A worker thread of the indexer (part-writers.ts): loads one part's records into its own
 * Pagefind process, then writes the bundle and its report table when told to.
 */
import { parentPort } from 'node:worker_threads';
import { openArtefactStore } from '../../corpus/artefacts.ts';
import { addRecords, type LoadedBundle } from './pagefind-bundle.ts';
import { writePartTable } from './part-table.ts';
import { reportEntry, type RecordEntry, type RecordSource } from './records.ts';

export type PartRequest =
	| { type: 'load'; storeDir: string; reports: Array<RecordSource & { key: string }> }
	| { type: 'write'; outputPath: string }
	| { type: 'discard' };
export type PartReply = { ok: true } | { ok: false; message: string };

let loaded: { bundle: LoadedBundle; entries: RecordEntry[] } | null = null;

async function handle(request: PartRequest): Promise<void> {
	if (request.type === 'load') {
		const store = openArtefactStore(request.storeDir);
		const entries = request.reports.map((r) => reportEntry(r, store.read(r.key).blocks));
		loaded = { bundle: await addRecords(entries.map((e) => e.record)), entries };
		return;
	}
	const current = loaded;
	loaded = null;
	if (!current) throw new Error(`Indexer worker asked to ${request.type} with no part loaded`);
	if (request.type === 'discard') return current.bundle.discard();
	await current.bundle.write(request.outputPath);
	writePartTable(request.outputPath, current.entries);
}

parentPort?.on('message', async (request: PartRequest) => {
	let reply: PartReply = { ok: true };
	try {
		await handle(request);
	} catch (error) {
		reply = { ok: false, message: (error as Error).message };
	}
	parentPort!.postMessage(reply);
});
