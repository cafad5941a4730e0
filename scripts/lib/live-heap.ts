/**
 * Preloaded into each build phase (`node --import`, scripts/build.ts): records the largest heap
 * in use right after a full collection (V8's mark-compact), which is what the phase really
 * holds. Its resident size is often two or three times that, since V8 collects late when the heap
 * may grow large (HEAP_FLAG), so only the live heap says how far a larger corpus can go.
 * V8's own GC profiler gives the heap as each collection leaves it; reading the heap when a
 * `gc` performance entry arrives instead measured 831 MB where `--trace-gc` showed 453 MB (the
 * entry waits for the event loop, and the heap grows meanwhile).
 * Written to the file named by LIVE_HEAP_FILE when the process exits, in MB.
 */
import { writeFileSync } from 'node:fs';
import { GCProfiler } from 'node:v8';

const file = process.env.LIVE_HEAP_FILE;
if (file) {
	const profiler = new GCProfiler();
	profiler.start();
	process.on('exit', () => {
		const full = (profiler.stop()?.statistics ?? []).filter((s) => s.gcType === 'MarkSweepCompact');
		const peak = Math.max(0, ...full.map((s) => s.afterGC.heapStatistics.usedHeapSize));
		writeFileSync(file, String(Math.round(peak / 2 ** 20)));
	});
}
