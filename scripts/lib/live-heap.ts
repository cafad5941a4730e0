/**
 * Preloaded into each build phase (`node --import`, scripts/build.ts): records the largest heap
 * in use right after a full collection (V8's mark-compact), which is what the phase really
 * holds. Its resident size is often two or three times that, since V8 collects late when the heap
 * may grow large (HEAP_FLAG), so only the live heap says how far a larger corpus can go.
 * Written to the file named by LIVE_HEAP_FILE when the process exits, in MB.
 */
import { writeFileSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';

const file = process.env.LIVE_HEAP_FILE;
if (file) {
	let peak = 0;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			// Read as the entry is delivered, just after the collection: a slight overestimate.
			if (((entry as { detail?: unknown }).detail as { kind?: number } | undefined)?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) peak = Math.max(peak, getHeapStatistics().used_heap_size);
		}
	}).observe({ entryTypes: ['gc'] });
	process.on('exit', () => writeFileSync(file, String(Math.round(peak / 2 ** 20))));
}
