/**
 * A worker thread of the parse-once pass (prepare.ts, `workers` > 1): parses and renders
 * the files it is sent and answers with their artefacts, or the file's problem.
 */
import { parentPort } from 'node:worker_threads';
import { ReportError } from '../report/errors.ts';
import { parseReport } from '../report/parse.ts';
import { makeArtefact } from './artefacts.ts';

export interface WorkerJob {
	file: string;
	bytes: Uint8Array;
	key: string;
}

parentPort?.on('message', async ({ file, bytes, key }: WorkerJob) => {
	try {
		const made = await makeArtefact(parseReport(bytes, file), key);
		parentPort!.postMessage({ file, made });
	} catch (e) {
		const problem = e instanceof ReportError ? { file: e.file, reason: e.reason, line: e.line } : { file, reason: `could not be parsed: ${(e as Error).message}` };
		parentPort!.postMessage({ file, problem });
	}
});
