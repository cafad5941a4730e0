/**
 * Parse throughput over a whole corpus, in process: MB of source per second.
 * One untimed pass first (division index, converters, JIT), then whole passes until at least
 * a second has gone by: with a single warm-up file, 100 reports measured mostly warm-up.
 */
import { parseFiles, type Report } from '../../src/report/index.ts';
import type { SourceFile } from '../../src/report/corpus.ts';

export function parseThroughput(files: SourceFile[], minMs = 1000): { reports: Report[]; sourceBytes: number; parseMBps: number } {
	const { reports, problems } = parseFiles(files);
	if (problems.length > 0) throw new Error(`synthetic corpus did not parse:\n${problems.map((p) => p.message).join('\n')}`);
	const sourceBytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
	let runs = 0;
	const start = performance.now();
	while (runs < 2 || performance.now() - start < minMs) {
		parseFiles(files);
		runs++;
	}
	const seconds = (performance.now() - start) / 1000;
	return { reports, sourceBytes, parseMBps: Number(((sourceBytes * runs) / seconds / 1e6).toFixed(1)) };
}
