/**
 * Parse throughput, in process: MB of source per second (returned), over the first `SAMPLE` files (at
 * 100,000 reports three whole passes took a quarter of an hour and held every report in memory
 * beside the build). One untimed pass first (division index, converters, JIT), then whole
 * passes until at least a second has gone by: with a single warm-up file, 100 reports measured
 * mostly warm-up.
 */
import { parseFiles } from '../../src/report/index.ts';
import type { SourceFile } from '../../src/report/corpus.ts';

const SAMPLE = 2000;

export function parseThroughput(all: SourceFile[], minMs = 1000): number {
	const files = all.slice(0, SAMPLE);
	const { problems } = parseFiles(files);
	if (problems.length > 0) throw new Error(`synthetic corpus did not parse:\n${problems.map((p) => p.message).join('\n')}`);
	const sourceBytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
	let runs = 0;
	const start = performance.now();
	while (runs < 2 || performance.now() - start < minMs) {
		parseFiles(files);
		runs++;
	}
	const seconds = (performance.now() - start) / 1000;
	return Number(((sourceBytes * runs) / seconds / 1e6).toFixed(1));
}
